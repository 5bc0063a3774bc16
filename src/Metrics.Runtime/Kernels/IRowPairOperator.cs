namespace Metrics.Kernels;

/// <summary>
/// The per-metric part of a batch update over pairs of rows (a one-hot or count label row and a logits row; a
/// relevance row and a score row), generated for each <c>[Metric]</c> whose update takes two rows.
/// </summary>
/// <typeparam name="TLabel">The label row element type.</typeparam>
/// <typeparam name="TPrediction">The prediction row element type.</typeparam>
public interface IRowPairOperator<TLabel, TPrediction>
{
    /// <summary>Accumulates one pair of rows.</summary>
    /// <param name="labels">The label row.</param>
    /// <param name="predictions">The prediction row.</param>
    void Add(ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions);
}

/// <summary>An <see cref="IRowPairOperator{TLabel, TPrediction}"/> that also accepts per-row sample weights.</summary>
/// <typeparam name="TLabel">The label row element type.</typeparam>
/// <typeparam name="TPrediction">The prediction row element type.</typeparam>
/// <typeparam name="TWeight">The weight type.</typeparam>
public interface IWeightedRowPairOperator<TLabel, TPrediction, TWeight> : IRowPairOperator<TLabel, TPrediction>
{
    /// <summary>Accumulates one pair of rows with a positive weight (the kernel skips weight 0).</summary>
    /// <param name="labels">The label row.</param>
    /// <param name="predictions">The prediction row.</param>
    /// <param name="weight">Its sample weight.</param>
    void Add(ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, TWeight weight);
}
