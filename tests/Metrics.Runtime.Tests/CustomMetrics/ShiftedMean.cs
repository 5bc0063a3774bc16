namespace Metrics.Runtime.Tests.Custom;

/// <summary>
/// The mean of <c>value - Shift</c>, with an optional unbounded <c>double?</c> shift: a parameter whose NaN must be
/// rejected like a <c>double</c>'s, although it declares no range.
/// </summary>
[Metric]
public partial record struct ShiftedMean
{
    /// <summary>Subtracted from every value; none (0) by default.</summary>
    [Parameter] public double? Shift { get; init; } = null;

    /// <summary>The sum of the shifted values.</summary>
    [Sum] public double Total;

    /// <summary>The number of values.</summary>
    [Sum] public double Count;

    private static ShiftedMean Update(double value, double? shift) =>
        new() { Total = value - (shift ?? 0), Count = 1 };

    /// <summary>The mean shifted value; NaN when empty.</summary>
    public readonly double Compute() => Total / Count;
}
