namespace Metrics;

/// <summary>
/// The fraction of binary predictions that match their 0/1 label, as Keras' <c>BinaryAccuracy</c>: a score is
/// positive iff <c>score &gt; Threshold</c> (strict; default 0.5 for probabilities). Labels must be 0 or 1; a 2-D
/// batch is the flattened elements (Keras averages each row, then the rows: the same value when rows have equal
/// length). NaN when empty (Keras: 0). A NaN score is never positive.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct BinaryAccuracy
{
    /// <summary>The decision threshold; 0.5 for probabilities (the default, as Keras), 0 for logits.</summary>
    [Parameter] public double Threshold { get; init; } = 0.5;

    [MeanOf(Sum = "Correct")] private static double Hit([ClassIndex(2)] int label, double prediction, double threshold) =>
        (prediction > threshold) == (label == 1) ? 1 : 0;
}
