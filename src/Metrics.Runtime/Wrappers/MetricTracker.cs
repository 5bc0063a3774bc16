namespace Metrics;

/// <summary>
/// A metric's value per epoch, with the best epoch, as TorchMetrics' <c>MetricTracker</c>: updates go to the current
/// epoch; <see cref="Increment"/> closes it (keeping its value) and starts the next on an empty state. Which value is
/// best follows the metric's <see cref="HigherIsBetterAttribute"/>, or the direction given to the constructor.
/// </summary>
/// <remarks>The tracker starts in epoch 0. An update allocates nothing beyond what the metric's own update allocates.</remarks>
/// <typeparam name="TMetric">The metric.</typeparam>
public sealed class MetricTracker<TMetric>
    where TMetric : struct, IRegistrableMetric<TMetric>, IMetric<TMetric, double>
{
    private readonly List<double> _closed = [];
    private TMetric _current;

    /// <summary>Starts epoch 0 on an empty copy of <paramref name="metric"/> (its parameters; not its state).</summary>
    /// <param name="metric">The metric whose parameters every epoch takes.</param>
    /// <param name="higherIsBetter">The direction; null (the default) takes the one the metric declares.</param>
    /// <exception cref="ArgumentException">No direction is given and the metric declares none.</exception>
    public MetricTracker(TMetric metric, bool? higherIsBetter = null)
    {
        HigherIsBetter = higherIsBetter ?? MetricDirection.HigherIsBetter<TMetric>() ?? throw new ArgumentException(
            $"{TMetric.MetricName} declares no direction ([HigherIsBetter]); pass higherIsBetter to say which epoch is best.",
            nameof(higherIsBetter));
        _current = metric.Empty();
    }

    /// <summary>Whether a higher value is better.</summary>
    public bool HigherIsBetter { get; }

    /// <summary>The current epoch's index (0 before the first <see cref="Increment"/>).</summary>
    public int Epoch => _closed.Count;

    /// <summary>The current epoch's metric.</summary>
    public TMetric Current => _current;

    /// <summary>Feeds <paramref name="batch"/> to the current epoch.</summary>
    /// <param name="batch">The batch.</param>
    /// <returns>This tracker.</returns>
    /// <exception cref="ArgumentException">The metric rejects the batch.</exception>
    public MetricTracker<TMetric> Update(in MetricBatch batch)
    {
        _current = _current.Update(batch);
        return this;
    }

    /// <summary>Closes the current epoch, keeping its value, and starts the next on an empty state.</summary>
    /// <returns>This tracker.</returns>
    public MetricTracker<TMetric> Increment()
    {
        _closed.Add(_current.Compute());
        _current = _current.Reset();
        return this;
    }

    /// <summary>The current epoch's value.</summary>
    public double Compute() => _current.Compute();

    /// <summary>The value of every epoch, the current one last.</summary>
    public IReadOnlyList<double> ComputeAll()
    {
        var values = new double[_closed.Count + 1];
        _closed.CopyTo(values);
        values[^1] = _current.Compute();
        return values;
    }

    /// <summary>
    /// The best value over all epochs (the current one included) and its epoch; the first epoch on ties. NaN values
    /// are never best; when every value is NaN the result is (NaN, -1).
    /// </summary>
    public (double Value, int Epoch) Best()
    {
        var best = (Value: double.NaN, Epoch: -1);
        var values = ComputeAll();
        for (var epoch = 0; epoch < values.Count; epoch++)
        {
            var value = values[epoch];
            if (!double.IsNaN(value) && (best.Epoch < 0 || (HigherIsBetter ? value > best.Value : value < best.Value)))
            {
                best = (value, epoch);
            }
        }

        return best;
    }

    /// <summary>Forgets every epoch and starts epoch 0 again on an empty state.</summary>
    /// <returns>This tracker.</returns>
    public MetricTracker<TMetric> Reset()
    {
        _closed.Clear();
        _current = _current.Reset();
        return this;
    }
}
