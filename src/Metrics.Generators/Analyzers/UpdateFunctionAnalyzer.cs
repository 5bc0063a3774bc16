namespace Metrics.Generators.Analyzers;

/// <summary>
/// The update functions of a metric: present (MET007), unambiguous (MET008), static (MET009), with a supported
/// signature (MET010), taking an element the generator can lift (MET011), with valid <c>[ClassIndex]</c> (MET012).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UpdateFunctionAnalyzer : MetricAnalyzer
{
    private static readonly string[] ShapeNames = { "a single value", "a (label, prediction) pair", "a label and a row", "a label row and a prediction row" };

    /// <summary>Creates the analyzer.</summary>
    public UpdateFunctionAnalyzer()
        : base(
            DiagnosticDescriptors.NoUpdate,
            DiagnosticDescriptors.AmbiguousUpdate,
            DiagnosticDescriptors.UpdateNotStatic,
            DiagnosticDescriptors.UpdateSignature,
            DiagnosticDescriptors.UnliftableElement,
            DiagnosticDescriptors.InvalidClassIndex,
            DiagnosticDescriptors.InvalidRowConstraint)
    {
    }

    /// <inheritdoc />
    /// <remarks>A derived metric has no update functions of its own (<see cref="DerivedMetricAnalyzer"/> reports one); a function metric's is generated (<see cref="FunctionMetricAnalyzer"/>).</remarks>
    protected override void Register(AnalysisContext context) => RegisterMetricTypes(context, Analyze, derived: false);

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol type)
    {
        if (MetricSymbols.IsFunctionMetric(type, context.CancellationToken))
        {
            return;
        }

        var updates = MetricSymbols.Updates(type).ToList();
        var shapes = new List<(IMethodSymbol Method, int Shape)>();
        foreach (var method in updates)
        {
            if (!method.IsStatic)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UpdateNotStatic, MetricSymbols.MemberLocation(method), MetricSymbols.Display(method)));
                continue;
            }

            var shape = Check(context, type, method);
            if (shape >= 0)
            {
                shapes.Add((method, shape));
            }
        }

        if (updates.Count == 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.NoUpdate, MetricSymbols.TypeLocation(type, context.CancellationToken), MetricSymbols.Display(type)));
        }

        foreach (var group in shapes.GroupBy(s => s.Shape))
        {
            var first = group.First().Method;
            foreach (var (method, shape) in group.Skip(1))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.AmbiguousUpdate,
                    MetricSymbols.MemberLocation(method),
                    MetricSymbols.Display(method),
                    ShapeNames[shape],
                    MetricSymbols.Display(first)));
            }
        }
    }

    /// <summary>Reports what the parser would reject in one static update; returns its shape, or -1 if it is rejected.</summary>
    private static int Check(SymbolAnalysisContext context, INamedTypeSymbol type, IMethodSymbol method)
    {
        var name = MetricSymbols.Display(method);
        var location = MetricSymbols.MemberLocation(method);
        var problems = new List<string>();
        if (!SymbolEqualityComparer.Default.Equals(method.ReturnType, type) )
        {
            problems.Add($"it must return '{type.Name}' (one element's contribution), not '{method.ReturnType.ToDisplayString(MetricSymbols.MemberFormat)}'");
        }

        if (method.TypeParameters.Length > 1)
        {
            problems.Add("it has more than one type parameter");
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind is not (RefKind.None or RefKind.In))
            {
                problems.Add($"argument '{parameter.Name}' is passed by '{parameter.RefKind.ToString().ToLowerInvariant()}', not by value or 'in'");
            }
        }

        var inputs = new List<IParameterSymbol>();
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.ToDisplayString() == KnownNames.SumArrayWriter)
            {
                if (!MetricSymbols.IsSummedArrayField(type, parameter.Name))
                {
                    problems.Add($"argument '{parameter.Name}' is a SumArrayWriter, so it must be named like a [Sum] SumArray state field of '{type.Name}'");
                }

                continue;
            }

            var property = MetricSymbols.ParameterFor(type, parameter);
            if (property is null)
            {
                inputs.Add(parameter);
                continue;
            }

            var conversion = context.Compilation.ClassifyCommonConversion(property.Type, parameter.Type);
            if (!conversion.IsIdentity && !conversion.IsImplicit)
            {
                problems.Add($"argument '{parameter.Name}' receives parameter '{property.Name}' of type '{property.Type.ToDisplayString(MetricSymbols.MemberFormat)}', which does not convert to '{parameter.Type.ToDisplayString(MetricSymbols.MemberFormat)}'");
            }
        }

        foreach (var problem in problems)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UpdateSignature, location, name, problem));
        }

        var typeParameter = method.TypeParameters.Length == 1 ? method.TypeParameters[0] : null;
        var kinds = new List<MetricSymbols.ElementKind>();
        var liftable = true;
        foreach (var input in inputs)
        {
            var kind = MetricSymbols.Classify(input.Type, typeParameter);
            if (kind is null)
            {
                liftable = false;
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UnliftableElement,
                    MetricSymbols.MemberLocation(input),
                    name,
                    $"argument '{input.Name}' has type '{input.Type.ToDisplayString(MetricSymbols.MemberFormat)}', but element types are float, double, int, long, bool, the update's type parameter, or a ReadOnlySpan of one of them"));
            }
            else
            {
                kinds.Add(kind.Value);
            }
        }

        if (!liftable)
        {
            return -1;
        }

        int shape;
        int labelIndex;
        if (kinds.Count == 1 && !kinds[0].IsSpan)
        {
            (shape, labelIndex) = (0, -1);
        }
        else if (kinds.Count == 2 && !kinds[0].IsSpan && !kinds[1].IsSpan)
        {
            (shape, labelIndex) = (1, 0);
        }
        else if (kinds.Count == 2 && kinds[0].IsSpan && kinds[1].IsSpan)
        {
            (shape, labelIndex) = (3, 0);
        }
        else if (kinds.Count == 2)
        {
            (shape, labelIndex) = (2, kinds[0].IsSpan ? 1 : 0);
        }
        else
        {
            var reason = kinds.Count switch
            {
                0 => "it takes no element argument (every argument is named like a parameter)",
                1 => "a row alone is not an element (take a label with it, or a label row)",
                _ => $"it takes {kinds.Count} element arguments, but an element is one value, a pair, a label and a row, or two rows",
            };
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnliftableElement, location, name, reason));
            return -1;
        }

        if (typeParameter is not null && !MetricSymbols.AcceptsFloatOrDouble(typeParameter, context.Compilation))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnliftableElement,
                MetricSymbols.MemberLocation(typeParameter),
                name,
                $"type parameter '{typeParameter.Name}' cannot be float or double under its constraints"));
            return -1;
        }

        var classIndexValid = true;
        if (labelIndex >= 0)
        {
            classIndexValid &= CheckClassIndex(context, type, inputs[labelIndex], shape);
        }

        if (shape == 1)
        {
            classIndexValid &= CheckClassIndex(context, type, inputs[1], shape);
        }

        classIndexValid &= CheckRowConstraints(context, type, inputs, shape, labelIndex);
        return problems.Count == 0 && classIndexValid ? shape : -1;
    }

    private static bool CheckRowConstraints(
        SymbolAnalysisContext context, INamedTypeSymbol type, List<IParameterSymbol> inputs, int shape, int labelIndex)
    {
        var valid = true;
        for (var i = 0; i < inputs.Count; i++)
        {
            var argument = inputs[i];
            if (MetricSymbols.FindAttribute(argument, KnownNames.OneHotAttribute) is { } oneHot && (shape != 3 || i != labelIndex))
            {
                ReportRow(context, oneHot, argument, "[OneHot]", "it may only mark the label row of a (label row, prediction row) update");
                valid = false;
            }

            var probabilityAllowed = i == labelIndex ? shape == 3 : labelIndex >= 0;
            if (MetricSymbols.FindAttribute(argument, KnownNames.ProbabilityAttribute) is { } probability && !probabilityAllowed)
            {
                ReportRow(context, probability, argument, "[Probability]", "it marks the label row of a (label row, prediction row) update or the prediction of a labelled update");
                valid = false;
            }

            if (MetricSymbols.FindAttribute(argument, KnownNames.RowLengthAttribute) is not { } rowLength)
            {
                continue;
            }

            if (shape is not (2 or 3) || i == labelIndex)
            {
                ReportRow(context, rowLength, argument, "[RowLength]", "it may only constrain the prediction row of a row update");
                valid = false;
                continue;
            }

            foreach (var named in rowLength.NamedArguments)
            {
                var nullable = named.Key == "Above";
                if (named.Value.Value is not string name
                    || !MetricSymbols.Parameters(type).Any(p => p.Name == name && (nullable
                        ? p.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n && n.TypeArguments[0].SpecialType == SpecialType.System_Int32
                        : p.Type.SpecialType == SpecialType.System_Int32)))
                {
                    var kind = nullable ? "int?" : "int";
                    ReportRow(context, rowLength, argument, "[RowLength]", $"{named.Key} = '{named.Value.Value}' is not an {kind} [Parameter] of '{type.Name}'");
                    valid = false;
                }
            }
        }

        return valid;
    }

    private static void ReportRow(SymbolAnalysisContext context, AttributeData attribute, IParameterSymbol argument, string what, string reason) =>
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.InvalidRowConstraint,
            attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? MetricSymbols.MemberLocation(argument),
            what,
            MetricSymbols.Display(argument.ContainingSymbol) + " argument " + argument.Name,
            reason));

    private static bool CheckClassIndex(SymbolAnalysisContext context, INamedTypeSymbol type, IParameterSymbol argument, int shape)
    {
        var attribute = MetricSymbols.FindAttribute(argument, KnownNames.ClassIndexAttribute);
        if (attribute is null)
        {
            return true;
        }

        var isIntRow = argument.Type is INamedTypeSymbol { IsGenericType: true } row
            && row.ConstructedFrom.ToDisplayString() == "System.ReadOnlySpan<T>"
            && row.TypeArguments[0].SpecialType == SpecialType.System_Int32;
        if (argument.Type.SpecialType != SpecialType.System_Int32 && !isIntRow)
        {
            Report(context, argument, $"class indices are int (or a ReadOnlySpan<int> label row), not '{argument.Type.ToDisplayString(MetricSymbols.MemberFormat)}'");
            return false;
        }

        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Ignore" && !(named.Value.Value is string ignore && MetricSymbols.Parameters(type).Any(p =>
                    p.Name == ignore && p.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                    && nullable.TypeArguments[0].SpecialType == SpecialType.System_Int32)))
            {
                Report(context, argument, $"Ignore = '{named.Value.Value}' is not an int? [Parameter] of '{type.Name}'");
                return false;
            }
        }

        if (attribute.ConstructorArguments.Length == 0)
        {
            if (shape != 2)
            {
                Report(context, argument, "[ClassIndex] without a count checks against the row length, so it needs a row update (a label and a ReadOnlySpan row)");
                return false;
            }

            return true;
        }

        switch (attribute.ConstructorArguments[0].Value)
        {
            case int classes when classes > 0:
                return true;
            case int classes:
                Report(context, argument, $"the number of classes must be positive, not {classes}");
                return false;
            case string parameter when MetricSymbols.Parameters(type).Any(p => p.Name == parameter && p.Type.SpecialType == SpecialType.System_Int32):
                return true;
            case string parameter:
                Report(context, argument, $"'{parameter}' is not an int [Parameter] of '{type.Name}'");
                return false;
            default:
                Report(context, argument, "the number of classes is missing");
                return false;
        }
    }

    private static void Report(SymbolAnalysisContext context, IParameterSymbol argument, string reason) =>
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.InvalidClassIndex,
            MetricSymbols.FindAttribute(argument, KnownNames.ClassIndexAttribute)?.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation()
                ?? MetricSymbols.MemberLocation(argument),
            MetricSymbols.Display(argument.ContainingSymbol) + " argument " + argument.Name,
            reason));
}
