namespace Metrics;

/// <summary>
/// The four (weighted) confusion counts of a binary decision <c>score &gt; Threshold</c>: the sufficient statistics
/// that <see cref="Precision"/>, <see cref="Recall"/> and <see cref="F1Score"/> share in a
/// <see cref="MetricCollection"/>. Labels must be 0 or 1.
/// </summary>
[Metric]
public partial record struct BinaryCounts
{
    /// <summary>The decision threshold; 0 for logits (the default), 0.5 for probabilities.</summary>
    [Parameter] public double Threshold { get; init; } = 0.0;

    /// <summary>The (weighted) number of true positives.</summary>
    [Sum] public double TruePositives;

    /// <summary>The (weighted) number of false positives.</summary>
    [Sum] public double FalsePositives;

    /// <summary>The (weighted) number of false negatives.</summary>
    [Sum] public double FalseNegatives;

    /// <summary>The (weighted) number of true negatives.</summary>
    [Sum] public double TrueNegatives;

    private static BinaryCounts Update([ClassIndex(2)] int label, double prediction, double threshold)
    {
        var predicted = prediction > threshold ? 1.0 : 0.0;
        var positive = (double)label;
        return new()
        {
            TruePositives = predicted * positive,
            FalsePositives = predicted * (1 - positive),
            FalseNegatives = (1 - predicted) * positive,
            TrueNegatives = (1 - predicted) * (1 - positive),
        };
    }

    /// <summary>The counts.</summary>
    public readonly ConfusionCounts Compute() =>
        new(TruePositives: TruePositives, FalsePositives: FalsePositives, TrueNegatives: TrueNegatives, FalseNegatives: FalseNegatives);
}
