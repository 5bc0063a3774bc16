using Microsoft.CodeAnalysis.Operations;

namespace Metrics.Generators.Analyzers;

/// <summary>
/// A <c>with</c> expression that sets a parameter a <c>[SizedBy]</c> state array depends on (MET033): the copy keeps the
/// array sized for the old value. The generated Update, Merge and <c>IMetric.Compute</c> then throw, but the metric's
/// own <c>Compute()</c> (user code) would read the wrong cells. A fresh metric (<c>new T(...) with</c>,
/// <c>Empty() with</c>, <c>Reset() with</c>) has no array yet and is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SizingParameterWithAnalyzer : MetricAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public SizingParameterWithAnalyzer()
        : base(DiagnosticDescriptors.SizingParameterWith)
    {
    }

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterOperationAction(Analyze, OperationKind.With);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var with = (IWithOperation)context.Operation;
        if (with.Type is not INamedTypeSymbol type || !MetricSymbols.IsMetric(type) || IsFresh(with.Operand))
        {
            return;
        }

        foreach (var assignment in with.Initializer.Initializers.OfType<ISimpleAssignmentOperation>())
        {
            if (assignment.Target is not IPropertyReferenceOperation { Property: var property }
                || !MetricSymbols.HasAttribute(property, KnownNames.ParameterAttribute))
            {
                continue;
            }

            var arrays = SizedArrays(type, property, context.CancellationToken);
            if (arrays.Count > 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.SizingParameterWith, assignment.Syntax.GetLocation(), MetricSymbols.Display(property), string.Join(", ", arrays)));
            }
        }
    }

    private static bool IsFresh(IOperation operand)
    {
        while (operand is IConversionOperation conversion)
        {
            operand = conversion.Operand;
        }

        return operand is IObjectCreationOperation or IDefaultValueOperation
            || operand is IInvocationOperation { TargetMethod.Name: "Empty" or "Reset", Arguments.Length: 0 };
    }

    /// <summary>
    /// The state arrays whose <c>[SizedBy]</c> names <paramref name="property"/>, or a size property that reads it. A size
    /// property without source (a metric from a referenced assembly, whose private members are not imported) is
    /// assumed to read every parameter that can describe a size: integers, lists and structs, not bools, enums or
    /// floating-point values.
    /// </summary>
    private static List<string> SizedArrays(INamedTypeSymbol type, IPropertySymbol property, System.Threading.CancellationToken cancellationToken)
    {
        var parameter = property.Name;
        var result = new List<string>();
        foreach (var field in MetricSymbols.StateFields(type, cancellationToken))
        {
            var names = MetricSymbols.FindAttribute(field, KnownNames.SizedByAttribute)?.ConstructorArguments
                .SelectMany(a => a.Kind == TypedConstantKind.Array ? a.Values : ImmutableArray.Create(a))
                .Select(v => v.Value as string)
                .Where(n => n is not null)
                .ToList();
            if (names is not null && names.Any(n => n == parameter
                    || (IsTraceable(type, n!) ? Reads(type, n!, parameter, new HashSet<string>(), cancellationToken) : MaySize(property, type, n!))))
            {
                result.Add(field.Name);
            }
        }

        return result;
    }

    private static bool IsTraceable(INamedTypeSymbol type, string name) =>
        type.GetMembers(name).OfType<IPropertySymbol>().Any(p => p.DeclaringSyntaxReferences.Length > 0);

    private static bool MaySize(IPropertySymbol property, INamedTypeSymbol type, string name)
    {
        if (type.GetMembers(name).OfType<IPropertySymbol>().Any(p => MetricSymbols.HasAttribute(p, KnownNames.ParameterAttribute)))
        {
            return false;
        }

        var parameterType = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : property.Type;
        return parameterType.TypeKind != TypeKind.Enum
            && parameterType.SpecialType is not (SpecialType.System_Boolean or SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal);
    }

    /// <summary>Whether the non-parameter property <paramref name="name"/> reads <paramref name="parameter"/>, directly or through other properties.</summary>
    private static bool Reads(INamedTypeSymbol type, string name, string parameter, HashSet<string> visited, System.Threading.CancellationToken cancellationToken)
    {
        if (!visited.Add(name))
        {
            return false;
        }

        foreach (var property in type.GetMembers(name).OfType<IPropertySymbol>())
        {
            if (MetricSymbols.HasAttribute(property, KnownNames.ParameterAttribute))
            {
                continue;
            }

            foreach (var reference in property.DeclaringSyntaxReferences)
            {
                foreach (var identifier in reference.GetSyntax(cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    var text = identifier.Identifier.ValueText;
                    if (text == parameter || (text != name && Reads(type, text, parameter, visited, cancellationToken)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
