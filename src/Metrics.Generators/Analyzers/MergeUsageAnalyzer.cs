using System.Globalization;
using Microsoft.CodeAnalysis.Operations;

namespace Metrics.Generators.Analyzers;

/// <summary>
/// <c>a.Merge(b)</c> where the compiler can see that it throws: <c>b</c> is another metric type behind a cast
/// (MET026), or the two metrics' parameters are constants that differ (MET025). Parameters are traced through
/// constructor arguments, object initializers, <c>with</c>, the property defaults, chained
/// <c>Update</c>/<c>Reset</c>/<c>Empty</c>/<c>Copy</c>/<c>Merge</c> calls, and locals whose every assignment in the
/// method agrees; anything else is unknown and never reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MergeUsageAnalyzer : MetricAnalyzer
{
    private const int MaxDepth = 12;

    private static readonly ImmutableHashSet<string> ParameterPreserving =
        ImmutableHashSet.Create("Update", "Reset", "Empty", "Copy", "Merge");

    /// <summary>The value of a local that is assigned from itself (<c>m = m.Update(...)</c>): no new information.</summary>
    private static readonly Dictionary<string, object?> Self = new();

    /// <summary>Creates the analyzer.</summary>
    public MergeUsageAnalyzer()
        : base(
            DiagnosticDescriptors.MergeDifferentParameters,
            DiagnosticDescriptors.MergeDifferentTypes)
    {
    }

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterOperationAction(Analyze, OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name != "Merge" || method.IsStatic || method.Parameters.Length != 1 || invocation.Arguments.Length != 1
            || !MetricSymbols.IsMetric(method.ContainingType))
        {
            return;
        }

        var type = method.ContainingType;
        var argument = invocation.Arguments[0].Value;
        var text = Shorten(invocation.Syntax.ToString());
        for (var operation = argument; operation is IConversionOperation conversion; operation = conversion.Operand)
        {
            if (conversion.Operand.Type is INamedTypeSymbol other && MetricSymbols.IsMetric(other)
                && !SymbolEqualityComparer.Default.Equals(other, type))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.MergeDifferentTypes, invocation.Syntax.GetLocation(), text, other.Name, type.Name));
                return;
            }
        }

        var parameters = MetricSymbols.Parameters(type).Where(MetricSymbols.IsValidParameter).ToList();
        if (parameters.Count == 0)
        {
            return;
        }

        var ct = context.CancellationToken;
        var left = Resolve(invocation.Instance, type, parameters, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default), 0, ct);
        var right = Resolve(argument, type, parameters, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default), 0, ct);
        if (left is null || right is null || left == Self || right == Self)
        {
            return;
        }

        var differences = new List<string>();
        foreach (var parameter in parameters)
        {
            if (left.TryGetValue(parameter.Name, out var a) && right.TryGetValue(parameter.Name, out var b) && !Equals(a, b))
            {
                differences.Add($"{parameter.Name}: {Format(a, parameter.Type)} vs {Format(b, parameter.Type)}");
            }
        }

        if (differences.Count > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MergeDifferentParameters, invocation.Syntax.GetLocation(), text, type.Name, string.Join(", ", differences)));
        }
    }

    /// <summary>The known parameter values of a metric-valued expression (a missing key is unknown), or null.</summary>
    private static Dictionary<string, object?>? Resolve(
        IOperation? operation, INamedTypeSymbol type, List<IPropertySymbol> parameters, HashSet<ILocalSymbol> resolving, int depth, CancellationToken ct)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        switch (operation)
        {
            case IConversionOperation { Conversion.IsIdentity: true } conversion:
                return Resolve(conversion.Operand, type, parameters, resolving, depth + 1, ct);
            case IParenthesizedOperation parenthesized:
                return Resolve(parenthesized.Operand, type, parameters, resolving, depth + 1, ct);
            case IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Type, type):
                return FromCreation(creation, type, parameters, ct);
            case IInvocationOperation invocation
                when !invocation.TargetMethod.IsStatic && ParameterPreserving.Contains(invocation.TargetMethod.Name)
                && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, type)
                && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ReturnType, type):
                return Resolve(invocation.Instance, type, parameters, resolving, depth + 1, ct);
            case IWithOperation with when SymbolEqualityComparer.Default.Equals(with.Type, type):
                var operand = Resolve(with.Operand, type, parameters, resolving, depth + 1, ct);
                if (operand is null || operand == Self)
                {
                    return null;
                }

                var values = new Dictionary<string, object?>(operand);
                Apply(with.Initializer, parameters, values);
                return values;
            case ILocalReferenceOperation local:
                return FromLocal(local, type, parameters, resolving, depth, ct);
            default:
                return null;
        }
    }

    private static Dictionary<string, object?>? FromLocal(
        ILocalReferenceOperation reference, INamedTypeSymbol type, List<IPropertySymbol> parameters, HashSet<ILocalSymbol> resolving, int depth, CancellationToken ct)
    {
        var local = reference.Local;
        if (resolving.Contains(local))
        {
            return Self;
        }

        if (local.IsRef)
        {
            return null;
        }

        var root = (IOperation)reference;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var assigned = new List<IOperation>();
        foreach (var node in Descendants(root))
        {
            switch (node)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.Initializer?.Value is { } initial)
                    {
                        assigned.Add(initial);
                    }

                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment
                    when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    assigned.Add(assignment.Value);
                    break;
                case ILocalReferenceOperation use when SymbolEqualityComparer.Default.Equals(use.Local, local)
                    && use.Parent is IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }
                        or IDeconstructionAssignmentOperation or ITupleOperation or IAddressOfOperation or IDeclarationExpressionOperation:
                    return null;
            }
        }

        if (assigned.Count == 0)
        {
            return null;
        }

        resolving.Add(local);
        try
        {
            Dictionary<string, object?>? merged = null;
            foreach (var value in assigned)
            {
                var values = Resolve(value, type, parameters, resolving, depth + 1, ct);
                if (values is null)
                {
                    return null;
                }

                if (values == Self)
                {
                    continue;
                }

                if (merged is null)
                {
                    merged = new Dictionary<string, object?>(values);
                    continue;
                }

                foreach (var key in merged.Keys.ToList())
                {
                    if (!values.TryGetValue(key, out var other) || !Equals(other, merged[key]))
                    {
                        merged.Remove(key);
                    }
                }
            }

            return merged;
        }
        finally
        {
            resolving.Remove(local);
        }
    }

    private static IEnumerable<IOperation> Descendants(IOperation root)
    {
        var stack = new Stack<IOperation>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in node.ChildOperations)
            {
                stack.Push(child);
            }
        }
    }

    private static Dictionary<string, object?>? FromCreation(
        IObjectCreationOperation creation, INamedTypeSymbol type, List<IPropertySymbol> parameters, CancellationToken ct)
    {
        var constructor = creation.Constructor;
        if (constructor is null)
        {
            return null;
        }

        var values = new Dictionary<string, object?>();
        if (constructor.Parameters.Length == 0)
        {
            // The generated constructor keeps the property defaults; a hand-written one may set anything.
            if (!constructor.IsImplicitlyDeclared && constructor.DeclaringSyntaxReferences.Any(r => !MetricSymbols.IsGenerated(r.SyntaxTree, ct)))
            {
                return null;
            }

            foreach (var parameter in parameters)
            {
                if (TryDefault(parameter, ct, out var value))
                {
                    values[parameter.Name] = value;
                }
            }
        }
        else
        {
            foreach (var argument in creation.Arguments)
            {
                var parameter = argument.Parameter is null
                    ? null
                    : parameters.FirstOrDefault(p => string.Equals(p.Name, argument.Parameter.Name, StringComparison.OrdinalIgnoreCase));
                if (parameter is null)
                {
                    return null;
                }

                if (argument.Value.ConstantValue.HasValue)
                {
                    values[parameter.Name] = Normalize(argument.Value.ConstantValue.Value);
                }
            }

            if (parameters.Count != constructor.Parameters.Length)
            {
                return null;
            }
        }

        Apply(creation.Initializer, parameters, values);
        return values;
    }

    private static void Apply(IObjectOrCollectionInitializerOperation? initializer, List<IPropertySymbol> parameters, Dictionary<string, object?> values)
    {
        if (initializer is null)
        {
            return;
        }

        foreach (var member in initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                && parameters.Any(p => SymbolEqualityComparer.Default.Equals(p, property.Property)))
            {
                if (assignment.Value.ConstantValue.HasValue)
                {
                    values[property.Property.Name] = Normalize(assignment.Value.ConstantValue.Value);
                }
                else
                {
                    values.Remove(property.Property.Name);
                }
            }
        }
    }

    /// <summary>A parameter's default: the constant of its initializer, read from syntax, or the type's default.</summary>
    private static bool TryDefault(IPropertySymbol parameter, CancellationToken ct, out object? value)
    {
        value = null;
        foreach (var reference in parameter.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(ct) is not PropertyDeclarationSyntax declaration)
            {
                continue;
            }

            if (declaration.Initializer is null)
            {
                return TypeDefault(parameter.Type, out value);
            }

            return TryConstant(declaration.Initializer.Value, parameter.Type, out value);
        }

        return false;
    }

    private static bool TryConstant(ExpressionSyntax expression, ITypeSymbol type, out object? value)
    {
        value = null;
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return TryConstant(parenthesized.Expression, type, out value);
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.DefaultLiteralExpression):
                return TypeDefault(type, out value);
            case LiteralExpressionSyntax literal:
                value = Normalize(literal.Token.Value);
                return true;
            case PrefixUnaryExpressionSyntax { OperatorToken.RawKind: (int)SyntaxKind.MinusToken, Operand: LiteralExpressionSyntax operand }
                when operand.IsKind(SyntaxKind.NumericLiteralExpression):
                value = -Convert.ToDouble(operand.Token.Value, CultureInfo.InvariantCulture);
                return true;
            case MemberAccessExpressionSyntax access:
                var field = type.GetMembers(access.Name.Identifier.ValueText).OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue);
                if (field is null)
                {
                    return false;
                }

                value = Normalize(field.ConstantValue);
                return true;
            default:
                return false;
        }
    }

    private static bool TypeDefault(ITypeSymbol type, out object? value)
    {
        value = type.SpecialType == SpecialType.System_Boolean ? false
            : type.IsReferenceType ? null
            : (object)0.0;
        return type.IsReferenceType || type.TypeKind == TypeKind.Enum || type.SpecialType is SpecialType.System_Boolean
            or SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Int32 or SpecialType.System_Int64
            or SpecialType.System_Int16 or SpecialType.System_Byte or SpecialType.System_UInt32 or SpecialType.System_UInt64;
    }

    private static object? Normalize(object? value) => value switch
    {
        null or bool or string => value,
        char c => c,
        IConvertible convertible => convertible.ToDouble(CultureInfo.InvariantCulture),
        _ => value,
    };

    private static string Format(object? value, ITypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Enum && value is double number)
        {
            var name = type.GetMembers().OfType<IFieldSymbol>()
                .FirstOrDefault(f => f.HasConstantValue && Equals(Normalize(f.ConstantValue), number))?.Name;
            if (name is not null)
            {
                return type.Name + "." + name;
            }
        }

        return value switch
        {
            null => "null",
            bool b => b ? "true" : "false",
            string s => "\"" + s + "\"",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        };
    }

    private static readonly char[] LineBreaks = { '\r', '\n' };

    private static string Shorten(string text)
    {
        var flat = string.Join(" ", text.Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        return flat.Length <= 80 ? flat : flat.Substring(0, 77) + "...";
    }
}
