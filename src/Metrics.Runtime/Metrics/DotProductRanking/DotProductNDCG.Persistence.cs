namespace Metrics;

/// <summary>Persistence: the parameters and state are those of the wrapped <see cref="NDCG"/>.</summary>
public partial record struct DotProductNDCG : IPersistentMetric<DotProductNDCG>
{
    /// <inheritdoc/>
    static string IPersistentMetric<DotProductNDCG>.StateLayout => RankingPersistence.StateLayout<NDCG>();

    /// <summary>Creates the metric from a configuration (see <see cref="GetConfig"/>), validating it as the constructor does.</summary>
    /// <param name="config">A configuration naming this metric; parameters it leaves out keep their defaults.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="System.ArgumentException">The configuration names another metric, or a parameter is unknown, of the wrong type or invalid.</exception>
    public static DotProductNDCG FromConfig(MetricConfig config)
    {
        System.ArgumentNullException.ThrowIfNull(config);
        return FromArguments(config.ArgumentsFor<DotProductNDCG>());
    }

    /// <inheritdoc/>
    static DotProductNDCG IPersistentMetric<DotProductNDCG>.ReadParameters<TReader>(ref TReader reader) =>
        new() { Ranking = RankingPersistence.ReadParameters<NDCG, TReader>(ref reader) };

    /// <summary>The registry name and every parameter value, as JSON-compatible values (Keras' <c>get_config</c>).</summary>
    /// <returns>The configuration.</returns>
    public readonly MetricConfig GetConfig() => MetricConfig.Of(this);

    /// <inheritdoc/>
    readonly void IPersistentMetric<DotProductNDCG>.WriteParameters<TWriter>(ref TWriter writer) =>
        RankingPersistence.WriteParameters(Ranking, ref writer);

    /// <inheritdoc/>
    readonly void IPersistentMetric<DotProductNDCG>.WriteState<TWriter>(ref TWriter writer) =>
        RankingPersistence.WriteState(Ranking, ref writer);

    /// <inheritdoc/>
    void IPersistentMetric<DotProductNDCG>.ReadState<TReader>(ref TReader reader) =>
        Ranking = RankingPersistence.ReadState(Ranking, ref reader);
}
