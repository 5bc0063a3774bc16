namespace Metrics;

/// <summary>Persistence: the parameters and state are those of the wrapped <see cref="MeanAveragePrecision"/>.</summary>
public partial record struct DotProductMeanAveragePrecision : IPersistentMetric<DotProductMeanAveragePrecision>
{
    /// <inheritdoc/>
    static string IPersistentMetric<DotProductMeanAveragePrecision>.StateLayout => RankingPersistence.StateLayout<MeanAveragePrecision>();

    /// <summary>Creates the metric from a configuration (see <see cref="GetConfig"/>), validating it as the constructor does.</summary>
    /// <param name="config">A configuration naming this metric; parameters it leaves out keep their defaults.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="System.ArgumentException">The configuration names another metric, or a parameter is unknown, of the wrong type or invalid.</exception>
    public static DotProductMeanAveragePrecision FromConfig(MetricConfig config)
    {
        System.ArgumentNullException.ThrowIfNull(config);
        return FromArguments(config.ArgumentsFor<DotProductMeanAveragePrecision>());
    }

    /// <inheritdoc/>
    static DotProductMeanAveragePrecision IPersistentMetric<DotProductMeanAveragePrecision>.ReadParameters<TReader>(ref TReader reader) =>
        new() { Ranking = RankingPersistence.ReadParameters<MeanAveragePrecision, TReader>(ref reader) };

    /// <summary>The registry name and every parameter value, as JSON-compatible values (Keras' <c>get_config</c>).</summary>
    /// <returns>The configuration.</returns>
    public readonly MetricConfig GetConfig() => MetricConfig.Of(this);

    /// <inheritdoc/>
    readonly void IPersistentMetric<DotProductMeanAveragePrecision>.WriteParameters<TWriter>(ref TWriter writer) =>
        RankingPersistence.WriteParameters(Ranking, ref writer);

    /// <inheritdoc/>
    readonly void IPersistentMetric<DotProductMeanAveragePrecision>.WriteState<TWriter>(ref TWriter writer) =>
        RankingPersistence.WriteState(Ranking, ref writer);

    /// <inheritdoc/>
    void IPersistentMetric<DotProductMeanAveragePrecision>.ReadState<TReader>(ref TReader reader) =>
        Ranking = RankingPersistence.ReadState(Ranking, ref reader);
}
