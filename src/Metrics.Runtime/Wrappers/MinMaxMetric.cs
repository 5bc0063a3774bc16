namespace Metrics;

/// <summary>
/// A metric's value together with the smallest and largest values it has had, as TorchMetrics' <c>MinMaxMetric</c>:
/// each <see cref="Compute"/> (typically once per step or epoch) takes the current value into the minimum and the
/// maximum. The metric's state keeps accumulating; <see cref="Reset"/> clears the state and keeps the extremes,
/// <see cref="ResetAll"/> clears both.
/// </summary>
/// <remarks>An update allocates nothing beyond what the metric's own update allocates.</remarks>
/// <typeparam name="TMetric">The metric.</typeparam>
public sealed class MinMaxMetric<TMetric>
    where TMetric : struct, IRegistrableMetric<TMetric>, IMetric<TMetric, double>
{
    private TMetric _metric;

    /// <summary>Wraps an empty copy of <paramref name="metric"/> (its parameters; not its state).</summary>
    /// <param name="metric">The metric whose parameters the wrapper takes.</param>
    public MinMaxMetric(TMetric metric)
    {
        _metric = metric.Empty();
    }

    /// <summary>The wrapped metric.</summary>
    public TMetric Metric => _metric;

    /// <summary>The smallest value computed so far; NaN before the first non-NaN value.</summary>
    public double Min { get; private set; } = double.NaN;

    /// <summary>The largest value computed so far; NaN before the first non-NaN value.</summary>
    public double Max { get; private set; } = double.NaN;

    /// <summary>Feeds <paramref name="batch"/> to the metric.</summary>
    /// <param name="batch">The batch.</param>
    /// <returns>This wrapper.</returns>
    /// <exception cref="ArgumentException">The metric rejects the batch.</exception>
    public MinMaxMetric<TMetric> Update(in MetricBatch batch)
    {
        _metric = _metric.Update(batch);
        return this;
    }

    /// <summary>Computes the metric's value and takes it into the minimum and maximum (unless NaN).</summary>
    public MinMaxValue Compute()
    {
        var value = _metric.Compute();
        if (!double.IsNaN(value))
        {
            Min = double.IsNaN(Min) ? value : Math.Min(Min, value);
            Max = double.IsNaN(Max) ? value : Math.Max(Max, value);
        }

        return new MinMaxValue(value, Min, Max);
    }

    /// <summary>Clears the metric's state; the minimum and maximum are kept.</summary>
    /// <returns>This wrapper.</returns>
    public MinMaxMetric<TMetric> Reset()
    {
        _metric = _metric.Reset();
        return this;
    }

    /// <summary>Clears the metric's state and forgets the minimum and maximum.</summary>
    /// <returns>This wrapper.</returns>
    public MinMaxMetric<TMetric> ResetAll()
    {
        Min = double.NaN;
        Max = double.NaN;
        return Reset();
    }
}
