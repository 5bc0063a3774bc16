namespace Metrics.Generators;

/// <summary>Metadata names of the DSL's types, as the generator looks them up.</summary>
internal static class KnownNames
{
    public const string MetricAttribute = "Metrics.MetricAttribute";
    public const string SumAttribute = "Metrics.SumAttribute";
    public const string StatisticsAttribute = "Metrics.StatisticsAttribute";
    public const string CellsAttribute = "Metrics.CellsAttribute";
    public const string SharedKeysAttribute = "Metrics.SharedKeysAttribute";
    public const string ScoredRowsMetric = "Metrics.IScoredRowsMetric`1";
    public const string MetricCells = "Metrics.MetricCells`1";
    public const string MeanOfAttribute = "Metrics.MeanOfAttribute";
    public const string MinAttribute = "Metrics.MinAttribute";
    public const string MaxAttribute = "Metrics.MaxAttribute";
    public const string ShiftedMomentsAttribute = "Metrics.ShiftedMomentsAttribute";
    public const string ParameterAttribute = "Metrics.ParameterAttribute";
    public const string ClassIndexAttribute = "Metrics.ClassIndexAttribute";
    public const string OneHotAttribute = "Metrics.OneHotAttribute";

    public const string ProbabilityAttribute = "Metrics.ProbabilityAttribute";
    public const string RowLengthAttribute = "Metrics.RowLengthAttribute";
    public const string SizedByAttribute = "Metrics.SizedByAttribute";
    public const string ParameterArray = "Metrics.ParameterArray`1";
    public const string SumArray = "Metrics.SumArray";
    public const string SpecialFunctions = "Metrics.Numerics.SpecialFunctions";
    public const string SumArrayWriter = "Metrics.SumArrayWriter";
    public const string AppendAttribute = "Metrics.AppendAttribute";
    public const string NotNaNAttribute = "Metrics.NotNaNAttribute";
    public const string SampleBuffer = "Metrics.SampleBuffer";
    public const string ConfigValueInterface = "Metrics.IConfigValue<TSelf>";
    public const string ReadOnlySpan = "System.ReadOnlySpan`1";

    /// <summary>
    /// The names of the members the generator emits into a metric besides the public Update overloads and Merge
    /// (<see cref="DslMethodNames"/>); no user member of any kind may have one of them (MET028).
    /// </summary>
    public static readonly System.Collections.Generic.HashSet<string> GeneratedMembers = new(System.StringComparer.Ordinal)
    {
        "Accumulate", "AccumulateWeighted", "AccumulateRow", "AccumulateRowWeighted", "AccumulateRowPair", "AccumulateRowPairWeighted",
        "Copy", "Empty", "EnsureState", "FromArguments", "FromConfig", "GetConfig", "HasSameParameters", "MetricName", "ParameterText",
        "Reset", "ResetState", "StoreState", "ToString", "UpdateFromTensorsByRank", "UpdatePairs", "UpdatePairsFromTensors",
        "UpdateRowPairs", "UpdateRowPairsFromTensors", "UpdateRows", "UpdateRowsFromTensors", "UpdateValues",
        "UpdateValuesFromTensors", "ValidateParameters", "WithIdentity", "PairOperator", "RowOperator", "RowPairOperator",
        "ValueOperator", "_identitySet", "_constructed", "RequiredLength", "ReadStatistics", "WriteStatistics", "CurrentStatistics",
        "CellTemplate", "DeclaredCells",
    };

    /// <summary>
    /// The generated methods that share their name with the user's DSL functions (update functions, a user merge, the
    /// <c>ISharesStatistics</c> members a metric may write itself): a user
    /// method may have these names, a user member of any other kind (field, property, event, nested type) may not (MET028).
    /// </summary>
    public static readonly System.Collections.Generic.HashSet<string> DslMethodNames = new(System.StringComparer.Ordinal)
    {
        "Update", "Merge", "StatisticsTemplate", "WithStatistics",
    };
}
