using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Metrics.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Metrics.Generators.Parsing;

/// <summary>
/// Translates an element update function into lane-wise vector code: arithmetic, comparisons, logical operators,
/// conditional expressions (→ <c>ConditionalSelect</c>), <c>Math.Abs/Sqrt/Min/Max/FusedMultiplyAdd</c>, locals,
/// constants and captured numeric parameters. Lanes are <see cref="double"/>, so inputs must be declared
/// <c>double</c> (or <c>int</c> labels, which widen exactly). Anything else keeps the scalar path, and the reason names
/// the construct that stopped the translation.
/// </summary>
internal sealed partial class VectorTranslator
{
    /// <summary>The number of lane accumulators of the kernel (<c>Metrics.Kernels.Lanes&lt;TVector&gt;.Capacity</c>).</summary>
    private const int MaxFields = 8;

    private SemanticModel _model;
    private readonly Dictionary<ISymbol, (string Code, bool IsMask)> _names = new(SymbolEqualityComparer.Default);
    private readonly CancellationToken _cancellationToken;

    // The node each reason describes, so the analyzer can point at it; never part of the model.
    private readonly Dictionary<string, SyntaxNode> _obstacles = new();

    private VectorTranslator(SemanticModel model, CancellationToken cancellationToken)
    {
        _model = model;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The translated body, or null and the reason.</summary>
    public static (VectorBody? Body, string? Reason) Translate(
        IMethodSymbol method,
        ElementShape shape,
        IReadOnlyList<UpdateArgument> arguments,
        IReadOnlyList<StateField> fields,
        Compilation compilation,
        CancellationToken cancellationToken) =>
        Translate(method, shape, arguments, fields, compilation, cancellationToken, out _);

    /// <summary>The translated body, or null, the reason and the syntax the reason names (null when it names none).</summary>
    public static (VectorBody? Body, string? Reason) Translate(
        IMethodSymbol method,
        ElementShape shape,
        IReadOnlyList<UpdateArgument> arguments,
        IReadOnlyList<StateField> fields,
        Compilation compilation,
        CancellationToken cancellationToken,
        out SyntaxNode? obstacle)
    {
        obstacle = null;
        if (shape is not (ElementShape.Value or ElementShape.Pair))
        {
            return (null, "row updates are reduced per row, not lifted to lanes");
        }

        if (arguments.Any(a => a.Role == ArgumentRole.Cells))
        {
            return (null, "the update writes array cells through a SumArrayWriter");
        }

        if (method.IsGenericMethod)
        {
            return (null, "a generic update function");
        }

        var merge = Analyzers.MetricSymbols.Merges(method.ContainingType, cancellationToken).FirstOrDefault();
        if (merge is null && fields.Any(f => f.Type != StateFieldType.Double || f.Merge == MergeKind.Custom))
        {
            return (null, "the state has a field that is not a double merged by [Sum], [Min] or [Max]");
        }

        if (merge is not null && fields.Any(f => f.Type != StateFieldType.Double))
        {
            return (null, "the state merged by the user's Merge has a field that is not a double");
        }

        if (fields.Count > MaxFields)
        {
            return (null, $"the state has {fields.Count} fields; the kernel's lane accumulators hold {MaxFields}");
        }

        if (method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration)
        {
            return (null, "the update function has no single declaration");
        }

        var translator = new VectorTranslator(compilation.GetSemanticModel(declaration.SyntaxTree), cancellationToken);
        for (var i = 0; i < method.Parameters.Length; i++)
        {
            var parameter = method.Parameters[i];
            var name = arguments[i].Role switch
            {
                ArgumentRole.Label => "__label",
                ArgumentRole.Prediction => "__prediction",
                _ => null,
            };
            if (name is not null)
            {
                if (parameter.Type.SpecialType is not (SpecialType.System_Double or SpecialType.System_Int32))
                {
                    return (null, $"the input '{parameter.Name}' is a {parameter.Type.ToDisplayString()}, not a double or an int");
                }

                translator._names[parameter] = (name, false);
            }
            else if (parameter.Type.SpecialType is SpecialType.System_Double or SpecialType.System_Int32 or SpecialType.System_Single or SpecialType.System_Int64)
            {
                translator._names[parameter] = ($"{{V}}.Create((double)_{arguments[i].ParameterName})", false);
            }
            else if (parameter.Type.SpecialType == SpecialType.System_Boolean)
            {
                translator._names[parameter] = ($"(_{arguments[i].ParameterName} ? {{T}}.AllBitsSet : {{T}}.Zero)", true);
            }
            else
            {
                return (null, $"the parameter '{parameter.Name}' is a {parameter.Type.ToDisplayString()}");
            }
        }

        var result = translator.TranslateBody(declaration, fields);
        if (result.Body is not null && merge is not null)
        {
            result = translator.WithLaneMerge(result.Body, merge, fields, compilation);
        }

        if (result.Reason is not null)
        {
            obstacle = translator._obstacles.TryGetValue(result.Reason, out var node) && node.SyntaxTree == declaration.SyntaxTree ? node : null;
        }

        return result;
    }

    private (VectorBody? Body, string? Reason) TranslateBody(MethodDeclarationSyntax declaration, IReadOnlyList<StateField> fields)
    {
        var statements = new List<string>();
        ExpressionSyntax? result;
        if (declaration.ExpressionBody is { } arrow)
        {
            result = arrow.Expression;
        }
        else if (declaration.Body is { } block)
        {
            result = null;
            foreach (var statement in block.Statements)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                switch (statement)
                {
                    case LocalDeclarationStatementSyntax { Declaration.Variables.Count: 1 } local
                        when result is null && local.Declaration.Variables[0].Initializer is { } initializer:
                        var variable = local.Declaration.Variables[0];
                        if (_model.GetDeclaredSymbol(variable, _cancellationToken) is not ILocalSymbol symbol)
                        {
                            return (null, Note("the statement '" + Shorten(statement.ToString()) + "'", statement));
                        }

                        var (code, isMask, reason) = Expression(initializer.Value);
                        if (code is null)
                        {
                            return (null, reason);
                        }

                        var name = "__" + symbol.Name;
                        statements.Add($"var {name} = {code};");
                        _names[symbol] = (name, isMask);
                        break;
                    case ReturnStatementSyntax { Expression: { } returned } when result is null:
                        result = returned;
                        break;
                    default:
                        return (null, Note("the statement '" + Shorten(statement.ToString()) + "'", statement));
                }
            }

            if (result is null)
            {
                return (null, "the body does not end in 'return new() { ... }'");
            }
        }
        else
        {
            return (null, "the update function has no body");
        }

        var initializerExpressions = result switch
        {
            ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0, Initializer: { } init } => init.Expressions,
            ObjectCreationExpressionSyntax { Initializer: { } init } creation when creation.ArgumentList is null || creation.ArgumentList.Arguments.Count == 0 => init.Expressions,
            _ => default(SeparatedSyntaxList<ExpressionSyntax>?),
        };
        if (initializerExpressions is null)
        {
            return (null, Note("the returned expression '" + Shorten(result.ToString()) + "' is not 'new() { Field = ... }'", result));
        }

