namespace Metrics;

/// <summary>
/// Marks a <c>partial record struct</c> as a metric declaration. The Metrics.Dsl source generator turns its
/// state fields, parameters and pure <c>Update</c>/<c>Merge</c>/<c>Compute</c> functions into a streaming metric
/// with batch update overloads (spans, arrays, tensors; optional mask and sample weights), <c>Reset</c>,
/// <c>Merge</c>, validation and <c>ToString</c>.
/// </summary>
/// <remarks>
/// A declaration contains:
/// <list type="bullet">
/// <item>state fields marked <see cref="SumAttribute"/>, <see cref="MinAttribute"/> or <see cref="MaxAttribute"/>
/// (or unmarked fields when the type declares <c>static T Merge(T a, T b)</c>);</item>
/// <item>parameters: <c>{ get; init; }</c> properties marked <see cref="ParameterAttribute"/>;</item>
/// <item>one or more <c>static T Update(...)</c> functions, each taking one element (a scalar, a (label, prediction)
/// pair, a row and its label, or a label row and a prediction row) and returning that element's contribution;
/// extra arguments named like a parameter receive that parameter's value;</item>
/// <item>a public instance <c>Compute()</c> that turns the state into the metric's value.</item>
/// </list>
/// </remarks>
[AttributeUsage(AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class MetricAttribute : Attribute
{
    /// <summary>The metric's display name, used by <c>ToString</c>; defaults to the type name.</summary>
    public string? Name { get; set; }
}
