namespace Metrics;

/// <summary>
/// A metric over the last N updates only, as TorchMetrics' <c>Running</c>: a ring of N states, one per update; an
/// update replaces the oldest, and <see cref="Merged"/> merges the ring.
/// </summary>
/// <remarks>
/// An update clears a spare state (<c>Reset</c>), feeds it the batch and swaps it with the oldest, so a rejected batch
/// leaves the window as it was. For a metric of scalar states it allocates nothing; a metric's <c>Reset</c> drops its
/// array states (confusion matrices, bins), so for those each update allocates the arrays of one state.
/// <see cref="Merged"/> gives the metric itself, for a value of any type; <see cref="RunningWindowExtensions.Compute{TMetric}"/>
/// computes a <see cref="double"/> value directly.
/// </remarks>
/// <typeparam name="TMetric">The metric.</typeparam>
public sealed class RunningWindow<TMetric>
    where TMetric : struct, IRegistrableMetric<TMetric>
{
    private readonly TMetric[] _window;
    private TMetric _spare;
    private int _next;
    private long _updates;

    /// <summary>Creates a window of <paramref name="window"/> empty copies of <paramref name="metric"/> (its parameters; not its state).</summary>
    /// <param name="metric">The metric whose parameters the window takes.</param>
    /// <param name="window">The number of updates the value covers, at least 1 (TorchMetrics' default is 5).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is below 1.</exception>
    public RunningWindow(TMetric metric, int window = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        _window = new TMetric[window];
        for (var i = 0; i < window; i++)
        {
            _window[i] = metric.Empty();
        }

        _spare = metric.Empty();
    }

    /// <summary>The number of updates the value covers once that many have been made.</summary>
    public int Window => _window.Length;

    /// <summary>The number of updates made since creation or the last <see cref="Reset"/>.</summary>
    public long Updates => _updates;

    /// <summary>Replaces the oldest update of the window by <paramref name="batch"/>.</summary>
    /// <param name="batch">The batch.</param>
    /// <returns>This wrapper.</returns>
    /// <exception cref="ArgumentException">The metric rejects the batch (the window is then unchanged).</exception>
    public RunningWindow<TMetric> Update(in MetricBatch batch)
    {
        var updated = _spare.Reset().Update(batch);
        _spare = _window[_next];
        _window[_next] = updated;
        _next = (_next + 1) % _window.Length;
        _updates++;
        return this;
    }

    /// <summary>The metric over the last <see cref="Window"/> updates (fewer before that many have been made).</summary>
    public TMetric Merged()
    {
        var merged = _window[0];
        for (var i = 1; i < _window.Length; i++)
        {
            merged = merged.Merge(_window[i]);
        }

        return _window.Length == 1 ? merged.Copy() : merged;
    }

    /// <summary>Empties the window.</summary>
    /// <returns>This wrapper.</returns>
    public RunningWindow<TMetric> Reset()
    {
        for (var i = 0; i < _window.Length; i++)
        {
            _window[i] = _window[i].Reset();
        }

        _next = 0;
        _updates = 0;
        return this;
    }
}
