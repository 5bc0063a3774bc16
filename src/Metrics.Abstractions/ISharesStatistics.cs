namespace Metrics;

/// <summary>
/// Declares, at compile time, that a metric's state is a function of another metric's state (its sufficient
/// statistics): RMSE of the mean-squared-error sums, precision, recall and F1 of one set of confusion counts.
/// A <c>MetricCollection</c> holding several metrics over the same statistics, with the same parameters, updates
/// the statistics once per batch and derives each member from them. Sharing is never inferred from values.
/// </summary>
/// <typeparam name="TSelf">The metric type.</typeparam>
/// <typeparam name="TStatistics">The metric whose state holds the shared statistics.</typeparam>
public interface ISharesStatistics<TSelf, TStatistics>
    where TSelf : struct, ISharesStatistics<TSelf, TStatistics>
    where TStatistics : struct, IMetric<TStatistics>
{
    /// <summary>
    /// An empty statistics metric with the parameters this metric needs (two members share one statistics
    /// state exactly when their templates have the same parameters).
    /// </summary>
    TStatistics StatisticsTemplate();

    /// <summary>This metric (same parameters) with its state derived from accumulated statistics.</summary>
    /// <param name="statistics">The statistics accumulated by the collection.</param>
    TSelf WithStatistics(in TStatistics statistics);
}
