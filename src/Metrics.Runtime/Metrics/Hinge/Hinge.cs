namespace Metrics;

/// <summary>
/// The mean hinge loss <c>max(1 − y·p, 0)</c>, as Keras' <c>Hinge</c>. Labels are −1/+1 or 0/1 (a 0 label means −1).
/// A 2-D batch is its flattened elements (Keras' row mean then batch mean is the same value). NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct Hinge
{

    // A label 0 is the negative class −1; any other label is used as given, so {0, 1} and {−1, +1} labels both work.
    // Keras converts {0, 1} to {−1, +1} only when a whole batch is 0/1; this per-element rule agrees with it on every
    // batch that is all {0, 1} or has no 0, and never depends on the batch. Written inline so that it vectorizes.
    [MeanOf] private static double Loss(double label, double prediction) =>
        Math.Max(1 - ((label == 0 ? -1.0 : label) * prediction), 0);
}
