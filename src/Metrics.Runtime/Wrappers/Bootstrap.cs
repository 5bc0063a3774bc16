namespace Metrics;

/// <summary>
/// Bootstrap confidence intervals for any metric, as TorchMetrics' <c>BootStrapper</c> with Poisson sampling: the
/// wrapper keeps several copies of the metric and feeds each batch to every copy with its own Poisson(1) sample
/// weights, so that each copy sees a resampling of the data (an integer weight equals repeating the element). The
/// spread of the copies' values estimates the metric's sampling error.
/// </summary>
/// <remarks>
/// <para>The weights come from a seeded generator (<see cref="PoissonSampler"/>): the same seed and batches give the
/// same copies. Batch weights, when given, multiply the drawn counts; a mask is passed on unchanged.</para>
/// <para><see cref="Merge"/> merges copy by copy: the shards of a sharded evaluation must then use different seeds,
/// or their copies would reuse the same draws for their rows.</para>
/// <para>An update allocates nothing once the weight buffer holds the largest batch seen.</para>
/// </remarks>
/// <typeparam name="TMetric">The metric; its updates must take sample weights.</typeparam>
public sealed class Bootstrap<TMetric>
    where TMetric : struct, IRegistrableMetric<TMetric>, IMetric<TMetric, double>
{
    private readonly TMetric[] _copies;
    private PoissonSampler _sampler;
    private double[] _weights = [];

    /// <summary>Creates <paramref name="copies"/> empty copies of <paramref name="metric"/> (its parameters; not its state).</summary>
    /// <param name="metric">The metric whose parameters the copies take.</param>
    /// <param name="copies">The number of bootstrap copies, at least 2 (TorchMetrics' <c>num_bootstraps</c>, 10 by default there too).</param>
    /// <param name="seed">The seed of the Poisson weights.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="copies"/> is below 2.</exception>
    /// <exception cref="ArgumentException">The metric's updates do not take sample weights.</exception>
    public Bootstrap(TMetric metric, int copies = 10, ulong seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(copies, 2);
        if (!WeightSupport<TMetric>.Accepted)
        {
            throw new ArgumentException(
                $"{TMetric.MetricName} does not take sample weights (it sums integer counts), so it cannot be bootstrapped by resampling weights.",
                nameof(metric));
        }

        _copies = new TMetric[copies];
        for (var i = 0; i < copies; i++)
        {
            _copies[i] = metric.Empty();
        }

        _sampler = new PoissonSampler(seed);
    }

    private Bootstrap(TMetric[] copies, PoissonSampler sampler)
    {
        _copies = copies;
        _sampler = sampler;
    }

    /// <summary>The number of bootstrap copies.</summary>
    public int Count => _copies.Length;

    /// <summary>The copies, in copy order (each a resampled evaluation of the data seen).</summary>
    public ReadOnlySpan<TMetric> Copies => _copies;

    /// <summary>Feeds <paramref name="batch"/> to every copy, each with its own Poisson(1) weights times the batch's weights.</summary>
    /// <param name="batch">The batch.</param>
    /// <returns>This wrapper.</returns>
    /// <exception cref="ArgumentException">The batch's weights do not match its length, or the metric rejects the batch (no copy is then changed).</exception>
    public Bootstrap<TMetric> Update(in MetricBatch batch)
    {
        var length = batch.Length;
        if (batch.HasWeights && batch.Weights.Length != length)
        {
            throw new ArgumentException(
                $"The batch has {batch.Weights.Length} weights for {length} elements or rows.",
                nameof(batch));
        }

        if (_weights.Length < length)
        {
            _weights = new double[length];
        }

        var weights = _weights.AsSpan(0, length);
        var start = _sampler;
        for (var i = 0; i < _copies.Length; i++)
        {
            Draw(weights, batch);
            if (i > 0)
            {
                _copies[i] = _copies[i].Update(batch.WithWeights(weights));
                continue;
            }

            // The copies differ only in non-negative weights, so a batch the first copy takes, every copy takes:
            // when the first rejects it, restoring the generator leaves the whole wrapper as it was.
            try
            {
                _copies[0] = _copies[0].Update(batch.WithWeights(weights));
            }
            catch (ArgumentException)
            {
                _sampler = start;
                throw;
            }
        }

        return this;
    }

    /// <summary>Returns the copy-by-copy merge with <paramref name="other"/> (a shard's bootstrap); neither operand changes.</summary>
    /// <param name="other">A bootstrap of the same metric, parameters and number of copies, fed other data with another seed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The numbers of copies or the metric's parameters differ.</exception>
    public Bootstrap<TMetric> Merge(Bootstrap<TMetric> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._copies.Length != _copies.Length)
        {
            throw new ArgumentException(
                $"Cannot merge a bootstrap of {other._copies.Length} copies into one of {_copies.Length}.",
                nameof(other));
        }

        var merged = new TMetric[_copies.Length];
        for (var i = 0; i < merged.Length; i++)
        {
            merged[i] = _copies[i].Merge(other._copies[i]);
        }

        return new Bootstrap<TMetric>(merged, _sampler);
    }

    /// <summary>Clears every copy (the generator continues its sequence).</summary>
    /// <returns>This wrapper.</returns>
    public Bootstrap<TMetric> Reset()
    {
        for (var i = 0; i < _copies.Length; i++)
        {
            _copies[i] = _copies[i].Reset();
        }

        return this;
    }

    /// <summary>The mean, standard deviation and percentile interval of the copies' values.</summary>
    /// <param name="confidenceLevel">The level of the interval, in (0, 1); 0.95 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidenceLevel"/> is not in (0, 1).</exception>
    public BootstrapEstimate Compute(double confidenceLevel = 0.95)
    {
        if (!(confidenceLevel > 0.0 && confidenceLevel < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must lie in (0, 1).");
        }

        var values = new double[_copies.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _copies[i].Compute();
        }

        return SampleSummary.Bootstrap(values, confidenceLevel);
    }

    private void Draw(Span<double> weights, in MetricBatch batch)
    {
        for (var j = 0; j < weights.Length; j++)
        {
            weights[j] = _sampler.Next();
        }

        if (batch.HasWeights)
        {
            var given = batch.Weights;
            for (var j = 0; j < weights.Length; j++)
            {
                weights[j] *= given[j];
            }
        }
    }
}
