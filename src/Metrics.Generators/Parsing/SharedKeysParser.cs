namespace Metrics.Generators.Parsing;

/// <summary>What a <c>[SharedKeys]</c> statistics field needs of its type, shared by the parser and MET042.</summary>
internal static class SharedKeysParser
{
    /// <summary>Whether <paramref name="statistics"/> implements <c>IScoredRowsMetric&lt;itself&gt;</c>, which the runtime feeds scored rows.</summary>
    public static bool IsScoredRowsMetric(ITypeSymbol statistics, Compilation compilation) =>
        compilation.GetTypeByMetadataName(KnownNames.ScoredRowsMetric) is { } scoredRows
        && statistics.AllInterfaces.Any(i =>
            SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, scoredRows)
            && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], statistics));
}
