namespace Metrics;

/// <summary>
/// The per-class values of a metric as a map from class name to value, as TorchMetrics' <c>ClasswiseWrapper</c>
/// (here keyed by the class names alone). The per-class values are the metric's value when it computes an array
/// (<see cref="Classwise.Of{TMetric}(TMetric, IReadOnlyList{string})"/>), or what a function of the metric returns (<c>m =&gt; m.PerClass()</c> for
/// <see cref="MulticlassRecall"/> and the other averaged multi-class metrics).
/// </summary>
/// <remarks>An update allocates nothing beyond what the metric's own update allocates.</remarks>
/// <typeparam name="TMetric">The metric.</typeparam>
public sealed class Classwise<TMetric>
    where TMetric : struct, IRegistrableMetric<TMetric>
{
    private readonly string[] _classNames;
    private readonly Func<TMetric, double[]> _perClass;
    private TMetric _metric;

    /// <summary>Wraps an empty copy of <paramref name="metric"/> (its parameters; not its state).</summary>
    /// <param name="metric">The metric whose parameters the wrapper takes.</param>
    /// <param name="classNames">The name of each class, in class-index order; distinct and not empty.</param>
    /// <param name="perClass">The per-class values of the metric, one per class name.</param>
    /// <exception cref="ArgumentNullException">An argument or a class name is null.</exception>
    /// <exception cref="ArgumentException">A class name is empty or repeated, or there is none.</exception>
    public Classwise(TMetric metric, IReadOnlyList<string> classNames, Func<TMetric, double[]> perClass)
    {
        ArgumentNullException.ThrowIfNull(classNames);
        ArgumentNullException.ThrowIfNull(perClass);
        if (classNames.Count == 0)
        {
            throw new ArgumentException("At least one class name is needed.", nameof(classNames));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        _classNames = new string[classNames.Count];
        for (var i = 0; i < _classNames.Length; i++)
        {
            var name = classNames[i] ?? throw new ArgumentNullException(nameof(classNames), $"classNames[{i}] is null.");
            if (name.Length == 0)
            {
                throw new ArgumentException($"classNames[{i}] is empty.", nameof(classNames));
            }

            if (!seen.Add(name))
            {
                throw new ArgumentException($"classNames[{i}] = '{name}' repeats an earlier class name.", nameof(classNames));
            }

            _classNames[i] = name;
        }

        _perClass = perClass;
        _metric = metric.Empty();
    }

    /// <summary>The class names, in class-index order.</summary>
    public IReadOnlyList<string> ClassNames => _classNames;

    /// <summary>The wrapped metric.</summary>
    public TMetric Metric => _metric;

    /// <summary>Feeds <paramref name="batch"/> to the metric.</summary>
    /// <param name="batch">The batch.</param>
    /// <returns>This wrapper.</returns>
    /// <exception cref="ArgumentException">The metric rejects the batch.</exception>
    public Classwise<TMetric> Update(in MetricBatch batch)
    {
        _metric = _metric.Update(batch);
        return this;
    }

    /// <summary>The value of each class by name, in class-index order.</summary>
    /// <exception cref="InvalidOperationException">The metric gives a number of values other than the number of class names.</exception>
    public IReadOnlyDictionary<string, double> Compute()
    {
        var values = _perClass(_metric);
        if (values.Length != _classNames.Length)
        {
            throw new InvalidOperationException(
                $"{TMetric.MetricName} gives {values.Length} per-class values for {_classNames.Length} class names.");
        }

        var result = new Dictionary<string, double>(_classNames.Length, StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            result.Add(_classNames[i], values[i]);
        }

        return result;
    }

    /// <summary>Returns the merge with <paramref name="other"/> (same class names); neither operand changes.</summary>
    /// <param name="other">A wrapper of the same metric, parameters and class names.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The class names or the metric's parameters differ.</exception>
    public Classwise<TMetric> Merge(Classwise<TMetric> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!_classNames.AsSpan().SequenceEqual(other._classNames))
        {
            throw new ArgumentException("Cannot merge wrappers with different class names.", nameof(other));
        }

        return new Classwise<TMetric>(_classNames, _perClass, _metric.Merge(other._metric));
    }

    /// <summary>Clears the metric's state.</summary>
    /// <returns>This wrapper.</returns>
    public Classwise<TMetric> Reset()
    {
        _metric = _metric.Reset();
        return this;
    }

    private Classwise(string[] classNames, Func<TMetric, double[]> perClass, TMetric state)
    {
        _metric = state;
        _classNames = classNames;
        _perClass = perClass;
    }
}
