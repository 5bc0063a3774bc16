namespace Metrics.Generators.Analyzers;

/// <summary>
/// The state fields: each has a merge (MET016) that can handle its type (MET017), is not readonly (MET018), array
/// fields are sized by int parameters (MET019), and there is at least one (MET020).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StateFieldAnalyzer : MetricAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public StateFieldAnalyzer()
        : base(
            DiagnosticDescriptors.FieldWithoutMerge,
            DiagnosticDescriptors.FieldTypeNotMergeable,
            DiagnosticDescriptors.ReadOnlyField,
            DiagnosticDescriptors.InvalidSizedBy,
            DiagnosticDescriptors.NoStateFields)
    {
    }

    /// <inheritdoc />
    /// <remarks>A derived metric's one state is its [Statistics] field (<see cref="DerivedMetricAnalyzer"/>); a function metric's are generated.</remarks>
    protected override void Register(AnalysisContext context) => RegisterMetricTypes(context, Analyze, derived: false);

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol type)
    {
        if (MetricSymbols.IsFunctionMetric(type, context.CancellationToken))
        {
            return;
        }

        var hasUserMerge = MetricSymbols.HasUserMerge(type);
        var fields = MetricSymbols.StateFields(type).ToList();
        if (fields.Count == 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.NoStateFields, MetricSymbols.TypeLocation(type, context.CancellationToken), MetricSymbols.Display(type)));
            return;
        }

        foreach (var field in fields)
        {
            AnalyzeField(context, type, field, hasUserMerge);
        }
    }

    private static void AnalyzeField(SymbolAnalysisContext context, INamedTypeSymbol type, IFieldSymbol field, bool hasUserMerge)
    {
        var location = MetricSymbols.MemberLocation(field);
        var name = MetricSymbols.Display(field);
        var sum = MetricSymbols.HasAttribute(field, KnownNames.SumAttribute);
        var min = MetricSymbols.HasAttribute(field, KnownNames.MinAttribute);
        var max = MetricSymbols.HasAttribute(field, KnownNames.MaxAttribute);
        var append = MetricSymbols.HasAttribute(field, KnownNames.AppendAttribute);
        var attributes = (sum ? 1 : 0) + (min ? 1 : 0) + (max ? 1 : 0) + (append ? 1 : 0);
        if (attributes == 0 && !hasUserMerge)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FieldWithoutMerge, location, name, type.Name));
        }

        if (field.IsReadOnly)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ReadOnlyField, location, name));
        }

        var typeName = field.Type.ToDisplayString(MetricSymbols.MemberFormat);
        var isDouble = field.Type.SpecialType == SpecialType.System_Double;
        var isLong = field.Type.SpecialType == SpecialType.System_Int64;
        var isArray = field.Type.ToDisplayString() == KnownNames.SumArray;
        if (attributes > 1)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.FieldTypeNotMergeable, location, name, typeName, "several merge attributes", "keep one of [Sum], [Min], [Max] and [Append]"));
        }
        else if (sum && !(isDouble || isLong || isArray))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.FieldTypeNotMergeable, location, name, typeName, "[Sum]", "a sum is a double, a long (exact counts) or a SumArray"));
        }
        else if (append && (field.Type.ToDisplayString() != KnownNames.SampleBuffer || hasUserMerge))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.FieldTypeNotMergeable, location, name, typeName, "[Append]",
                "an appended field is a SampleBuffer, in a metric without a user Merge (which would drop the stored weights)"));
        }
        else if ((min || max) && !isDouble)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.FieldTypeNotMergeable, location, name, typeName, min ? "[Min]" : "[Max]", "a minimum or maximum is a double"));
        }
        else if (attributes == 0 && hasUserMerge && !(isDouble || isLong))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.FieldTypeNotMergeable, location, name, typeName, "the user Merge", "a field without a merge attribute is a double or a long"));
        }

        if (isArray && sum && attributes == 1)
        {
            AnalyzeSizedBy(context, type, field, location, name);
        }
        else if (!isArray && MetricSymbols.HasAttribute(field, KnownNames.SizedByAttribute))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InvalidSizedBy, location, name, $"[SizedBy] sizes only a [Sum] SumArray, not a '{typeName}'"));
        }
    }

    private static void AnalyzeSizedBy(SymbolAnalysisContext context, INamedTypeSymbol type, IFieldSymbol field, Location location, string name)
    {
        var attribute = MetricSymbols.FindAttribute(field, KnownNames.SizedByAttribute);
        string? problem = null;
        if (attribute is null)
        {
            problem = "a SumArray needs [SizedBy(...)] naming the parameters whose product is its length";
        }
        else
        {
            var names = attribute.ConstructorArguments
                .SelectMany(a => a.Kind == TypedConstantKind.Array ? a.Values : ImmutableArray.Create(a))
                .Select(v => v.Value as string)
                .ToList();
            if (names.Count == 0)
            {
                problem = "its [SizedBy] names no parameter";
            }
            else
            {
                var wrong = names.FirstOrDefault(n => n is null
                    || !(MetricSymbols.Parameters(type).Any(p => p.Name == n && (p.Type.SpecialType == SpecialType.System_Int32 || IsParameterArray(p.Type)) && MetricSymbols.IsValidParameter(p))
                        || type.GetMembers(n).OfType<IPropertySymbol>().Any(p => !p.IsStatic && p.GetMethod is not null
                            && p.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 && !MetricSymbols.HasAttribute(p, KnownNames.ParameterAttribute))));
                if (names.Any(n => n is null))
                {
                    problem = "a name in its [SizedBy] is null";
                }
                else if (wrong is not null)
                {
                    problem = $"its [SizedBy] names '{wrong}', which is not an int or ParameterArray [Parameter], or an int or long property, of '{type.Name}'";
                }
            }
        }

        if (problem is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidSizedBy, location, name, problem));
        }
    }

    private static bool IsParameterArray(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true } named
        && named.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::Metrics.ParameterArray<T>";
}
