namespace Metrics;

/// <summary>
/// Spearman's rank correlation, as <c>scipy.stats.spearmanr</c>: the Pearson correlation of the average ranks (ties
/// share their group's mean rank), exact from every kept sample, merged by concatenation. A weight counts as that many
/// copies (ranks and correlation), so integer weights equal repetition. NaN when empty, when either column is constant,
/// or when an input is NaN.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct SpearmanCorrelation
{
    /// <summary>Every kept (prediction, target, weight) sample.</summary>
    [Append] public SampleBuffer Samples;

    private static SpearmanCorrelation Update(double label, double prediction) =>
        new() { Samples = SampleBuffer.Of(prediction, label) };

    /// <summary>The rank correlation in [−1, 1], or NaN.</summary>
    public readonly double Compute()
    {
        if (Samples.Count < 2 || !WeightedSamples.TryRead(Samples, out var labels, out var predictions, out var weights))
        {
            return double.NaN;
        }

        return WeightedSamples.Pearson(WeightedSamples.AverageRanks(labels, weights), WeightedSamples.AverageRanks(predictions, weights), weights);
    }
}
