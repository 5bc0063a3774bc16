namespace Metrics;

/// <summary>An element-wise transform applied to both targets and predictions before an error is taken.</summary>
public enum LpTransform
{
    /// <summary>No transform.</summary>
    None = 0,

    /// <summary><c>ln(1 + x)</c>, as in the mean squared logarithmic error; values below −1 give NaN.</summary>
    Log1P = 1,
}
