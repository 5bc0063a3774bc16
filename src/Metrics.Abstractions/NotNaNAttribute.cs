namespace Metrics;

/// <summary>
/// Marks a floating-point argument of an <c>Update</c> function (a prediction or value) that must not be NaN. The
/// generated batch update checks every unmasked element before any element is accumulated and otherwise throws an
/// <see cref="ArgumentException"/> naming the argument, the position and the value.
/// </summary>
/// <remarks>For metrics where a NaN has no defined place, e.g. the ranking of scores for an exact AUC.</remarks>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class NotNaNAttribute : Attribute
{
}
