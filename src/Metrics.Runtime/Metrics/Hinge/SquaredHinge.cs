namespace Metrics;

/// <summary>
/// The mean squared hinge loss <c>max(1 − y·p, 0)²</c>, as Keras' <c>SquaredHinge</c>. Labels are −1/+1 or 0/1 (a 0
/// label means −1). A 2-D batch is its flattened elements. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct SquaredHinge
{
    [MeanOf] private static double Loss(double label, double prediction)
    {
        // The label rule of Hinge: 0 is the negative class −1, any other label is used as given.
        var hinge = Math.Max(1 - ((label == 0 ? -1.0 : label) * prediction), 0);
        return hinge * hinge;
    }
}
