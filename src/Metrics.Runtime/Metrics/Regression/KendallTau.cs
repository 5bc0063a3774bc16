namespace Metrics;

/// <summary>
/// Kendall's τ-b, as <c>scipy.stats.kendalltau</c> (variant b, exact with ties): (P − Q) / √((n₀ − n₁)(n₀ − n₂)), from
/// every kept sample in O(n log n), merged by concatenation. A weight counts as that many copies, so integer weights
/// equal repetition. NaN when empty, when either column is constant, or when an input is NaN.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct KendallTau
{
    /// <summary>Every kept (prediction, target, weight) sample.</summary>
    [Append] public SampleBuffer Samples;

    private static KendallTau Update(double label, double prediction) =>
        new() { Samples = SampleBuffer.Of(prediction, label) };

    /// <summary>τ-b in [−1, 1], or NaN.</summary>
    public readonly double Compute()
    {
        if (Samples.Count < 2 || !WeightedSamples.TryRead(Samples, out var labels, out var predictions, out var weights))
        {
            return double.NaN;
        }

        return WeightedSamples.KendallTauB(labels, predictions, weights);
    }
}
