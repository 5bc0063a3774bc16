namespace Metrics.ML;

/// <summary>Receives one chunk of a scored view as a metric batch.</summary>
/// <param name="batch">The chunk's labels, predictions (class rows for a multi-class view), mask and weights; valid only during the call.</param>
/// <param name="firstRow">The 0-based index of the chunk's first row in the view.</param>
internal delegate void ScoredBatchAction(in MetricBatch batch, long firstRow);
