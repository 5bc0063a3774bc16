namespace Metrics;

/// <summary>A metric's current value with the smallest and largest values computed so far.</summary>
/// <param name="Value">The value just computed.</param>
/// <param name="Min">The smallest value computed (NaN values left out; NaN when every one was NaN).</param>
/// <param name="Max">The largest value computed (NaN values left out; NaN when every one was NaN).</param>
public readonly record struct MinMaxValue(double Value, double Min, double Max);
