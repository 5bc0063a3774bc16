namespace Metrics;

/// <summary>
/// Marks the one per-element function of a function metric (Keras' <c>MeanMetricWrapper</c>, scikit-learn's
/// <c>make_scorer</c>): a <c>private static double</c> function of a (label, prediction) pair, a value, or rows, like an
/// update function, whose (weighted) mean over the elements is the metric's value. The generator declares the state
/// (two <see cref="SumAttribute"/> fields: the sum of the function's values and the number of elements), the update
/// function and <c>Compute()</c> (the mean, NaN when empty); the type declares only its parameters and this function.
/// </summary>
/// <example>
/// <code>
/// [Metric, HigherIsBetter(false)]
/// public partial record struct Poisson
/// {
///     [Parameter(Min = 0)] public double Epsilon { get; init; } = 1e-7;
///     [MeanOf] private static double Loss(double label, double prediction, double epsilon) =>
///         prediction - (label * Math.Log(prediction + epsilon));
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class MeanOfAttribute : Attribute
{
    /// <summary>The name of the generated field holding the (weighted) sum of the function's values (default <c>Total</c>).</summary>
    public string Sum { get; set; } = "Total";

    /// <summary>The name of the generated field holding the (weighted) number of elements (default <c>Count</c>).</summary>
    public string Count { get; set; } = "Count";
}
