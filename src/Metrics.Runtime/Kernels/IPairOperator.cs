namespace Metrics.Kernels;

/// <summary>
/// The per-metric part of a batch update over (label, prediction) pairs, generated for each <c>[Metric]</c>
/// whose update takes two scalars. <see cref="MetricKernel"/> owns the only loop.
/// </summary>
/// <typeparam name="TLabel">The label element type.</typeparam>
/// <typeparam name="TPrediction">The prediction element type.</typeparam>
public interface IPairOperator<TLabel, TPrediction>
{
    /// <summary>Whether the operator has vector members the kernel may use; scalar-only operators keep the default.</summary>
    static virtual bool Vectorizable => false;

    /// <summary>Accumulates one pair.</summary>
    /// <param name="label">The label.</param>
    /// <param name="prediction">The prediction.</param>
    void Add(TLabel label, TPrediction prediction);
}

/// <summary>An <see cref="IPairOperator{TLabel, TPrediction}"/> that also accepts sample weights.</summary>
/// <typeparam name="TLabel">The label element type.</typeparam>
/// <typeparam name="TPrediction">The prediction element type.</typeparam>
/// <typeparam name="TWeight">The weight type.</typeparam>
public interface IWeightedPairOperator<TLabel, TPrediction, TWeight> : IPairOperator<TLabel, TPrediction>
{
    /// <summary>Accumulates one pair with a positive weight (the kernel skips weight 0).</summary>
    /// <param name="label">The label.</param>
    /// <param name="prediction">The prediction.</param>
    /// <param name="weight">Its sample weight.</param>
    void Add(TLabel label, TPrediction prediction, TWeight weight);
}
