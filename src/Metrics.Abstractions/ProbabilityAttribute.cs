namespace Metrics;

/// <summary>
/// Marks the label-row argument of an <c>Update(ReadOnlySpan&lt;L&gt; labels, ReadOnlySpan&lt;P&gt; row)</c> function as
/// soft labels: probabilities in [0, 1] (Keras counts them fractionally), or the prediction (a scalar or a row) of an
/// update with a label as probabilities. The generated batch update checks, before any element is accumulated, that
/// every unmasked marked value lies in [0, 1] (NaN does not), and otherwise throws an
/// <see cref="ArgumentOutOfRangeException"/> naming the position and the value.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class ProbabilityAttribute : Attribute
{
}
