namespace Metrics.Kernels;

/// <summary>
/// The input checks the vector loop performs on the lanes it loads anyway, so that valid batches are read once
/// instead of once per guard. Weights, when present, are always checked (finite and non-negative). A lane that fails
/// a check makes the loop return <see langword="false"/> without touching the state; the generated update then runs
/// the exact guards of <see cref="MetricGuard"/>, which name the offending element.
/// </summary>
/// <remarks>
/// The lane checks may flag more than the guards reject (never less): a flagged batch that the guards accept is
/// accumulated by the scalar loop, so a conservative check costs time, never a wrong value.
/// </remarks>
/// <param name="LabelClasses">Labels must be class indices in [0, <paramref name="LabelClasses"/>) where the element is
/// not masked out (<c>[ClassIndex]</c> labels); 0 for no check.</param>
/// <param name="PredictionsNotNaN">Predictions (the values, for value updates) must not be NaN where the element is
/// kept: not masked out, weight not 0 (<c>[NotNaN]</c>).</param>
public readonly record struct LaneChecks(int LabelClasses, bool PredictionsNotNaN)
{
    /// <summary>No check beyond the weights'.</summary>
    public static LaneChecks None => default;
}
