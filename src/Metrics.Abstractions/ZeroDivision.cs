namespace Metrics;

/// <summary>What a ratio metric returns when its denominator is zero (no positives, empty state).</summary>
public enum ZeroDivision
{
    /// <summary>Return <see cref="double.NaN"/> (the default: an undefined value is never disguised as a number).</summary>
    NaN = 0,

    /// <summary>Return 0, as scikit-learn's <c>zero_division=0</c> and Keras.</summary>
    Zero = 1,

    /// <summary>Return 1, as scikit-learn's <c>zero_division=1</c>.</summary>
    One = 2,
}
