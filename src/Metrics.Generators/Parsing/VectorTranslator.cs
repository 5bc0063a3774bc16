using Metrics.Generators.Emitting;

namespace Metrics.Generators.Parsing;

/// <summary>
/// Translates an element update function into lane-wise vector code: arithmetic, comparisons, logical operators,
/// conditional expressions (→ <c>ConditionalSelect</c>), <c>Math.Abs/Sqrt/Min/Max/FusedMultiplyAdd</c>, locals,
/// constants and captured numeric parameters; <c>Math.Log/Exp</c> and <c>SpecialFunctions.Log1P</c> where the value is
/// only summed (the vector forms are within 2 ulps, so never in a comparison, a rounding, a [Min]/[Max] field, a
/// histogram cell or a user-merged state). Lanes are <see cref="double"/>, so inputs must be declared
/// <c>double</c> (or <c>int</c> labels, which widen exactly), or be the type parameter of a generic update (see
/// VectorTranslator.Generic.cs). Anything else keeps the scalar path, and the reason names the construct that stopped
/// the translation.
/// </summary>
/// <remarks>
/// Also <c>Math.Ceiling/Floor</c>, and calls to static helper methods whose declaration is in the compilation and whose
/// body the translator accepts (inlined, their arguments bound to locals). A histogram update (a pair update returning
/// <c>new() { Counts = SumArray.At(index) }</c> for a [Sum] SumArray field) translates its cell index; there an
/// <c>(int)</c> cast is a truncation (whole-number lanes, exact while the index fits an int, which the kernel checks),
/// parameters of any type may appear in branches on parameters (<c>thresholds.IsDefault ? a : b</c>), and a branch on
/// parameters with one arm that has no lane-wise form (a binary search, <c>Math.Exp</c>) becomes a precondition of
/// the vector form, checked once per batch, the other parameter values taking the scalar cells.
/// </remarks>
internal sealed partial class VectorTranslator
{
    /// <summary>The number of lane accumulators of the kernel (<c>Metrics.Kernels.Lanes&lt;TVector&gt;.Capacity</c>).</summary>
    private const int MaxFields = 8;

    /// <summary>How deep helper calls are inlined.</summary>
    private const int MaxInlineDepth = 4;

    private readonly Compilation _compilation;
    private readonly Dictionary<ISymbol, (string Code, bool IsMask)> _names = new(SymbolEqualityComparer.Default);
    private readonly CancellationToken _cancellationToken;

    // The update's parameters that receive metric parameters, by the captured field that holds them (_Name).
    private readonly Dictionary<ISymbol, string> _parameters = new(SymbolEqualityComparer.Default);
    private readonly List<string> _statements = new();
    private readonly List<string> _preconditions = new();
    private SemanticModel _model;
    private string? _histogram;

    // Histogram cells and user merges need values bit-identical to the scalar path: no vector Log/Exp there.
    private bool _exactOnly;

    // While above zero, the expression being translated picks a branch or a cell (a comparison's operand, a rounding).
    private int _selecting;

    // How many vector Log/Exp values (calls, or locals holding one) the translation has read so far.
    private int _approximations;

    // Locals and inlined parameters whose value came from a vector Log/Exp.
    private readonly HashSet<ISymbol> _approximate = new(SymbolEqualityComparer.Default);
    private int _inlined;
    private int _depth;

    // The node each reason describes, so the analyzer can point at it; never part of the model.
    private readonly Dictionary<string, SyntaxNode> _obstacles = new();

    private VectorTranslator(Compilation compilation, SemanticModel model, CancellationToken cancellationToken)
    {
        _compilation = compilation;
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
        out SyntaxNode? obstacle) =>
        Translate(method, shape, arguments, fields, compilation, cancellationToken, out obstacle, out _);

