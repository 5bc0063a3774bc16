using System.Runtime.CompilerServices;

namespace Metrics.Numerics;

/// <summary>
/// Partial selection of the best-scored items of one row without sorting the row: a bounded min-heap of size k
/// (O(n log k)), then the k survivors in rank order. Rank order: higher score first; equal scores rank the lower index
/// first (as <c>lax.top_k</c> and flax-metrics); NaN scores rank after every number.
/// </summary>
public static class TopK
{
    /// <summary>The most indices a caller should stack-allocate for <see cref="Select{T}"/>.</summary>
    public const int StackLimit = 256;

    /// <summary>
    /// Writes the indices of the <c>order.Length</c> best items of <paramref name="scores"/> into
    /// <paramref name="order"/>, best first.
    /// </summary>
    /// <typeparam name="T">The score type.</typeparam>
    /// <param name="scores">The row's scores.</param>
    /// <param name="order">Receives the selected indices; its length (at most the row length) is k.</param>
    public static void Select<T>(ReadOnlySpan<T> scores, Span<int> order)
        where T : INumber<T>
    {
        var k = order.Length;
        if (k == 0)
        {
            return;
        }

        // order[0..size) is a min-heap whose root is the worst kept item.
        var size = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (size < k)
            {
                order[size] = i;
                SiftUp(scores, order, size++);
            }
            else if (Before(scores, i, order[0]))
            {
                order[0] = i;
                SiftDown(scores, order, 0, size);
            }
        }

        // Heap sort in place: repeatedly move the worst kept item to the end.
        for (var end = size - 1; end > 0; end--)
        {
            (order[0], order[end]) = (order[end], order[0]);
            SiftDown(scores, order, 0, end);
        }
    }

    /// <summary>Whether item <paramref name="a"/> ranks before item <paramref name="b"/>.</summary>
    /// <typeparam name="T">The score type.</typeparam>
    /// <param name="scores">The row's scores.</param>
    /// <param name="a">An index.</param>
    /// <param name="b">Another index.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Before<T>(ReadOnlySpan<T> scores, int a, int b)
        where T : INumber<T>
    {
        var x = scores[a];
        var y = scores[b];
        var xNaN = T.IsNaN(x);
        var yNaN = T.IsNaN(y);
        if (xNaN || yNaN)
        {
            return !xNaN || (yNaN && a < b);
        }

        return x > y || (x == y && a < b);
    }

    private static void SiftUp<T>(ReadOnlySpan<T> scores, Span<int> heap, int child)
        where T : INumber<T>
    {
        while (child > 0)
        {
            var parent = (child - 1) / 2;
            if (!Before(scores, heap[parent], heap[child]))
            {
                return;
            }

            (heap[parent], heap[child]) = (heap[child], heap[parent]);
            child = parent;
        }
    }

    private static void SiftDown<T>(ReadOnlySpan<T> scores, Span<int> heap, int parent, int size)
        where T : INumber<T>
    {
        while (true)
        {
            var worst = parent;
            var left = (2 * parent) + 1;
            var right = left + 1;
            if (left < size && Before(scores, heap[worst], heap[left]))
            {
                worst = left;
            }

            if (right < size && Before(scores, heap[worst], heap[right]))
            {
                worst = right;
            }

            if (worst == parent)
            {
                return;
            }

            (heap[parent], heap[worst]) = (heap[worst], heap[parent]);
            parent = worst;
        }
    }
}