        var contributions = new List<FieldContribution>();
        foreach (var expression in initializerExpressions.Value)
        {
            if (expression is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assignment
                || fields.All(f => f.Name != target.Identifier.ValueText))
            {
                return (null, Note("the initializer '" + Shorten(expression.ToString()) + "'", expression));
            }

            var (code, isMask, reason) = Expression(assignment.Right);
            if (code is null || isMask)
            {
                return (null, reason ?? Note("the boolean contribution '" + Shorten(assignment.Right.ToString()) + "'", assignment.Right));
            }

            contributions.Add(new FieldContribution(target.Identifier.ValueText, code));
        }

        return (new VectorBody(statements.ToEquatableArray(), contributions.ToEquatableArray()), null);
    }

    private (string? Code, bool IsMask, string? Reason) Expression(ExpressionSyntax expression)
    {
        var constant = _model.GetConstantValue(expression, _cancellationToken);
        if (constant.HasValue)
        {
            return constant.Value switch
            {
                bool b => (b ? "{T}.AllBitsSet" : "{T}.Zero", true, null),
                double or float or int or long or short or byte or uint or ulong => (
                    "{V}.Create(" + Literals.Double(System.Convert.ToDouble(constant.Value, System.Globalization.CultureInfo.InvariantCulture)) + ")", false, null),
                _ => Reject(expression),
            };
        }

        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Expression(parenthesized.Expression);
            case IdentifierNameSyntax identifier:
                var symbol = _model.GetSymbolInfo(identifier, _cancellationToken).Symbol;
                return symbol is not null && _names.TryGetValue(symbol, out var known) ? (known.Code, known.IsMask, null) : Reject(expression);
            case CastExpressionSyntax cast:
                var castType = _model.GetTypeInfo(cast.Type, _cancellationToken).Type;
                return castType?.SpecialType == SpecialType.System_Double ? Numeric(cast.Expression) : Reject(expression);
            case PrefixUnaryExpressionSyntax unary:
                return unary.Kind() switch
                {
                    SyntaxKind.UnaryMinusExpression => Wrap(Numeric(unary.Operand), x => "-" + x, false),
                    SyntaxKind.UnaryPlusExpression => Numeric(unary.Operand),
                    SyntaxKind.LogicalNotExpression => Wrap(Mask(unary.Operand), x => "~" + x, true),
                    _ => Reject(expression),
                };
            case BinaryExpressionSyntax binary:
                return Binary(binary);
            case ConditionalExpressionSyntax conditional:
                var (condition, _, conditionReason) = Mask(conditional.Condition);
                var (whenTrue, trueIsMask, trueReason) = Expression(conditional.WhenTrue);
                var (whenFalse, falseIsMask, falseReason) = Expression(conditional.WhenFalse);
                if (condition is null || whenTrue is null || whenFalse is null || trueIsMask != falseIsMask)
                {
                    return (null, false, conditionReason ?? trueReason ?? falseReason ?? Describe(expression));
                }

                return ($"{{V}}.ConditionalSelect({condition}, {whenTrue}, {whenFalse})", trueIsMask, null);
            case InvocationExpressionSyntax invocation:
                return Invocation(invocation);
            case MemberAccessExpressionSyntax member:
                return Member(member);
            default:
                return Reject(expression);
        }
    }

    private (string? Code, bool IsMask, string? Reason) Binary(BinaryExpressionSyntax binary)
    {
        var kind = binary.Kind();
        var operandType = _model.GetTypeInfo(binary.Left, _cancellationToken).ConvertedType;
        var logical = operandType?.SpecialType == SpecialType.System_Boolean;
        switch (kind)
        {
            case SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression:
                return Both(binary, false, (l, r) => $"({l} {binary.OperatorToken.Text} {r})", false);
            case SyntaxKind.DivideExpression:
                var type = _model.GetTypeInfo(binary, _cancellationToken).Type;
                return type?.SpecialType == SpecialType.System_Double
                    ? Both(binary, false, (l, r) => $"({l} / {r})", false)
                    : Reject(binary);
            case SyntaxKind.GreaterThanExpression:
                return Both(binary, false, (l, r) => $"{{V}}.GreaterThan({l}, {r})", true);
            case SyntaxKind.GreaterThanOrEqualExpression:
                return Both(binary, false, (l, r) => $"{{V}}.GreaterThanOrEqual({l}, {r})", true);
            case SyntaxKind.LessThanExpression:
                return Both(binary, false, (l, r) => $"{{V}}.LessThan({l}, {r})", true);
            case SyntaxKind.LessThanOrEqualExpression:
                return Both(binary, false, (l, r) => $"{{V}}.LessThanOrEqual({l}, {r})", true);
            case SyntaxKind.EqualsExpression:
                return logical
                    ? Both(binary, true, (l, r) => $"~({l} ^ {r})", true)
                    : Both(binary, false, (l, r) => $"{{V}}.Equals({l}, {r})", true);
            case SyntaxKind.NotEqualsExpression:
                return logical
                    ? Both(binary, true, (l, r) => $"({l} ^ {r})", true)
                    : Both(binary, false, (l, r) => $"~{{V}}.Equals({l}, {r})", true);
            case SyntaxKind.LogicalAndExpression or SyntaxKind.BitwiseAndExpression when logical:
                return Both(binary, true, (l, r) => $"({l} & {r})", true);
            case SyntaxKind.LogicalOrExpression or SyntaxKind.BitwiseOrExpression when logical:
                return Both(binary, true, (l, r) => $"({l} | {r})", true);
            case SyntaxKind.ExclusiveOrExpression when logical:
                return Both(binary, true, (l, r) => $"({l} ^ {r})", true);
            default:
                return Reject(binary);
        }
    }

    private (string? Code, bool IsMask, string? Reason) Invocation(InvocationExpressionSyntax invocation)
    {
        if (_model.GetSymbolInfo(invocation, _cancellationToken).Symbol is not IMethodSymbol method
            || method.ContainingType?.ToDisplayString() is not ("System.Math" or "double"))
        {
            return Reject(invocation);
        }

        var arguments = invocation.ArgumentList.Arguments;
        var translated = new List<string>();
        foreach (var argument in arguments)
        {
            var (code, isMask, reason) = Expression(argument.Expression);
            if (code is null || isMask)
            {
                return (null, false, reason ?? Describe(argument.Expression));
            }

            translated.Add(code);
        }

        var all = string.Join(", ", translated);
        var isDoubleOverload = method.Parameters.All(p => p.Type.SpecialType == SpecialType.System_Double);
        return (method.Name, translated.Count, isDoubleOverload) switch
        {
            ("Abs", 1, true) => ($"{{V}}.Abs({all})", false, null),
            ("Sqrt", 1, true) => ($"{{V}}.Sqrt({all})", false, null),
            ("Min", 2, true) => ($"{{V}}.Min({all})", false, null),
            ("Max", 2, true) => ($"{{V}}.Max({all})", false, null),
            ("FusedMultiplyAdd", 3, true) => ($"{{V}}.FusedMultiplyAdd({all})", false, null),
            ("IsNaN", 1, true) => ($"~{{V}}.Equals({all}, {all})", true, null),
            _ => Reject(invocation),
        };
    }

    private (string? Code, bool IsMask, string? Reason) Both(
        BinaryExpressionSyntax binary, bool masks, System.Func<string, string, string> combine, bool resultIsMask)
    {
        var (left, leftIsMask, leftReason) = Expression(binary.Left);
        var (right, rightIsMask, rightReason) = Expression(binary.Right);
        if (left is null || right is null)
        {
            return (null, false, leftReason ?? rightReason);
        }

        return leftIsMask == masks && rightIsMask == masks ? (combine(left, right), resultIsMask, null) : Reject(binary);
    }

    private (string? Code, bool IsMask, string? Reason) Numeric(ExpressionSyntax expression)
    {
        var result = Expression(expression);
        return result.Code is not null && result.IsMask ? Reject(expression) : result;
    }

    private (string? Code, bool IsMask, string? Reason) Mask(ExpressionSyntax expression)
    {
        var result = Expression(expression);
        return result.Code is not null && !result.IsMask ? Reject(expression) : result;
    }

    private static (string? Code, bool IsMask, string? Reason) Wrap(
        (string? Code, bool IsMask, string? Reason) inner, System.Func<string, string> wrap, bool isMask) =>
        inner.Code is null ? inner : (wrap(inner.Code), isMask, null);

    private (string? Code, bool IsMask, string? Reason) Reject(ExpressionSyntax expression) =>
        (null, false, Describe(expression));

    private string Describe(ExpressionSyntax expression) => Note("the expression '" + Shorten(expression.ToString()) + "'", expression);

    /// <summary>Remembers the first node a reason was given for.</summary>
    private string Note(string reason, SyntaxNode node)
    {
        if (!_obstacles.ContainsKey(reason))
        {
            _obstacles[reason] = node;
        }

        return reason;
    }

    private static string Shorten(string text)
    {
        var single = string.Join(" ", text.Split(new[] { '\r', '\n', ' ', '\t' }, System.StringSplitOptions.RemoveEmptyEntries));
        return single.Length <= 80 ? single : single.Substring(0, 77) + "...";
    }
}
