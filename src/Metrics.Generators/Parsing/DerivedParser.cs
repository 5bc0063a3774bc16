using Metrics.Generators.Analyzers;

namespace Metrics.Generators.Parsing;

/// <summary>
/// Turns a derived metric (one <c>[Statistics]</c> field whose type is another metric of this compilation, parameters,
/// <c>Compute</c>, nothing else) into a <see cref="MetricModel"/> that names its statistics metric; the generator fills in
/// that metric's model later (<see cref="DerivedResolver"/>), so that an edit of the statistics metric reaches it. Returns
/// null for anything else; <see cref="DerivedMetricAnalyzer"/> says what is wrong.
/// </summary>
internal static class DerivedParser
{
    public static MetricModel? Parse(
        INamedTypeSymbol type,
        List<ContainingType> containing,
        List<MetricParameter> parameters,
        Compilation compilation,
        CancellationToken cancellationToken)
    {
        var fields = MetricSymbols.StateFields(type, cancellationToken).ToList();
        if (fields.Count != 1
            || MetricSymbols.FindAttribute(fields[0], KnownNames.StatisticsAttribute) is null
            || fields[0].IsReadOnly
            || fields[0].Type is not INamedTypeSymbol statisticsType
            || MetricSymbols.Updates(type, cancellationToken).Any()
            || MetricSymbols.Merges(type, cancellationToken).Any()
            || !IsStatisticsMetric(statisticsType, type, cancellationToken))
        {
            return null;
        }

        var compute = MetricParser.FindCompute(type);
        if (compute is null)
        {
            return null;
        }

        // Without a StatisticsTemplate of its own, every statistics parameter takes the derived parameter of its name (MET036).
        var userTemplate = MetricSymbols.StatisticsTemplate(type, statisticsType, cancellationToken) is not null;
        if (!userTemplate && MetricSymbols.Parameters(statisticsType).Any(wanted => !parameters.Any(p =>
            p.Name == wanted.Name && p.Type == wanted.Type.ToDisplayString(MetricParser.TypeFormat))))
        {
            return null;
        }

        var sharedKeys = MetricSymbols.HasAttribute(fields[0], KnownNames.SharedKeysAttribute);
        if (sharedKeys && !SharedKeysParser.IsScoredRowsMetric(statisticsType, compilation))
        {
            return null;
        }

        var statistics = new DerivedState(fields[0].Name, statisticsType.ToDisplayString(MetricParser.TypeFormat), userTemplate, SharedKeys: sharedKeys);
        return SyntaxFacts(fields[0].Name)
            ? MetricParser.ModelOf(type, containing, [], parameters, hasUserMerge: false, compute.ReturnType.ToDisplayString(MetricParser.TypeFormat), [], [], cancellationToken, statistics)
            : null;
    }

    /// <summary>
    /// Whether <paramref name="statistics"/> can hold a derived metric's state: another <c>[Metric]</c> record struct
    /// declared in this compilation (its update functions are read from source), not itself derived.
    /// </summary>
    public static bool IsStatisticsMetric(INamedTypeSymbol statistics, INamedTypeSymbol derived, CancellationToken cancellationToken) =>
        MetricSymbols.IsMetric(statistics)
        && MetricSymbols.IsRecordStruct(statistics)
        && !SymbolEqualityComparer.Default.Equals(statistics, derived)
        && statistics.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is RecordDeclarationSyntax)
        && !MetricSymbols.IsDerived(statistics, cancellationToken);

    private static bool SyntaxFacts(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name);
}
