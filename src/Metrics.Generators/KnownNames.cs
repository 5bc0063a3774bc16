namespace Metrics.Generators;

/// <summary>Metadata names of the DSL's types, as the generator looks them up.</summary>
internal static class KnownNames
{
    public const string MetricAttribute = "Metrics.MetricAttribute";
    public const string SumAttribute = "Metrics.SumAttribute";
    public const string MinAttribute = "Metrics.MinAttribute";
    public const string MaxAttribute = "Metrics.MaxAttribute";
    public const string ParameterAttribute = "Metrics.ParameterAttribute";
    public const string ClassIndexAttribute = "Metrics.ClassIndexAttribute";
    public const string SizedByAttribute = "Metrics.SizedByAttribute";
    public const string SumArray = "Metrics.SumArray";
    public const string AppendAttribute = "Metrics.AppendAttribute";
    public const string NotNaNAttribute = "Metrics.NotNaNAttribute";
    public const string SampleBuffer = "Metrics.SampleBuffer";
    public const string ReadOnlySpan = "System.ReadOnlySpan`1";
}
