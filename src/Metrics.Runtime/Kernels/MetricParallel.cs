using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace Metrics.Kernels;

/// <summary>Updates one chunk: <paramref name="empty"/> (an empty state with the metric's parameters) with the elements or rows in <paramref name="chunk"/>.</summary>
/// <typeparam name="TMetric">The metric type.</typeparam>
/// <param name="empty">An empty state with the metric's parameters.</param>
/// <param name="chunk">The elements (or rows) of the chunk: slice the inputs with it.</param>
/// <returns>The state after the chunk.</returns>
public delegate TMetric ChunkUpdate<TMetric>(TMetric empty, Range chunk)
    where TMetric : struct, IMetric<TMetric>;

/// <summary>
/// A parallel update of one large batch on every core, deterministically: the batch is cut into chunks of a fixed
/// length that does not depend on the thread count, each chunk updates an empty state of its own, and the chunks'
/// states are merged into the metric in chunk order. The value is therefore the same bit for bit with 1, 2 or 128
/// threads (it may differ in the last bits of a real sum from one <c>Update</c> of the whole batch, which adds in
/// another order; counts, extrema and kept samples are the same).
/// </summary>
/// <example>
/// <code>
/// var mse = new MeanSquaredError().UpdateParallel(labels.Length, (m, chunk) => m.Update(labels.AsSpan(chunk), predictions.AsSpan(chunk)));
/// </code>
/// </example>
public static class MetricParallel
{
    /// <summary>The default chunk length: 256K elements (2 MB of double pairs, a core's L2-sized share).</summary>
    public const int DefaultChunkLength = 1 << 18;

    /// <summary>
    /// Returns <paramref name="metric"/> updated with a batch of <paramref name="length"/> elements (or rows), the chunks
    /// run in parallel by <paramref name="update"/> and merged in order.
    /// </summary>
    /// <typeparam name="TMetric">The metric type.</typeparam>
    /// <param name="metric">The metric (a value: not changed).</param>
    /// <param name="length">The number of elements (or rows) of the batch.</param>
    /// <param name="update">Updates an empty state with one chunk's range of the inputs (called once per chunk, from any thread).</param>
    /// <param name="options">The degree of parallelism and cancellation, or <see langword="null"/> for every core.</param>
    /// <param name="chunkLength">The elements (or rows) per chunk (the value depends on it, never on the thread count).</param>
    /// <returns>The updated metric.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative or <paramref name="chunkLength"/> is not positive.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="update"/> is null.</exception>
    /// <remarks>
    /// When chunks fail (bad input), the exception of the first failing chunk is thrown, as a sequential update would
    /// throw it, and <paramref name="metric"/> is not changed.
    /// </remarks>
    public static TMetric UpdateParallel<TMetric>(
        this TMetric metric, int length, ChunkUpdate<TMetric> update, ParallelOptions? options = null, int chunkLength = DefaultChunkLength)
        where TMetric : struct, IMetric<TMetric>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkLength);
        ArgumentNullException.ThrowIfNull(update);

        var chunks = (int)(((long)length + chunkLength - 1) / chunkLength);
        var parameters = metric;
        var states = new TMetric[chunks];
        var failures = new ExceptionDispatchInfo?[chunks];
        Parallel.For(0, chunks, options ?? new ParallelOptions(), chunk =>
        {
            var start = chunk * chunkLength;
            try
            {
                // An empty state per chunk: no two threads ever append to one growing state's storage.
                states[chunk] = update(parameters.Empty(), start..(int)Math.Min((long)start + chunkLength, length));
            }
#pragma warning disable CA1031 // Every failure is kept and the first chunk's rethrown below, whatever its type.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures[chunk] = ExceptionDispatchInfo.Capture(e);
            }
        });

        foreach (var failure in failures)
        {
            failure?.Throw();
        }

        foreach (var state in states)
        {
            metric = metric.Merge(state);
        }

        return metric;
    }
}
