namespace Metrics;

/// <summary>
/// A state field merged by addition. Its identity is zero, and a sample weight multiplies the element's
/// contribution to it. Allowed on <see cref="double"/>, <see cref="long"/> and <see cref="SumArray"/> fields;
/// a metric with a <see cref="long"/> sum has no weighted overloads, because a fractional weight cannot be counted exactly.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class SumAttribute : Attribute
{
}
