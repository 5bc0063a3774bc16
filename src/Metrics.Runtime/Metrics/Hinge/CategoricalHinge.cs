namespace Metrics;

/// <summary>
/// The mean categorical hinge loss per row, as Keras' <c>CategoricalHinge</c>: <c>max(neg − pos + 1, 0)</c> with
/// <c>pos = Σ y·p</c> and <c>neg = max((1 − y)·p)</c> over the row. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct CategoricalHinge
{
    [MeanOf] private static double Loss<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> predictions)
        where T : INumber<T>
    {
        double positive = 0, negative = double.NegativeInfinity;
        for (var c = 0; c < labels.Length; c++)
        {
            var y = double.CreateTruncating(labels[c]);
            var p = double.CreateTruncating(predictions[c]);
            positive += y * p;
            negative = Math.Max(negative, (1 - y) * p);
        }

        return Math.Max(negative - positive + 1, 0);
    }
}
