namespace Metrics;

/// <summary>
/// Marks the label-row argument of an <c>Update(ReadOnlySpan&lt;L&gt; labels, ReadOnlySpan&lt;P&gt; row)</c> function as
/// one-hot. The generated batch update checks, before any row is accumulated, that every unmasked label row holds
/// exactly one 1 and zeros elsewhere, and otherwise throws an <see cref="ArgumentException"/> naming the row and its
/// values.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class OneHotAttribute : Attribute
{
}
