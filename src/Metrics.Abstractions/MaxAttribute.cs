namespace Metrics;

/// <summary>
/// A <see cref="double"/> state field merged by taking the maximum. Its identity is −∞; sample weights do not
/// scale it, but an element with weight 0 is excluded.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class MaxAttribute : Attribute
{
}
