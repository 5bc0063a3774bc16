namespace Metrics.Generators.Analyzers;

/// <summary>
/// A <c>[Parameter]</c> is an init-only instance property with a getter (MET021), of an immutable type compared by value
/// (MET031), whose declared range admits a value (MET032), and whose type has a configuration form (MET034, a warning).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ParameterAnalyzer : MetricAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public ParameterAnalyzer()
        : base(
            DiagnosticDescriptors.MutableParameter,
            DiagnosticDescriptors.MutableParameterType,
            DiagnosticDescriptors.EmptyParameterRange,
            DiagnosticDescriptors.ParameterWithoutConfigForm)
    {
    }

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterSymbolAction(Analyze, SymbolKind.Property);
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (!MetricSymbols.IsMetric(property.ContainingType) || !MetricSymbols.IsRecordStruct(property.ContainingType))
        {
            return;
        }

        var attribute = MetricSymbols.FindAttribute(property, KnownNames.ParameterAttribute);
        if (attribute is null)
        {
            return;
        }

        var location = MetricSymbols.MemberLocation(property);
        if (!MetricSymbols.IsValidParameter(property))
        {
            var reason = property.IsStatic ? "is static"
                : property.GetMethod is null ? "has no getter"
                : property.SetMethod is null ? "has no init accessor"
                : "has a 'set' accessor, so it could change after validation";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MutableParameter, location, MetricSymbols.Display(property), reason));
        }

        var type = property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        if (property.Type.TypeKind != TypeKind.Error && ParameterRules.MutableTypeReason(property.Type) is { } mutable)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MutableParameterType, location, MetricSymbols.Display(property), type, mutable));
        }
        else if (property.Type.TypeKind != TypeKind.Error && MetricSymbols.IsValidParameter(property)
            && ParameterRules.Kind(property.Type) == ParameterKind.Other)
        {
            // Only on a parameter the metric is generated with: a mutable type or accessor already stops generation.
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ParameterWithoutConfigForm, location, MetricSymbols.Display(property), type, ConfigFormFix(property.Type, type)));
        }

        var (min, minExclusive, max, maxExclusive) = ParameterRules.Range(attribute);
        if (ParameterRules.EmptyRange(property.Type, min, minExclusive, max, maxExclusive) is { } range)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.EmptyParameterRange, location, MetricSymbols.Display(property), range));
        }
    }

    // A type declared in the user's code can take the interface; string, decimal or a nullable cannot.
    private static string ConfigFormFix(ITypeSymbol type, string shown) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: not SpecialType.System_Nullable_T } && type.Locations.Any(l => l.IsInSource)
            ? $"implement IConfigValue<{shown}> on '{shown}'"
            : "use a number, bool, enum or ParameterArray of numbers, or a type of your own implementing IConfigValue<T> of itself";
}