    /// <summary>
    /// The translated body (for a histogram update, its cell index), or null, the reason and the syntax the reason names;
    /// and the array field of a histogram update, or null when the update is not one.
    /// </summary>
    public static (VectorBody? Body, string? Reason) Translate(
        IMethodSymbol method,
        ElementShape shape,
        IReadOnlyList<UpdateArgument> arguments,
        IReadOnlyList<StateField> fields,
        Compilation compilation,
        CancellationToken cancellationToken,
        out SyntaxNode? obstacle,
        out string? histogram)
    {
        obstacle = null;
        histogram = null;
        if (shape is not (ElementShape.Value or ElementShape.Pair))
        {
            return (null, "row updates are reduced per row, not lifted to lanes");
        }

        if (arguments.Any(a => a.Role == ArgumentRole.Cells))
        {
            return (null, "the update writes array cells through a SumArrayWriter");
        }

        var merge = MetricSymbols.Merges(method.ContainingType, cancellationToken).FirstOrDefault();
        histogram = shape == ElementShape.Pair ? HistogramField(method, fields, compilation, cancellationToken) : null;
        if (GenericReason(method, merge is not null, histogram is not null) is { } genericReason)
        {
            return (null, genericReason);
        }

        if (merge is null && histogram is null && fields.Any(f => f.Type != StateFieldType.Double || f.Merge == MergeKind.Custom))
        {
            return (null, "the state has a field that is not a double merged by [Sum], [Min] or [Max]");
        }

        if (merge is not null && fields.Any(f => f.Type != StateFieldType.Double))
        {
            return (null, "the state merged by the user's Merge has a field that is not a double");
        }

        if (histogram is null && fields.Count > MaxFields)
        {
            return (null, $"the state has {fields.Count} fields and the kernel's lane accumulators hold {MaxFields}");
        }

        if (method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration)
        {
            return (null, "the update function has no single declaration");
        }

        var (translator, bindReason) = Bind(method, declaration, arguments, compilation, histogram, exactOnly: histogram is not null || merge is not null, cancellationToken);
        if (translator is null)
        {
            return (null, bindReason);
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

    /// <summary>
    /// A translator for <paramref name="declaration"/> with the function's inputs bound to the lanes (<c>__label</c>,
    /// <c>__prediction</c>) and its metric parameters to the captured fields; or null and the reason an argument has no
    /// lane-wise form.
    /// </summary>
    private static (VectorTranslator? Translator, string? Reason) Bind(
        IMethodSymbol method,
        MethodDeclarationSyntax declaration,
        IReadOnlyList<UpdateArgument> arguments,
        Compilation compilation,
        string? histogram,
        bool exactOnly,
        CancellationToken cancellationToken)
    {
        var translator = new VectorTranslator(compilation, compilation.GetSemanticModel(declaration.SyntaxTree), cancellationToken)
        {
            _histogram = histogram,
            _exactOnly = exactOnly,
        };
        if (method.IsGenericMethod)
        {
            translator._elements.Add(method.TypeParameters[0]);
        }

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
                if (parameter.Type.SpecialType is not (SpecialType.System_Double or SpecialType.System_Int32) && !translator.IsElement(parameter.Type))
                {
                    return (null, $"the input '{parameter.Name}' is a {parameter.Type.ToDisplayString()}, not a double or an int");
                }

                translator._names[parameter] = (name, false);
            }
            else if (parameter.Type.SpecialType is SpecialType.System_Double or SpecialType.System_Int32 or SpecialType.System_Single or SpecialType.System_Int64)
            {
                translator._names[parameter] = ($"{{V}}.Create((double)_{arguments[i].ParameterName})", false);
                translator._parameters[parameter] = "_" + arguments[i].ParameterName;
            }
            else if (parameter.Type.SpecialType == SpecialType.System_Boolean)
            {
                translator._names[parameter] = ($"(_{arguments[i].ParameterName} ? {{T}}.AllBitsSet : {{T}}.Zero)", true);
                translator._parameters[parameter] = "_" + arguments[i].ParameterName;
            }
            else if (histogram is not null)
            {
                // No lanes: it may only appear in branches on parameters.
                translator._parameters[parameter] = "_" + arguments[i].ParameterName;
            }
            else
            {
                return (null, $"the parameter '{parameter.Name}' is a {parameter.Type.ToDisplayString()}, not a number or a bool");
            }
        }

        return (translator, null);
    }

    private (VectorBody? Body, string? Reason) TranslateBody(MethodDeclarationSyntax declaration, IReadOnlyList<StateField> fields)
    {
        var (result, bodyReason) = Locals(declaration, "__");
        if (result is null)
        {
            return (null, bodyReason);
        }

        var initializerExpressions = Initializers(result);
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
                return (null, Note("the initializer '" + Shorten(expression.ToString()) + "' has no lane-wise form", expression));
            }

