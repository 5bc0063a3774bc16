namespace Metrics;

public partial struct SampleBuffer
{
    /// <summary>
    /// A value computed from the kept samples once and kept beside them: a later call for the same type on a buffer
    /// holding the same samples (a copy, or another metric's view of the storage shared in a collection) returns it
    /// without computing again. In a collection, <c>roc_auc</c> and <c>average_precision</c> read one sample buffer
    /// and so share one ranking of its scores this way.
    /// </summary>
    /// <remarks>
    /// The storage only ever grows at its end (a view never sees a later append, see the type's remarks), so a value
    /// is reused only by views of exactly as many samples as it was computed from; one value is kept per storage, the
    /// last one computed. <paramref name="compute"/> must depend on the samples alone. Concurrent calls may each
    /// compute it; both results are equal.
    /// </remarks>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="compute">Computes the value from this buffer.</param>
    /// <returns>The value for this buffer's samples.</returns>
    public readonly T Derived<T>(Func<SampleBuffer, T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (_storage is not { } storage)
        {
            return compute(this);
        }

        if (storage.Derived is { } kept && kept.Count == _count && kept.Value is T value)
        {
            return value;
        }

        var computed = compute(this);
        storage.Derived = new DerivedValue(_count, computed);
        return computed;
    }

    /// <summary>A value computed from the first <see cref="Count"/> samples of a storage.</summary>
    private sealed record DerivedValue(int Count, object Value);

    private sealed partial class Storage
    {
        /// <summary>The last value computed by <see cref="Derived{T}"/>, or null.</summary>
        public DerivedValue? Derived;
    }
}
