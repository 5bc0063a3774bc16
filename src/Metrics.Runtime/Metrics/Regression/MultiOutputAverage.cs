namespace Metrics;

/// <summary>How per-output scores are combined (scikit-learn's <c>multioutput</c>, Keras' <c>class_aggregation</c>).</summary>
public enum MultiOutputAverage
{
    /// <summary>The plain mean over outputs (<c>"uniform_average"</c>).</summary>
    Uniform,

    /// <summary>The mean weighted by each output's label variance (<c>"variance_weighted"</c>); uniform if all are constant.</summary>
    VarianceWeighted,
}
