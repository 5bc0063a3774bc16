namespace Metrics.Serialization.Tests.Binary.Custom;

/// <summary>A custom metric that keeps every (score, label, weight) sample.</summary>
[Metric]
public partial record struct KeptScores
{
    /// <summary>The samples.</summary>
    [Append] public SampleBuffer Samples;

    private static KeptScores Update(double label, double prediction) =>
        new() { Samples = SampleBuffer.Of(prediction, label) };

    /// <summary>The weighted sum of score × label.</summary>
    public readonly double Compute()
    {
        var sum = 0.0;
        for (var i = 0; i < Samples.Count; i++)
        {
            sum += Samples.WeightAt(i) * Samples.ScoreAt(i) * Samples.LabelAt(i);
        }

        return sum;
    }
}
