using System;
using System.Collections.Generic;
using System.Globalization;

namespace Metrics;

/// <summary>
/// Persistence: the three parameters, then the number of outputs (−1 before the first batch, when the outputs are not
/// yet known) and each output's <see cref="R2Score"/> state in order.
/// </summary>
public partial record struct MultiOutputR2Score : IPersistentMetric<MultiOutputR2Score>
{
    /// <inheritdoc/>
    static string IPersistentMetric<MultiOutputR2Score>.StateLayout =>
        "ClassAggregation: global::Metrics.MultiOutputAverage; NumRegressors: int; NumOutputs: int | Outputs: count long; per output: " + Layout<R2Score>();

    /// <summary>Creates the metric from a configuration (see <see cref="GetConfig"/>), validating it as the constructor does.</summary>
    /// <param name="config">A configuration naming this metric; parameters it leaves out keep their defaults.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="ArgumentException">The configuration names another metric, or a parameter is unknown, of the wrong type or invalid.</exception>
    public static MultiOutputR2Score FromConfig(MetricConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return FromArguments(config.ArgumentsFor<MultiOutputR2Score>());
    }

    /// <inheritdoc/>
    static MultiOutputR2Score IPersistentMetric<MultiOutputR2Score>.ReadParameters<TReader>(ref TReader reader)
    {
        var classAggregation = reader.Choice<MultiOutputAverage>(nameof(ClassAggregation));
        var numRegressors = reader.Number<int>(nameof(NumRegressors));
        var numOutputs = reader.Number<int>(nameof(NumOutputs));
        return new MultiOutputR2Score(classAggregation, numRegressors, numOutputs);
    }

    /// <summary>The registry name and every parameter value, as JSON-compatible values (Keras' <c>get_config</c>).</summary>
    /// <returns>The configuration.</returns>
    public readonly MetricConfig GetConfig() => MetricConfig.Of(this);

    /// <inheritdoc/>
    readonly void IPersistentMetric<MultiOutputR2Score>.WriteParameters<TWriter>(ref TWriter writer)
    {
        writer.Choice(nameof(ClassAggregation), ClassAggregation);
        writer.Number(nameof(NumRegressors), NumRegressors);
        writer.Number(nameof(NumOutputs), NumOutputs);
    }

    /// <inheritdoc/>
    readonly void IPersistentMetric<MultiOutputR2Score>.WriteState<TWriter>(ref TWriter writer)
    {
        writer.Whole(nameof(Outputs), _outputs?.Length ?? -1);
        foreach (var output in Outputs)
        {
            WriteOutput(output, ref writer);
        }
    }

    /// <inheritdoc/>
    void IPersistentMetric<MultiOutputR2Score>.ReadState<TReader>(ref TReader reader)
    {
        var count = reader.Whole(nameof(Outputs));
        if (count < -1 || count == 0 || (NumOutputs > 0 && count > 0 && count != NumOutputs))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{MetricName} with {NumOutputs} declared outputs cannot hold a state of {count} outputs."), nameof(reader));
        }

        // Grown as outputs are read, so a count beyond the input fails on reading, not on allocating.
        var outputs = count < 0 ? null : new List<R2Score>();
        for (var j = 0L; j < count; j++)
        {
            outputs!.Add(ReadOutput(new R2Score(NumRegressors), ref reader));
        }

        _outputs = outputs?.ToArray();
    }

    private static string Layout<T>()
        where T : struct, IPersistentMetric<T> => T.StateLayout;

    private static void WriteOutput<T, TWriter>(T output, ref TWriter writer)
        where T : struct, IPersistentMetric<T>
        where TWriter : IMetricStateWriter, allows ref struct => output.WriteState(ref writer);

    private static R2Score ReadOutput<TReader>(R2Score output, ref TReader reader)
        where TReader : IMetricStateReader, allows ref struct
    {
        Read(ref output, ref reader);
        return output;
    }

    private static void Read<T, TReader>(ref T output, ref TReader reader)
        where T : struct, IPersistentMetric<T>
        where TReader : IMetricStateReader, allows ref struct => output.ReadState(ref reader);
}
