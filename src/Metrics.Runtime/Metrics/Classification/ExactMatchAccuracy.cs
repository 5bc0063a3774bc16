namespace Metrics;

/// <summary>
/// The fraction of predictions exactly equal to their label, as Keras' <c>Accuracy</c> (named so that it does not
/// clash with flax-metrics' thresholded/argmax <see cref="Accuracy"/>): <c>label == prediction</c> element by element,
/// for class ids or any other numbers. A NaN never matches. NaN when empty (Keras: 0).
/// </summary>
[Metric(Name = "ExactMatchAccuracy")]
[HigherIsBetter]
public partial record struct ExactMatchAccuracy
{
    /// <summary>The (weighted) number of exact matches.</summary>
    [Sum] public double Correct;

    /// <summary>The (weighted) number of predictions.</summary>
    [Sum] public double Count;

    private static ExactMatchAccuracy Update(double label, double prediction) =>
        new() { Correct = label == prediction ? 1 : 0, Count = 1 };

    /// <summary>The accuracy, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Correct, Count);
}
