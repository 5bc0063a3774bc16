using Metrics.Generators.Analyzers;

namespace Metrics.Generators.Parsing;

/// <summary>
/// Turns a function metric (one <c>[MeanOf]</c> function, no state of its own) into the model of the mean metric it
/// stands for: two [Sum] double fields, the sum of the function's values and the number of elements, and one update
/// function, the <c>[MeanOf]</c> function itself, so that the emitter lifts it as it lifts a hand-declared mean metric.
/// Null for anything else (MET038 to MET040 explain it).
/// </summary>
internal static class FunctionMetricParser
{
    public static MetricModel? Parse(
        INamedTypeSymbol type,
        List<ContainingType> containing,
        List<MetricParameter> parameters,
        Compilation compilation,
        List<(IMethodSymbol Method, string Reason, SyntaxNode? Obstacle)>? scalarUpdates,
        CancellationToken cancellationToken)
    {
        var functions = MetricSymbols.MeanOfFunctions(type, cancellationToken).ToList();
        if (functions.Count != 1 || SignatureProblem(functions[0]) is not null)
        {
            return null;
        }

        var function = functions[0];
        var names = MetricSymbols.MeanOfFieldNames(function);
        if (FieldNameProblem(type, names) is not null
            || MetricSymbols.FunctionMetricConflicts(type, names, cancellationToken).Any()
            || MetricParser.ClashesWithGeneratedConstructor(type, parameters, cancellationToken))
        {
            return null;
        }

        var mean = new MeanFunction(
            Naming.Escape(function.Name),
            names.Sum,
            names.Count,
            function.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", function.TypeParameters.Select(t => Naming.Escape(t.Name))) + ">",
            string.Join(", ", function.Parameters.Select(p => (p.RefKind == RefKind.In ? "in " : string.Empty) + p.Type.ToDisplayString(MetricParser.TypeFormat) + " " + Naming.Escape(p.Name))),
            string.Join(" ", function.TypeParameters.Select(Constraints).Where(c => c.Length > 0)),
            string.Join(", ", function.Parameters.Select(p => Naming.Escape(p.Name))));
        var fields = new List<StateField>
        {
            new(names.Sum, MergeKind.Sum, StateFieldType.Double, EquatableArray<string>.Empty, EquatableArray<string>.Empty),
            new(names.Count, MergeKind.Sum, StateFieldType.Double, EquatableArray<string>.Empty, EquatableArray<string>.Empty),
        };
        var update = MetricParser.ParseUpdate(function, type, parameters, fields, compilation, cancellationToken, out var obstacle, mean);
        if (update is null)
        {
            return null;
        }

        if (update.ScalarReason is not null)
        {
            scalarUpdates?.Add((function, update.ScalarReason, obstacle));
        }

        return MetricParser.ModelOf(type, containing, fields, parameters, hasUserMerge: false, "double", [update], [], cancellationToken, mean: mean);
    }

    /// <summary>What keeps a <c>[MeanOf]</c> method from being a function metric's function (MET039), or null.</summary>
    internal static string? SignatureProblem(IMethodSymbol function) =>
        !function.IsStatic ? "it is not static"
        : function.ReturnType.SpecialType != SpecialType.System_Double || function.ReturnsByRef || function.ReturnsByRefReadonly ? "it does not return a double"
        : function.TypeParameters.Length > 1 ? "it has more than one type parameter"
        : MetricSymbols.DslFunctionNames.Contains(function.Name) ? $"it is named '{function.Name}', as a function the generator declares"
        : function.Parameters.Any(p => p.RefKind is not (RefKind.None or RefKind.In)) ? "a parameter is ref or out"
        : null;

    /// <summary>What keeps the <c>Sum</c>/<c>Count</c> names of a <c>[MeanOf]</c> function from naming the generated fields (MET039), or null.</summary>
    internal static string? FieldNameProblem(INamedTypeSymbol type, (string Sum, string Count) names) =>
        !SyntaxFacts.IsValidIdentifier(names.Sum) ? $"its Sum name '{names.Sum}' is not an identifier"
        : !SyntaxFacts.IsValidIdentifier(names.Count) ? $"its Count name '{names.Count}' is not an identifier"
        : names.Sum == names.Count ? $"its Sum and Count fields are both named '{names.Sum}'"
        : names.Sum == type.Name || names.Count == type.Name ? $"a generated field would be named '{type.Name}', as its type"
        : KnownNames.GeneratedMembers.Contains(names.Sum) ? $"its Sum name '{names.Sum}' is a member the generator declares"
        : KnownNames.GeneratedMembers.Contains(names.Count) ? $"its Count name '{names.Count}' is a member the generator declares"
        : null;

    private static string Constraints(ITypeParameterSymbol parameter)
    {
        var constraints = new List<string>();
        if (parameter.HasUnmanagedTypeConstraint)
        {
            constraints.Add("unmanaged");
        }
        else if (parameter.HasValueTypeConstraint)
        {
            constraints.Add("struct");
        }
        else if (parameter.HasReferenceTypeConstraint)
        {
            constraints.Add("class");
        }
        else if (parameter.HasNotNullConstraint)
        {
            constraints.Add("notnull");
        }

        constraints.AddRange(parameter.ConstraintTypes.Select(t => t.ToDisplayString(MetricParser.TypeFormat)));
        if (parameter.HasConstructorConstraint && !parameter.HasValueTypeConstraint && !parameter.HasUnmanagedTypeConstraint)
        {
            constraints.Add("new()");
        }

        return constraints.Count == 0 ? string.Empty : $"where {Naming.Escape(parameter.Name)} : {string.Join(", ", constraints)}";
    }
}
