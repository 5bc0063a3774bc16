namespace Metrics;

/// <summary>
/// A metric whose configuration and state can leave the process: generated for every <c>[Metric]</c>, built-in or
/// custom. The configuration (<see cref="GetConfig"/>, <see cref="FromConfig"/>) is the registry name and the
/// parameters; the state is written and read field by field through the writer and reader a format supplies (the
/// binary and JSON state formats of <c>Metrics.Serialization</c>), so a state written in one process merges in another
/// exactly as in one.
/// </summary>
/// <typeparam name="TSelf">The metric type.</typeparam>
public interface IPersistentMetric<TSelf> : IMetric<TSelf>
    where TSelf : struct, IPersistentMetric<TSelf>
{
    /// <summary>
    /// A description of the parameters and state fields (names, types, merges and array sizes) in declaration order.
    /// Readers fingerprint it with the parameter values, so that bytes written by another layout are refused.
    /// </summary>
    static abstract string StateLayout { get; }

    /// <summary>Creates the metric from a configuration, validating it exactly as the constructor does.</summary>
    /// <param name="config">A configuration naming this metric; parameters it leaves out keep their defaults.</param>
    /// <exception cref="System.ArgumentException">The configuration names another metric, or a parameter is unknown, of the wrong type or invalid.</exception>
    static abstract TSelf FromConfig(MetricConfig config);

    /// <summary>
    /// Creates the metric from parameter values read in declaration order by <paramref name="reader"/>, through the
    /// constructor (which validates them).
    /// </summary>
    /// <typeparam name="TReader">The format's parameter reader.</typeparam>
    /// <param name="reader">The reader.</param>
    static abstract TSelf ReadParameters<TReader>(ref TReader reader)
        where TReader : IMetricParameterReader, allows ref struct;

    /// <summary>The registry name and the parameter values, as JSON-compatible values.</summary>
    MetricConfig GetConfig();

    /// <summary>Hands every parameter value to <paramref name="writer"/>, in declaration order.</summary>
    /// <typeparam name="TWriter">The format's parameter writer.</typeparam>
    /// <param name="writer">The writer.</param>
    void WriteParameters<TWriter>(ref TWriter writer)
        where TWriter : IMetricParameterWriter, allows ref struct;

    /// <summary>Hands every state field to <paramref name="writer"/>, in declaration order.</summary>
    /// <typeparam name="TWriter">The format's state writer.</typeparam>
    /// <param name="writer">The writer.</param>
    void WriteState<TWriter>(ref TWriter writer)
        where TWriter : IMetricStateWriter, allows ref struct;

    /// <summary>
    /// Replaces the state with the fields <paramref name="reader"/> reads, in declaration order; the parameters stay.
    /// Array states are read at the length the parameters require.
    /// </summary>
    /// <typeparam name="TReader">The format's state reader.</typeparam>
    /// <param name="reader">The reader.</param>
    void ReadState<TReader>(ref TReader reader)
        where TReader : IMetricStateReader, allows ref struct;
}
