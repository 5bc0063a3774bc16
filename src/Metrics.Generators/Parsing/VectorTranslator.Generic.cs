using Metrics.Generators.Emitting;

namespace Metrics.Generators.Parsing;

/// <summary>
/// Generic update functions (<c>Update&lt;T&gt;</c>, <c>T</c> bound to float or double by each generated overload) and
/// branches on parameters. Lanes hold doubles: a <c>T</c> input widens exactly, and arithmetic on <c>T</c> is rounded to
/// the element type after each operation (<c>{E}(...)</c>), which reproduces float arithmetic bit for bit (a double
/// result of +, −, ×, ÷ on floats rounds to the float result). Translated: <c>T.Zero</c>, <c>T.One</c>,
/// <c>T.CreateChecked/CreateTruncating/CreateSaturating</c> of a double, an int or a <c>T</c>,
/// <c>double.Create*</c> of a <c>T</c>, <c>T.Abs/Min/Max/Clamp</c>, and helpers generic over the same <c>T</c>.
/// </summary>
internal sealed partial class VectorTranslator
{
    private static readonly string[] Conversions = { "CreateChecked", "CreateTruncating", "CreateSaturating" };

    // The type parameters that stand for the element type: the update's, and those of the generic helpers it inlines.
    private readonly HashSet<ITypeSymbol> _elements = new(SymbolEqualityComparer.Default);

    // Whether a template rounds to the element type ({E}).
    private bool _rounds;

    // How many branches on parameters became scalar if/else blocks (their result locals are numbered).
    private int _branches;

    /// <summary>Why a generic function keeps the scalar path, or null when its shape may translate.</summary>
    private static string? GenericReason(IMethodSymbol method, bool hasMerge, bool isHistogram)
    {
        if (!method.IsGenericMethod)
        {
            return null;
        }

        if (method.TypeParameters.Length != 1)
        {
            return "the update function has more than one type parameter";
        }

        if (hasMerge)
        {
            return "the update function is generic and its state is merged by the user's Merge, which lanes hold as doubles";
        }

        return isHistogram ? "the update function is generic and picks a histogram cell" : null;
    }

    private bool IsElement(ITypeSymbol? type) => type is ITypeParameterSymbol && _elements.Contains(type);

    /// <summary>A helper generic over one type parameter, called with the element type.</summary>
    private bool IsElementInstance(IMethodSymbol method) =>
        method.TypeArguments.Length == 1 && IsElement(method.TypeArguments[0]);

    private string RoundToElement(string code)
    {
        _rounds = true;
        return "{E}(" + code + ")";
    }

    /// <summary>A static member of the element type (<c>T.Clamp(...)</c>) or a conversion to or from it.</summary>
    private bool IsElementCall(InvocationExpressionSyntax invocation, IMethodSymbol method)
    {
        if (!method.IsStatic || invocation.Expression is not MemberAccessExpressionSyntax access)
        {
            return false;
        }

        var receiver = _model.GetTypeInfo(access.Expression, _cancellationToken).Type;
        return IsElement(receiver)
            || (receiver?.SpecialType == SpecialType.System_Double && Conversions.Contains(method.Name) && method.IsGenericMethod
                && IsElement(method.TypeArguments[0]));
    }

    private (string? Code, bool IsMask, string? Reason) ElementCall(InvocationExpressionSyntax invocation, IMethodSymbol method)
    {
        var arguments = new List<string>();
        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            var (code, isMask, reason) = Expression(argument.Expression);
            if (code is null || isMask)
            {
                return (null, false, reason ?? Describe(argument.Expression));
            }

            arguments.Add(code);
        }

        var all = string.Join(", ", arguments);
        if (Conversions.Contains(method.Name) && arguments.Count == 1)
        {
            var from = _model.GetTypeInfo(invocation.ArgumentList.Arguments[0].Expression, _cancellationToken).Type;
            var to = _model.GetTypeInfo(invocation, _cancellationToken).Type;
            var exact = IsElement(from) || to?.SpecialType == SpecialType.System_Double;
            var converts = from?.SpecialType is SpecialType.System_Double or SpecialType.System_Int32 || IsElement(from);
            if (converts && (IsElement(to) || to?.SpecialType == SpecialType.System_Double))
            {
                // A T widens to double exactly; a double or an int becomes a T by rounding to it.
                return (exact ? all : RoundToElement(all), false, null);
            }

            return Reject(invocation);
        }

        return (method.Name, arguments.Count) switch
        {
            ("Abs", 1) => ($"{{V}}.Abs({all})", false, null),
            ("Min", 2) => ($"{{V}}.Min({all})", false, null),
            ("Max", 2) => ($"{{V}}.Max({all})", false, null),
            ("Clamp", 3) => ($"{ShapeSyntax.Kernels}.LaneMath.Clamp({all})", false, null),
            _ => Reject(invocation),
        };
    }

    /// <summary><c>T.Zero</c> and <c>T.One</c>; null for any other member.</summary>
    private (string? Code, bool IsMask, string? Reason)? ElementConstant(MemberAccessExpressionSyntax member)
    {
        if (!IsElement(_model.GetTypeInfo(member.Expression, _cancellationToken).Type))
        {
            return null;
        }

        return member.Name.Identifier.ValueText switch
        {
            "Zero" => ("{T}.Zero", false, null),
            "One" => ("{V}.Create(" + Literals.Double(1) + ")", false, null),
            _ => null,
        };
    }

    /// <summary>
    /// A branch on parameters only (<c>fromLogits ? a : b</c>): one arm per batch, not both per element. Arms without
    /// statements become a scalar conditional of their vectors; arms that inlined helpers (statements of their own)
    /// become an if/else block assigning a local. Null code when an arm has no lane-wise form.
    /// </summary>
    private (string? Code, bool IsMask, string? Reason) UniformBranch(ConditionalExpressionSyntax conditional, string uniform)
    {
        var start = _statements.Count;
        var (inlined, approximations, branches) = (_inlined, _approximations, _branches);
        var (whenTrue, trueIsMask, trueReason) = Expression(conditional.WhenTrue);
        var trueStatements = _statements.Skip(start).ToList();
        _statements.RemoveRange(start, _statements.Count - start);
        var (whenFalse, falseIsMask, falseReason) = Expression(conditional.WhenFalse);
        var falseStatements = _statements.Skip(start).ToList();
        _statements.RemoveRange(start, _statements.Count - start);
        if (whenTrue is null || whenFalse is null || trueIsMask != falseIsMask)
        {
            // The caller translates the conditional again another way: leave no trace of this attempt.
            (_inlined, _approximations, _branches) = (inlined, approximations, branches);
            return (null, false, trueReason ?? falseReason);
        }

        if (trueStatements.Count == 0 && falseStatements.Count == 0)
        {
            return ($"({uniform} ? {whenTrue} : {whenFalse})", trueIsMask, null);
        }

        var name = $"__branch{_branches++}";
        var block = new System.Text.StringBuilder();
        block.Append("{T} ").Append(name).Append(";\nif (").Append(uniform).Append(")\n{\n");
        foreach (var statement in trueStatements)
        {
            block.Append("    ").Append(statement).Append('\n');
        }

        block.Append("    ").Append(name).Append(" = ").Append(whenTrue).Append(";\n}\nelse\n{\n");
        foreach (var statement in falseStatements)
        {
            block.Append("    ").Append(statement).Append('\n');
        }

        block.Append("    ").Append(name).Append(" = ").Append(whenFalse).Append(";\n}");
        _statements.Add(block.ToString());
        return (name, trueIsMask, null);
    }
}
