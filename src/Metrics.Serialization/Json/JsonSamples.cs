namespace Metrics;

/// <summary>The property names of a <see cref="SampleBuffer"/> in JSON state.</summary>
internal static class JsonSamples
{
    public const string Count = "count";
    public const string Width = "width";
    public const string Scores = "scores";
    public const string Labels = "labels";
    public const string Weights = "weights";
}
