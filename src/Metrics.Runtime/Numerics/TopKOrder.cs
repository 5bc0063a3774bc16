using System.Buffers;

namespace Metrics.Numerics;

/// <summary>
/// The indices of a row's best scores, best first (<see cref="TopK.Select{T}"/>), kept in the stack buffer the caller
/// passes when they fit in it, else in an array rented from the shared pool until <see cref="Dispose"/>:
/// <c>using var top = TopKOrder.Select(scores, k, k &lt;= TopK.StackLimit ? stackalloc int[k] : default);</c>
/// </summary>
internal readonly ref struct TopKOrder
{
    private readonly int[]? _rented;

    private TopKOrder(Span<int> indices, int[]? rented)
    {
        Indices = indices;
        _rented = rented;
    }

    /// <summary>The selected indices, best first (the buffer is the caller's to reuse until disposed).</summary>
    public Span<int> Indices { get; }

    /// <summary>Selects the <paramref name="count"/> best items of <paramref name="scores"/> (at most its length).</summary>
    /// <param name="scores">The row's scores.</param>
    /// <param name="count">How many to keep.</param>
    /// <param name="stack">A buffer on the caller's stack, used when it holds <paramref name="count"/> indices (or empty).</param>
    public static TopKOrder Select<T>(ReadOnlySpan<T> scores, int count, Span<int> stack)
        where T : INumber<T>
    {
        var rented = count <= stack.Length ? null : ArrayPool<int>.Shared.Rent(count);
        var indices = rented is null ? stack[..count] : rented.AsSpan(0, count);
        TopK.Select(scores, indices);
        return new TopKOrder(indices, rented);
    }

    /// <summary>Returns the rented array, if any, to the pool.</summary>
    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<int>.Shared.Return(_rented);
        }
    }
}
