namespace Metrics.Kernels;

/// <summary>
/// The per-metric part of a batch update over rows with one scalar label each (a logits row and its class
/// index), generated for each <c>[Metric]</c> whose update takes a row and a scalar.
/// </summary>
/// <typeparam name="TLabel">The label type.</typeparam>
/// <typeparam name="TPrediction">The row element type.</typeparam>
public interface IRowOperator<TLabel, TPrediction>
{
    /// <summary>Accumulates one row.</summary>
    /// <param name="label">The row's label.</param>
    /// <param name="row">The row.</param>
    void Add(TLabel label, ReadOnlySpan<TPrediction> row);
}

/// <summary>An <see cref="IRowOperator{TLabel, TPrediction}"/> that also accepts per-row sample weights.</summary>
/// <typeparam name="TLabel">The label type.</typeparam>
/// <typeparam name="TPrediction">The row element type.</typeparam>
/// <typeparam name="TWeight">The weight type.</typeparam>
public interface IWeightedRowOperator<TLabel, TPrediction, TWeight> : IRowOperator<TLabel, TPrediction>
{
    /// <summary>Accumulates one row with a positive weight (the kernel skips weight 0).</summary>
    /// <param name="label">The row's label.</param>
    /// <param name="row">The row.</param>
    /// <param name="weight">Its sample weight.</param>
    void Add(TLabel label, ReadOnlySpan<TPrediction> row, TWeight weight);
}
