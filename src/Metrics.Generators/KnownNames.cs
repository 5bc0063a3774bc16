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
    public const string OneHotAttribute = "Metrics.OneHotAttribute";
    public const string RowLengthAttribute = "Metrics.RowLengthAttribute";
    public const string SizedByAttribute = "Metrics.SizedByAttribute";
    public const string ParameterArray = "Metrics.ParameterArray`1";
    public const string SumArray = "Metrics.SumArray";
    public const string SumArrayWriter = "Metrics.SumArrayWriter";
    public const string AppendAttribute = "Metrics.AppendAttribute";
    public const string NotNaNAttribute = "Metrics.NotNaNAttribute";
    public const string SampleBuffer = "Metrics.SampleBuffer";
    public const string ReadOnlySpan = "System.ReadOnlySpan`1";

    /// <summary>The members the generator emits into a metric (besides the public Update overloads and Merge), which the user's own members must not repeat.</summary>
    public static readonly System.Collections.Generic.HashSet<string> GeneratedMembers = new(System.StringComparer.Ordinal)
    {
        "Accumulate", "AccumulateWeighted", "Copy", "Empty", "EnsureState", "FromArguments", "HasSameParameters", "MetricName", "ParameterText",
        "Reset", "ResetState", "StoreState", "ToString", "UpdateFromTensorsByRank", "UpdatePairs", "UpdatePairsFromTensors",
        "UpdateRowPairs", "UpdateRowPairsFromTensors", "UpdateRows", "UpdateRowsFromTensors", "UpdateValues",
        "UpdateValuesFromTensors", "ValidateParameters", "WithIdentity", "PairOperator", "RowOperator", "RowPairOperator",
        "ValueOperator", "_identitySet", "_constructed", "RequiredLength",
    };
}
