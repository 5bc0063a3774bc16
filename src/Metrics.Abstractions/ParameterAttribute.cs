namespace Metrics;

/// <summary>
/// Marks an init-only property as a metric parameter (threshold, p, number of classes, ...). Parameters are
/// not reset and not merged; they are validated when the metric is constructed through its generated
/// constructor and before every update, and merging two metrics whose parameters differ throws.
/// </summary>
/// <remarks>
/// Numeric parameters must lie in [<see cref="Min"/>, <see cref="Max"/>] (bounds excluded when
/// <see cref="MinExclusive"/> / <see cref="MaxExclusive"/> is set) and must not be NaN; enum parameters must be a
/// defined value.
/// </remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class ParameterAttribute : Attribute
{
    /// <summary>The smallest allowed value (inclusive unless <see cref="MinExclusive"/>).</summary>
    public double Min { get; set; } = double.NegativeInfinity;

    /// <summary>The largest allowed value (inclusive unless <see cref="MaxExclusive"/>).</summary>
    public double Max { get; set; } = double.PositiveInfinity;

    /// <summary>Whether <see cref="Min"/> itself is excluded.</summary>
    public bool MinExclusive { get; set; }

    /// <summary>Whether <see cref="Max"/> itself is excluded.</summary>
    public bool MaxExclusive { get; set; }

    /// <summary>
    /// For a list parameter: whether an empty list is valid (it then means "none given", e.g. equal label weights);
    /// the values of a non-empty list are still range-checked. By default a list must hold at least one value.
    /// </summary>
    public bool AllowEmpty { get; set; }
}