            // A histogram update's one initializer is 'Field = SumArray.At(index)': the index is translated.
            var value = _histogram is not null && assignment.Right is InvocationExpressionSyntax at
                ? at.ArgumentList.Arguments[0].Expression
                : assignment.Right;
            var approximations = _approximations;
            var (code, isMask, reason) = Expression(value);
            if (code is null || isMask)
            {
                return (null, reason ?? Note("the boolean contribution '" + Shorten(value.ToString()) + "' has no lane-wise form", value));
            }

            if (_approximations > approximations && fields.First(f => f.Name == target.Identifier.ValueText).Merge != MergeKind.Sum)
            {
                return (null, Note(
                    "the [Min] or [Max] field '" + target.Identifier.ValueText + "' takes a Log or Exp, which vector lanes compute within 2 ulps of Math's, not bit-identically",
                    value));
            }

            contributions.Add(new FieldContribution(target.Identifier.ValueText, code));
        }

        return (new VectorBody(_statements.ToEquatableArray(), contributions.ToEquatableArray(), _preconditions.Distinct().ToEquatableArray(), RoundsToElement: _rounds), null);
    }

    /// <summary>
    /// Translates a body's local declarations into <see cref="_statements"/> (locals named <paramref name="prefix"/> +
    /// name) and returns its result expression: the expression body, or the block's final return.
    /// </summary>
    private (ExpressionSyntax? Result, string? Reason) Locals(MethodDeclarationSyntax declaration, string prefix)
    {
        if (declaration.ExpressionBody is { } arrow)
        {
            return (arrow.Expression, null);
        }

        if (declaration.Body is not { } block)
        {
            return (null, "the update function has no body");
        }

        ExpressionSyntax? result = null;
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
                        return (null, Note("the statement '" + Shorten(statement.ToString()) + "' has no lane-wise form", statement));
                    }

                    var approximations = _approximations;
                    var (code, isMask, reason) = Expression(initializer.Value);
                    if (code is null)
                    {
                        return (null, reason);
                    }

                    var name = prefix + symbol.Name;
                    _statements.Add($"var {name} = {code};");
                    _names[symbol] = (name, isMask);
                    if (_approximations > approximations)
                    {
                        _approximate.Add(symbol);
                    }
                    break;
                case ReturnStatementSyntax { Expression: { } returned } when result is null:
                    result = returned;
                    break;
                default:
                    return (null, Note("the statement '" + Shorten(statement.ToString()) + "' has no lane-wise form", statement));
            }
        }

        return result is null ? (null, "the body does not end in a return") : (result, null);
    }

    /// <summary>The initializer expressions of <c>new() { ... }</c> (or <c>new T() { ... }</c>) without constructor arguments; otherwise null.</summary>
    internal static SeparatedSyntaxList<ExpressionSyntax>? Initializers(ExpressionSyntax result) => result switch
    {
        ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0, Initializer: { } init } => init.Expressions,
        ObjectCreationExpressionSyntax { Initializer: { } init } creation when creation.ArgumentList is null || creation.ArgumentList.Arguments.Count == 0 => init.Expressions,
        _ => null,
    };

    /// <summary>
    /// The [Sum] SumArray field of a histogram update, whose returned value is <c>new() { Field = SumArray.At(index) }</c>
    /// (one initializer, one argument: a count of 1 times the element's weight); otherwise null.
    /// </summary>
    private static string? HistogramField(IMethodSymbol method, IReadOnlyList<StateField> fields, Compilation compilation, CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration)
        {
            return null;
        }

        var result = declaration.ExpressionBody?.Expression
            ?? (declaration.Body?.Statements.LastOrDefault() as ReturnStatementSyntax)?.Expression;
        if (result is null || Initializers(result) is not { Count: 1 } initializers
            || initializers[0] is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax target, Right: InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } at }
            || at.ArgumentList.Arguments[0].NameColon is not null)
        {
            return null;
        }

        var field = fields.FirstOrDefault(f => f.Name == target.Identifier.ValueText && f.Type == StateFieldType.SumArray && f.Merge == MergeKind.Sum);
        var symbol = compilation.GetSemanticModel(declaration.SyntaxTree).GetSymbolInfo(at, cancellationToken).Symbol as IMethodSymbol;
        return field is not null && symbol is { Name: "At", IsStatic: true } && symbol.ContainingType?.ToDisplayString() == KnownNames.SumArray
            ? field.Name
            : null;
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
                if (symbol is null || !_names.TryGetValue(symbol, out var known))
                {
                    return Reject(expression);
                }

                return _approximate.Contains(symbol) && Approximate(identifier) is { } approximateReason ? (null, false, approximateReason) : (known.Code, known.IsMask, null);
            case CastExpressionSyntax cast:
                var castType = _model.GetTypeInfo(cast.Type, _cancellationToken).Type;
                if (castType?.SpecialType == SpecialType.System_Int32 && _histogram is not null)
                {
                    var operandType = _model.GetTypeInfo(cast.Expression, _cancellationToken).Type?.SpecialType;
                    return operandType switch
                    {
                        SpecialType.System_Int32 => Numeric(cast.Expression),
                        SpecialType.System_Double => Wrap(Numeric(cast.Expression), x => "{V}.Truncate(" + x + ")", false),
                        _ => Reject(expression),
                    };
                }

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
            case ConditionalExpressionSyntax conditional when Uniform(conditional.Condition) is { } uniformCondition
                && UniformBranch(conditional, uniformCondition) is { Code: not null } branch:
                return branch;
            case ConditionalExpressionSyntax conditional:
                var (condition, _, conditionReason) = Mask(conditional.Condition);
                var (whenTrue, trueIsMask, trueReason) = Expression(conditional.WhenTrue);
                var (whenFalse, falseIsMask, falseReason) = Expression(conditional.WhenFalse);
                if (condition is null || whenTrue is null || whenFalse is null || trueIsMask != falseIsMask)
                {
                    if (_histogram is not null && Uniform(conditional.Condition) is { } uniform)
                    {
                        if (whenTrue is not null && whenFalse is not null && trueIsMask == falseIsMask)
                        {
                            return ($"({uniform} ? {whenTrue} : {whenFalse})", trueIsMask, null);
                        }

                        // A branch on parameters with one lane-wise arm: the body is the vector form when that arm is taken.
                        if (whenTrue is not null && whenFalse is null)
                        {
                            _preconditions.Add(uniform);
                            return (whenTrue, trueIsMask, null);
                        }

                        if (whenFalse is not null && whenTrue is null)
                        {
                            _preconditions.Add($"!({uniform})");
                            return (whenFalse, falseIsMask, null);
                        }
                    }

                    return (null, false, conditionReason ?? trueReason ?? falseReason ?? Describe(expression));
                }

                return ($"{{V}}.ConditionalSelect({condition}, {whenTrue}, {whenFalse})", trueIsMask, null);
            case InvocationExpressionSyntax invocation:
                return Invocation(invocation);
            case MemberAccessExpressionSyntax member:
                return ElementConstant(member) ?? Member(member);
            default:
                return Reject(expression);
        }
    }

    private (string? Code, bool IsMask, string? Reason) Binary(BinaryExpressionSyntax binary)
    {
        var operandType = _model.GetTypeInfo(binary.Left, _cancellationToken).ConvertedType;
        var logical = operandType?.SpecialType == SpecialType.System_Boolean;
        var comparison = !logical && binary.Kind() is SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression
            or SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression;
        _selecting += comparison ? 1 : 0;
        try
        {
            return Binary(binary, logical);
        }
        finally
        {
            _selecting -= comparison ? 1 : 0;
        }
    }

    private (string? Code, bool IsMask, string? Reason) Binary(BinaryExpressionSyntax binary, bool logical)
    {
        var kind = binary.Kind();
        switch (kind)
        {
            case SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression:
                var type = _model.GetTypeInfo(binary, _cancellationToken).Type;
                if (IsElement(type))
                {
                    return Both(binary, false, (l, r) => RoundToElement($"{l} {binary.OperatorToken.Text} {r}"), false);
                }

                return kind != SyntaxKind.DivideExpression || type?.SpecialType == SpecialType.System_Double
                    ? Both(binary, false, (l, r) => $"({l} {binary.OperatorToken.Text} {r})", false)
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
        if (_model.GetSymbolInfo(invocation, _cancellationToken).Symbol is not IMethodSymbol method)
        {
            return Reject(invocation);
        }

        if (IsElementCall(invocation, method))
        {
            return ElementCall(invocation, method);
        }

        var containing = method.ContainingType?.ToDisplayString();
        var log1P = containing == KnownNames.SpecialFunctions && method.Name == "Log1P";
        if (containing is not ("System.Math" or "double") && !log1P)
        {
            return Inline(invocation, method);
        }

        // Rounding and NaN tests turn a value into a choice, as comparisons do.
        var selects = method.Name is "Ceiling" or "Floor" or "IsNaN";
        var arguments = invocation.ArgumentList.Arguments;
        var translated = new List<string>();
        _selecting += selects ? 1 : 0;
        try
        {
            foreach (var argument in arguments)
            {
                var (code, isMask, reason) = Expression(argument.Expression);
                if (code is null || isMask)
                {
                    return (null, false, reason ?? Describe(argument.Expression));
                }

                translated.Add(code);
            }
        }
        finally
        {
            _selecting -= selects ? 1 : 0;
        }

        var all = string.Join(", ", translated);
        var isDoubleOverload = method.Parameters.All(p => p.Type.SpecialType == SpecialType.System_Double);
        if (method.Name is "Log" or "Exp" or "Log1P" && translated.Count == 1 && isDoubleOverload)
        {
            if (_exactOnly)
            {
                return Reject(invocation);
            }

            if (Approximate(invocation) is { } reason)
            {
                return (null, false, reason);
            }

            return log1P
                ? ($"{ShapeSyntax.Kernels}.LaneMath.Log1P({all})", false, null)
                : ($"{{V}}.{method.Name}({all})", false, null);
        }

        return (method.Name, translated.Count, isDoubleOverload) switch
        {
            ("Abs", 1, true) => ($"{{V}}.Abs({all})", false, null),
            ("Sqrt", 1, true) => ($"{{V}}.Sqrt({all})", false, null),
            ("Min", 2, true) => ($"{{V}}.Min({all})", false, null),
            ("Max", 2, true) => ($"{{V}}.Max({all})", false, null),
            ("FusedMultiplyAdd", 3, true) => ($"{{V}}.FusedMultiplyAdd({all})", false, null),
            ("Clamp", 3, true) => ($"{ShapeSyntax.Kernels}.LaneMath.Clamp({all})", false, null),
            ("Ceiling", 1, true) => ($"{{V}}.Ceiling({all})", false, null),
            ("Floor", 1, true) => ($"{{V}}.Floor({all})", false, null),
            ("IsNaN", 1, true) => ($"~{{V}}.Equals({all}, {all})", true, null),
            _ => Reject(invocation),
        };
    }

    /// <summary>
    /// Inlines a static helper declared in the compilation: each argument is bound to a local, then the helper's locals
    /// and result are translated with its parameters naming those locals.
    /// </summary>
    private (string? Code, bool IsMask, string? Reason) Inline(InvocationExpressionSyntax invocation, IMethodSymbol method)
    {
        var arguments = invocation.ArgumentList.Arguments;
        if (!method.IsStatic || (method.IsGenericMethod && !IsElementInstance(method)) || _depth >= MaxInlineDepth
            || method.Parameters.Length != arguments.Count || arguments.Any(a => a.NameColon is not null || a.RefKindKeyword.RawKind != 0)
            || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not MethodDeclarationSyntax helper
            || method.Parameters.Any(p => p.RefKind != RefKind.None || !IsLaneType(p.Type))
            || !IsLaneType(method.ReturnType))
        {
            return Reject(invocation);
        }

        // A helper without a lane-wise form is named by its call, as any other expression, and leaves no statements.
        var statements = _statements.Count;
        var prefix = $"__{_inlined++}_";
        var bound = new List<(IParameterSymbol Parameter, string Name, bool IsMask)>();
        if (method.IsGenericMethod)
        {
            // The helper's body names its own type parameter; here it is the element type.
            _elements.Add(method.OriginalDefinition.TypeParameters[0]);
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            var parameter = method.OriginalDefinition.Parameters[i];
            var approximations = _approximations;
            var (code, isMask, reason) = Expression(arguments[i].Expression);
            if (code is null || isMask != (parameter.Type.SpecialType == SpecialType.System_Boolean))
            {
                _statements.RemoveRange(statements, _statements.Count - statements);
                return (null, false, reason ?? Describe(arguments[i].Expression));
            }

            var name = prefix + parameter.Name;
            _statements.Add($"var {name} = {code};");
            bound.Add((parameter, name, isMask));
            if (_approximations > approximations)
            {
                _approximate.Add(parameter);
            }
            else
            {
                _approximate.Remove(parameter);
            }
        }

        var caller = _model;
        _model = _compilation.GetSemanticModel(helper.SyntaxTree);
        _depth++;
        try
        {
            foreach (var (parameter, name, isMask) in bound)
            {
                _names[parameter] = (name, isMask);
            }

            var (result, _) = Locals(helper, prefix);
            var translated = result is null ? default : Expression(result);
            if (translated.Code is null)
            {
                _statements.RemoveRange(statements, _statements.Count - statements);
                return Reject(invocation);
            }

            return translated;
        }
        finally
        {
            _model = caller;
            _depth--;
        }
    }

    /// <summary>
    /// Counts a read of a vector Log/Exp value, or names why it may not be read here: it would pick a branch or a cell,
    /// and the vector forms are within 2 ulps of <c>Math.Log/Exp</c>, not bit-identical (a sum tolerates that).
    /// </summary>
    private string? Approximate(ExpressionSyntax node)
    {
        if (_selecting > 0)
        {
            return Note(
                "the expression '" + Shorten(node.ToString()) + "' is a Log or Exp that picks a branch, which vector lanes compute within 2 ulps of Math's, not bit-identically",
                node);
        }

        _approximations++;
        return null;
    }

    private bool IsLaneType(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_Double or SpecialType.System_Int32 or SpecialType.System_Boolean || IsElement(type);

    /// <summary>
    /// A condition on parameters only, as scalar code over the captured fields (<c>_Name</c>): bool parameters, bool
    /// members of parameters, <c>!</c>, <c>&amp;&amp;</c>, <c>||</c>; null for anything else.
    /// </summary>
    private string? Uniform(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Uniform(parenthesized.Expression);
            case IdentifierNameSyntax identifier
                when _model.GetSymbolInfo(identifier, _cancellationToken).Symbol is IParameterSymbol { Type.SpecialType: SpecialType.System_Boolean } parameter
                && _parameters.TryGetValue(parameter, out var field):
                return field;
            case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax target, Name: IdentifierNameSyntax member } access
                when access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
                && _model.GetSymbolInfo(target, _cancellationToken).Symbol is IParameterSymbol owner
                && _parameters.TryGetValue(owner, out var captured)
                && _model.GetSymbolInfo(member, _cancellationToken).Symbol is IPropertySymbol { IsStatic: false, Type.SpecialType: SpecialType.System_Boolean } or IFieldSymbol { IsStatic: false, Type.SpecialType: SpecialType.System_Boolean }:
                return $"{captured}.{member.Identifier.Text}";
            case PrefixUnaryExpressionSyntax unary when unary.IsKind(SyntaxKind.LogicalNotExpression):
                return Uniform(unary.Operand) is { } operand ? $"!({operand})" : null;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalAndExpression) || binary.IsKind(SyntaxKind.LogicalOrExpression):
                var left = Uniform(binary.Left);
                var right = Uniform(binary.Right);
                return left is null || right is null ? null : $"({left} {binary.OperatorToken.Text} {right})";
            default:
                return null;
        }
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

    private string Describe(ExpressionSyntax expression) => Note("the expression '" + Shorten(expression.ToString()) + "' has no lane-wise form", expression);

    /// <summary>Remembers the first node a reason was given for.</summary>
    private string Note(string reason, SyntaxNode node)
    {
        if (!_obstacles.ContainsKey(reason))
        {
            _obstacles[reason] = node;
        }

        return reason;
    }

    private static readonly char[] Whitespace = { '\r', '\n', ' ', '\t' };

    private static string Shorten(string text)
    {
        var single = string.Join(" ", text.Split(Whitespace, System.StringSplitOptions.RemoveEmptyEntries));
        return single.Length <= 80 ? single : single.Substring(0, 77) + "...";
    }
}
