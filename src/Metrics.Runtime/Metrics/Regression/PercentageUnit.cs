namespace Metrics;

/// <summary>The unit of a percentage error.</summary>
public enum PercentageUnit
{
    /// <summary>Percent (× 100), as Keras and TF.js.</summary>
    Percent = 0,

    /// <summary>A fraction, as scikit-learn's <c>mean_absolute_percentage_error</c>.</summary>
    Fraction = 1,
}
