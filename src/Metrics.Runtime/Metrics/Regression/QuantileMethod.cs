namespace Metrics;

/// <summary>How a quantile (a median) of kept, weighted values is taken.</summary>
public enum QuantileMethod
{
    /// <summary>
    /// NumPy's default <c>np.percentile</c>/<c>np.median</c> (linear interpolation between the two values around
    /// position (N − 1)·q), with a weight counted as that many copies of its value, so integer weights equal repetition.
    /// This is what scikit-learn computes without <c>sample_weight</c>.
    /// </summary>
    Linear = 0,

    /// <summary>
    /// scikit-learn's lower weighted percentile (<c>sklearn.utils.stats._weighted_percentile</c>): the first sorted value
    /// whose cumulative weight reaches q·Σw, no interpolation. This is what scikit-learn computes with <c>sample_weight</c>
    /// (even with all weights 1, where it differs from <see cref="Linear"/> on an even count).
    /// </summary>
    WeightedLower = 1,
}
