namespace Metrics.Kernels;

/// <summary>
/// The per-metric part of a batch update over single values (<c>Update(double value)</c>), generated for each
/// <c>[Metric]</c>: it accumulates one element's contribution into the metric state it carries.
/// <see cref="MetricKernel"/> owns the only loop.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public interface IValueOperator<T>
{
    /// <summary>Whether the operator has vector members the kernel may use; scalar-only operators keep the default.</summary>
    static virtual bool Vectorizable => false;

    /// <summary>Accumulates one element.</summary>
    /// <param name="value">The element.</param>
    void Add(T value);
}

/// <summary>An <see cref="IValueOperator{T}"/> that also accepts sample weights.</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <typeparam name="TWeight">The weight type.</typeparam>
public interface IWeightedValueOperator<T, TWeight> : IValueOperator<T>
{
    /// <summary>Accumulates one element with a positive weight (the kernel skips weight 0).</summary>
    /// <param name="value">The element.</param>
    /// <param name="weight">Its sample weight.</param>
    void Add(T value, TWeight weight);
}
