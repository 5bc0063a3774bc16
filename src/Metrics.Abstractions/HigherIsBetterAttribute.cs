namespace Metrics;

/// <summary>
/// Declares a metric's direction of improvement, as TorchMetrics' <c>higher_is_better</c> and Keras'
/// <c>_direction</c>: <c>[HigherIsBetter]</c> for scores (accuracy, AUC, R²), <c>[HigherIsBetter(false)]</c> for
/// losses and errors. A metric without it has no meaningful direction (counts, curves, confusion matrices).
/// <see cref="MetricDirection"/> reads it; <c>MetricTracker</c> uses it to pick the best epoch.
/// </summary>
[AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class HigherIsBetterAttribute : Attribute
{
    /// <summary>Declares the direction.</summary>
    /// <param name="value">Whether a higher value is better (true, the default) or a lower one (false).</param>
    public HigherIsBetterAttribute(bool value = true)
    {
        Value = value;
    }

    /// <summary>Whether a higher value is better (true) or a lower one (false).</summary>
    public bool Value { get; }
}
