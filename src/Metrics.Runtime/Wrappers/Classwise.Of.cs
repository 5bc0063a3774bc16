namespace Metrics;

/// <summary>Creates <see cref="Classwise{TMetric}"/> wrappers with the type argument inferred.</summary>
public static class Classwise
{
    /// <summary>Per-class values of a metric whose value is one value per class.</summary>
    /// <typeparam name="TMetric">The metric.</typeparam>
    /// <param name="metric">The metric whose parameters the wrapper takes.</param>
    /// <param name="classNames">The name of each class, in class-index order.</param>
    public static Classwise<TMetric> Of<TMetric>(TMetric metric, IReadOnlyList<string> classNames)
        where TMetric : struct, IRegistrableMetric<TMetric>, IMetric<TMetric, double[]> =>
        new(metric, classNames, static m => m.Compute());

    /// <summary>Per-class values that <paramref name="perClass"/> takes from the metric (<c>m =&gt; m.PerClass()</c>).</summary>
    /// <typeparam name="TMetric">The metric.</typeparam>
    /// <param name="metric">The metric whose parameters the wrapper takes.</param>
    /// <param name="classNames">The name of each class, in class-index order.</param>
    /// <param name="perClass">The per-class values of the metric.</param>
    public static Classwise<TMetric> Of<TMetric>(TMetric metric, IReadOnlyList<string> classNames, System.Func<TMetric, double[]> perClass)
        where TMetric : struct, IRegistrableMetric<TMetric> =>
        new(metric, classNames, perClass);
}
