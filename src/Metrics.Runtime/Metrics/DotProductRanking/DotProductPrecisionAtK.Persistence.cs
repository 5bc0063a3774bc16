namespace Metrics;

/// <summary>Persistence: the parameters and state are those of the wrapped <see cref="PrecisionAtK"/>.</summary>
public partial record struct DotProductPrecisionAtK : IPersistentMetric<DotProductPrecisionAtK>
{
    /// <inheritdoc/>
    static string IPersistentMetric<DotProductPrecisionAtK>.StateLayout => RankingPersistence.StateLayout<PrecisionAtK>();

    /// <summary>Creates the metric from a configuration (see <see cref="GetConfig"/>), validating it as the constructor does.</summary>
    /// <param name="config">A configuration naming this metric; parameters it leaves out keep their defaults.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="System.ArgumentException">The configuration names another metric, or a parameter is unknown, of the wrong type or invalid.</exception>
    public static DotProductPrecisionAtK FromConfig(MetricConfig config)
    {
        System.ArgumentNullException.ThrowIfNull(config);
        return FromArguments(config.ArgumentsFor<DotProductPrecisionAtK>());
    }

    /// <inheritdoc/>
    static DotProductPrecisionAtK IPersistentMetric<DotProductPrecisionAtK>.ReadParameters<TReader>(ref TReader reader) =>
        new() { Ranking = RankingPersistence.ReadParameters<PrecisionAtK, TReader>(ref reader) };

    /// <summary>The registry name and every parameter value, as JSON-compatible values (Keras' <c>get_config</c>).</summary>
    /// <returns>The configuration.</returns>
    public readonly MetricConfig GetConfig() => MetricConfig.Of(this);

    /// <inheritdoc/>
    readonly void IPersistentMetric<DotProductPrecisionAtK>.WriteParameters<TWriter>(ref TWriter writer) =>
        RankingPersistence.WriteParameters(Ranking, ref writer);

    /// <inheritdoc/>
    readonly void IPersistentMetric<DotProductPrecisionAtK>.WriteState<TWriter>(ref TWriter writer) =>
        RankingPersistence.WriteState(Ranking, ref writer);

    /// <inheritdoc/>
    void IPersistentMetric<DotProductPrecisionAtK>.ReadState<TReader>(ref TReader reader) =>
        Ranking = RankingPersistence.ReadState(Ranking, ref reader);
}
