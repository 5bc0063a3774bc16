namespace Metrics;

/// <summary>
/// The fraction of correct predictions, as flax-metrics' <c>Accuracy</c>.
/// <list type="bullet">
/// <item>Binary (labels and scores of the same shape): a score is positive iff <c>score &gt; Threshold</c> (strict);
/// it is correct when that equals <c>label == 1</c>. Labels must be 0 or 1.</item>
/// <item>Multi-class (a row of scores per label): correct when the row's argmax equals the label; on ties the lowest
/// index wins. Labels must lie in [0, classes).</item>
/// </list>
/// NaN when empty. A NaN score is never positive.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct Accuracy
{
    /// <summary>The decision threshold for binary scores; 0 for logits (the default), 0.5 for probabilities.</summary>
    [Parameter] public double Threshold { get; init; } = 0.0;

    /// <summary>The (weighted) number of correct predictions.</summary>
    [Sum] public double Correct;

    /// <summary>The (weighted) number of predictions.</summary>
    [Sum] public double Count;

    private static Accuracy Update([ClassIndex(2)] int label, double prediction, double threshold) =>
        new() { Correct = (prediction > threshold) == (label == 1) ? 1 : 0, Count = 1 };

    private static Accuracy Update<T>([ClassIndex] int label, ReadOnlySpan<T> scores)
        where T : INumber<T> =>
        new() { Correct = TensorPrimitives.IndexOfMax(scores) == label ? 1 : 0, Count = 1 };

    /// <summary>The accuracy, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Correct, Count);
}
