namespace Metrics;

/// <summary>The disagreement weights of <see cref="CohenKappa"/> (scikit-learn's <c>weights</c>).</summary>
public enum KappaWeighting
{
    /// <summary>Every disagreement weighs 1 (unweighted kappa).</summary>
    None = 0,

    /// <summary>A disagreement between classes i and j weighs |i − j|.</summary>
    Linear = 1,

    /// <summary>A disagreement between classes i and j weighs (i − j)².</summary>
    Quadratic = 2,
}
