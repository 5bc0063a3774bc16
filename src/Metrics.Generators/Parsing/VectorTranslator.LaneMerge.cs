using System.Text.RegularExpressions;

namespace Metrics.Generators.Parsing;

/// <summary>
/// The lane-wise translation of a user <c>Merge(T a, T b)</c>, for metrics whose whole state is merged by the user
/// (Welford, co-moments): every lane then holds one state, and the kernel merges each element's contribution into its
/// lane. Besides the scalar forms of <see cref="VectorTranslator"/> it understands struct values held member by
/// member (the metric's state, and positional record structs such as <c>ShiftedComoments</c>): member reads,
/// <c>new() { F = ... }</c> and positional <c>new(...)</c>, locals of struct type, early returns
/// <c>if (c) return x;</c> (a select: the first guard that holds wins, the other branches are computed and dropped,
/// so a division by zero in a dropped branch never shows), and calls of static methods whose body is in the
/// compilation, which are inlined.
/// </summary>
internal sealed partial class VectorTranslator
{
    /// <summary>How deep calls are inlined.</summary>
    private const int MaxInlining = 4;

    private static readonly Regex Declared = new(@"^var (__\w+) = ", RegexOptions.CultureInvariant);

    private static readonly Regex LocalName = new(@"__m\d+_\w+", RegexOptions.CultureInvariant);

    private static readonly Regex Simple = new(@"^(__\w+|\{T\}\.Zero|\{V\}\.Create\([^()]*\))$", RegexOptions.CultureInvariant);

    private readonly Dictionary<ISymbol, Aggregate> _aggregates = new(SymbolEqualityComparer.Default);
    private readonly List<string> _mergeStatements = new();
    private readonly List<IMethodSymbol> _inlinedMerges = new();
    private INamedTypeSymbol? _metricType;
    private IReadOnlyList<StateField> _stateFields = System.Array.Empty<StateField>();
    private int _locals;

    /// <summary>Adds the lane-wise translation of <paramref name="merge"/> to a translated update body.</summary>
    private (VectorBody? Body, string? Reason) WithLaneMerge(
        VectorBody body, IMethodSymbol merge, IReadOnlyList<StateField> fields, Compilation compilation)
    {
        // Declared shifted moments accumulate power sums in the lanes; the user merge then runs once per lane and batch.
        var (moments, momentsReason) = ShiftedMomentsParser.Parse(merge.ContainingType, fields, body);
        if (moments is not null || momentsReason is not null)
        {
            return moments is null ? (null, momentsReason) : (body with { Moments = moments }, null);
        }

        if (merge.Parameters.Length != 2
            || merge.DeclaringSyntaxReferences.Length != 1
            || merge.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not MethodDeclarationSyntax declaration)
        {
            return (null, "the Merge function has no single declaration");
        }

        _metricType = merge.ContainingType;
        _stateFields = fields;
        var saved = _model;
        _model = compilation.GetSemanticModel(declaration.SyntaxTree);
        _aggregates[merge.Parameters[0]] = new Aggregate(_metricType, fields.Select((f, k) => (f.Name, "__a" + k)));
        _aggregates[merge.Parameters[1]] = new Aggregate(_metricType, fields.Select((f, k) => (f.Name, "__b" + k)));
        var (merged, reason) = Body(declaration);
        _model = saved;
        if (merged is null)
        {
            return (null, reason is null ? "the Merge function has no lane-wise form" : Reword(reason, "in Merge, " + reason));
        }

        var results = fields.Select(f => Get(merged, f.Name)).ToEquatableArray();
        return (body with { Merge = new LaneMerge(Live(_mergeStatements, results).ToEquatableArray(), results) }, null);
    }

    /// <summary>The statements whose local the results read, directly or through other statements (the members of an
    /// inlined helper that the metric does not keep are dropped, in order).</summary>
    private static List<string> Live(List<string> statements, IEnumerable<string> results)
    {
        var used = new HashSet<string>(results.SelectMany(Identifiers));
        var kept = new List<string>();
        for (var i = statements.Count - 1; i >= 0; i--)
        {
            var declared = Declared.Match(statements[i]).Groups[1].Value;
            if (used.Contains(declared))
            {
                kept.Add(statements[i]);
                used.UnionWith(Identifiers(statements[i]));
            }
        }

        kept.Reverse();
        return kept;
    }

    private static IEnumerable<string> Identifiers(string code) => LocalName.Matches(code).Cast<Match>().Select(m => m.Value);

    /// <summary>The lane code of a field's identity (what an unassigned field of <c>new()</c> holds).</summary>
    internal static string IdentityTemplate(MergeKind merge) => merge switch
    {
        MergeKind.Min => "{V}.Create(double.PositiveInfinity)",
        MergeKind.Max => "{V}.Create(double.NegativeInfinity)",
        _ => "{T}.Zero",
    };

    private (Aggregate? Value, string? Reason) Body(MethodDeclarationSyntax declaration)
    {
        if (declaration.ExpressionBody is { } arrow)
        {
            return Struct(arrow.Expression);
        }

        if (declaration.Body is not { } block)
        {
            return (null, "the function has no body");
        }

        var guards = new List<(string Mask, Aggregate Value)>();
        Aggregate? final = null;
        foreach (var statement in block.Statements)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (statement)
            {
                case LocalDeclarationStatementSyntax { Declaration.Variables.Count: 1 } local
                    when final is null && local.Declaration.Variables[0].Initializer is { } initializer
                        && _model.GetDeclaredSymbol(local.Declaration.Variables[0], _cancellationToken) is ILocalSymbol symbol:
                    if (symbol.Type.SpecialType is SpecialType.System_Double or SpecialType.System_Boolean)
                    {
                        var (code, isMask, reason) = Expression(initializer.Value);
                        if (code is null || isMask != (symbol.Type.SpecialType == SpecialType.System_Boolean))
                        {
                            return (null, reason ?? Describe(initializer.Value));
                        }

                        _names[symbol] = (Local(symbol.Name, code), isMask);
                    }
                    else if (symbol.Type.IsValueType && symbol.Type.SpecialType == SpecialType.None)
                    {
                        var (value, reason) = Struct(initializer.Value);
                        if (value is null)
                        {
                            return (null, reason);
                        }

                        _aggregates[symbol] = Materialize(symbol.Name, value);
                    }
                    else
                    {
                        return (null, Statement(statement));
                    }

                    break;
                case IfStatementSyntax { Else: null } guard when final is null && Returned(guard.Statement) is { } returned:
                    var (mask, _, maskReason) = Mask(guard.Condition);
                    if (mask is null)
                    {
                        return (null, maskReason ?? Describe(guard.Condition));
                    }

                    var (early, earlyReason) = Struct(returned);
                    if (early is null)
                    {
                        return (null, earlyReason);
                    }

                    guards.Add((Local("guard", mask), early));
                    break;
                case ReturnStatementSyntax { Expression: { } returnedValue } when final is null:
                    var (value2, reason2) = Struct(returnedValue);
                    if (value2 is null)
                    {
                        return (null, reason2);
                    }

                    final = value2;
                    break;
                default:
                    return (null, Statement(statement));
            }
        }

        if (final is null)
        {
            return (null, "the body does not end in a return");
        }

        if (guards.Count == 0)
        {
            return (final, null);
        }

        var names = guards.SelectMany(g => g.Value.Members.Keys).Concat(final.Members.Keys).Distinct().OrderBy(n => n, System.StringComparer.Ordinal);
        var members = new List<(string, string)>();
        foreach (var name in names)
        {
            var code = Get(final, name);
            for (var i = guards.Count - 1; i >= 0; i--)
            {
                code = $"{{V}}.ConditionalSelect({guards[i].Mask}, {Get(guards[i].Value, name)}, {code})";
            }

            members.Add((name, Local(name, code)));
        }

        return (new Aggregate(final.Type, members), null);
    }

    private static ExpressionSyntax? Returned(StatementSyntax statement) => statement switch
    {
        ReturnStatementSyntax { Expression: { } value } => value,
        BlockSyntax { Statements.Count: 1 } block => Returned(block.Statements[0]),
        _ => null,
    };

    /// <summary>A struct-valued expression, member by member.</summary>
    private (Aggregate? Value, string? Reason) Struct(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Struct(parenthesized.Expression);
            case IdentifierNameSyntax identifier:
                var symbol = _model.GetSymbolInfo(identifier, _cancellationToken).Symbol;
                return symbol is not null && _aggregates.TryGetValue(symbol, out var known) ? (known, null) : (null, Describe(expression));
            case BaseObjectCreationExpressionSyntax creation:
                return Creation(creation);
            case InvocationExpressionSyntax invocation:
                return Inline(invocation);
            case ConditionalExpressionSyntax conditional:
                var (condition, _, conditionReason) = Mask(conditional.Condition);
                var (whenTrue, trueReason) = Struct(conditional.WhenTrue);
                var (whenFalse, falseReason) = Struct(conditional.WhenFalse);
                if (condition is null || whenTrue is null || whenFalse is null)
                {
                    return (null, conditionReason ?? trueReason ?? falseReason);
                }

                var mask = Local("select", condition);
                var names = whenTrue.Members.Keys.Concat(whenFalse.Members.Keys).Distinct().OrderBy(n => n, System.StringComparer.Ordinal);
                return (new Aggregate(whenFalse.Type, names.Select(n => (n, $"{{V}}.ConditionalSelect({mask}, {Get(whenTrue, n)}, {Get(whenFalse, n)})"))), null);
            default:
                return (null, Describe(expression));
        }
    }

    private (Aggregate? Value, string? Reason) Creation(BaseObjectCreationExpressionSyntax creation)
    {
        if (_model.GetTypeInfo(creation, _cancellationToken).Type is not INamedTypeSymbol { IsValueType: true } type
            || !Constructible(type))
        {
            return (null, Describe(creation));
        }

        var members = new List<(string, string)>();
        if (creation.ArgumentList is { Arguments.Count: > 0 } arguments)
        {
            if (_model.GetSymbolInfo(creation, _cancellationToken).Symbol is not IMethodSymbol constructor
                || !IsPositional(constructor)
                || arguments.Arguments.Count != constructor.Parameters.Length)
            {
                return (null, Describe(creation));
            }

            for (var i = 0; i < arguments.Arguments.Count; i++)
            {
                var argument = arguments.Arguments[i];
                var parameter = argument.NameColon is { } named
                    ? constructor.Parameters.FirstOrDefault(p => p.Name == named.Name.Identifier.ValueText)
                    : constructor.Parameters[i];
                var (code, isMask, reason) = Expression(argument.Expression);
                if (parameter is null || code is null || isMask)
                {
                    return (null, reason ?? Describe(argument.Expression));
                }

                members.Add((parameter.Name, code));
            }
        }

        if (creation.Initializer is { } initializer)
        {
            foreach (var assignment in initializer.Expressions)
            {
                if (assignment is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } set
                    || !IsLaneMember(type, target.Identifier.ValueText))
                {
                    return (null, Describe(assignment));
                }

                var (code, isMask, reason) = Expression(set.Right);
                if (code is null || isMask)
                {
                    return (null, reason ?? Describe(set.Right));
                }

                members.RemoveAll(m => m.Item1 == target.Identifier.ValueText);
                members.Add((target.Identifier.ValueText, code));
            }
        }

        return (new Aggregate(type, members), null);
    }

    /// <summary>A call of a static function whose body is in the compilation, inlined with its arguments bound.</summary>
    private (Aggregate? Value, string? Reason) Inline(InvocationExpressionSyntax invocation)
    {
        if (_model.GetSymbolInfo(invocation, _cancellationToken).Symbol is not IMethodSymbol method
            || !method.IsStatic || method.IsGenericMethod || method.MethodKind != MethodKind.Ordinary
            || _inlinedMerges.Count >= MaxInlining || _inlinedMerges.Contains(method, SymbolEqualityComparer.Default)
            || method.Parameters.Length != invocation.ArgumentList.Arguments.Count
            || method.Parameters.Any(p => p.RefKind is not (RefKind.None or RefKind.In))
            || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not MethodDeclarationSyntax declaration
            || _compilation is null || !_compilation.ContainsSyntaxTree(declaration.SyntaxTree))
        {
            return (null, Describe(invocation));
        }

        for (var i = 0; i < method.Parameters.Length; i++)
        {
            var argument = invocation.ArgumentList.Arguments[i];
            var parameter = argument.NameColon is { } named
                ? method.Parameters.FirstOrDefault(p => p.Name == named.Name.Identifier.ValueText)
                : method.Parameters[i];
            if (parameter?.Type.SpecialType == SpecialType.System_Double)
            {
                var (code, isMask, reason) = Expression(argument.Expression);
                if (code is null || isMask)
                {
                    return (null, reason ?? Describe(argument.Expression));
                }

                _names[parameter] = (Local(parameter.Name, code), false);
            }
            else if (parameter is not null && parameter.Type.IsValueType && parameter.Type.SpecialType == SpecialType.None)
            {
                var (value, reason) = Struct(argument.Expression);
                if (value is null)
                {
                    return (null, reason);
                }

                _aggregates[parameter] = Materialize(parameter.Name, value);
            }
            else
            {
                return (null, Describe(argument.Expression));
            }
        }

        var saved = _model;
        _model = _compilation.GetSemanticModel(declaration.SyntaxTree);
        _inlinedMerges.Add(method);
        var result = Body(declaration);
        _inlinedMerges.RemoveAt(_inlinedMerges.Count - 1);
        _model = saved;
        return result.Value is null
            ? (null, result.Reason is null ? Describe(invocation) : Reword(result.Reason, $"{result.Reason} (in '{method.ContainingType.Name}.{method.Name}')"))
            : result;
    }

    /// <summary>A member read: <c>a.Count</c> of a struct value.</summary>
    private (string? Code, bool IsMask, string? Reason) Member(MemberAccessExpressionSyntax member)
    {
        var symbol = _model.GetSymbolInfo(member, _cancellationToken).Symbol;
        if (symbol is not (IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false })
            || !IsLaneMember(symbol.ContainingType, symbol.Name))
        {
            return Reject(member);
        }

        var (value, reason) = Struct(member.Expression);
        return value is null ? (null, false, reason) : (Get(value, symbol.Name), false, null);
    }

    /// <summary>Whether a member of a struct is held in lanes: a state field of the metric, or a double of another struct.</summary>
    private bool IsLaneMember(INamedTypeSymbol type, string name)
    {
        if (SymbolEqualityComparer.Default.Equals(type, _metricType))
        {
            return _stateFields.Any(f => f.Name == name);
        }

        return type.GetMembers(name).Any(m => m is IFieldSymbol { IsStatic: false, Type.SpecialType: SpecialType.System_Double }
            or IPropertySymbol { IsStatic: false, Type.SpecialType: SpecialType.System_Double });
    }

    /// <summary>
    /// Whether <c>new()</c> of the type leaves every member at its default (0), so that unassigned members read 0: no
    /// parameterless constructor and no member initializers. The metric's own <c>new()</c> resets its state to the
    /// fields' identities, which <see cref="Get"/> supplies.
    /// </summary>
    private bool Constructible(INamedTypeSymbol type)
    {
        if (SymbolEqualityComparer.Default.Equals(type, _metricType))
        {
            return true;
        }

        if (type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && !c.IsImplicitlyDeclared))
        {
            return false;
        }

        foreach (var member in type.GetMembers())
        {
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(_cancellationToken);
                if (syntax is VariableDeclaratorSyntax { Initializer: not null } or PropertyDeclarationSyntax { Initializer: not null })
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Whether the constructor is a record's primary constructor, whose parameters are its properties.</summary>
    private bool IsPositional(IMethodSymbol constructor) =>
        constructor.DeclaringSyntaxReferences.Length == 1
        && constructor.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is RecordDeclarationSyntax { ParameterList: not null }
        && constructor.Parameters.All(p => constructor.ContainingType.GetMembers(p.Name).OfType<IPropertySymbol>().Any(property =>
            property.Type.SpecialType == SpecialType.System_Double
            && property.DeclaringSyntaxReferences.All(r => r.GetSyntax(_cancellationToken) is ParameterSyntax)));

    /// <summary>A member of a struct value; an unassigned member holds its default (a state field's identity).</summary>
    private string Get(Aggregate value, string name)
    {
        if (value.Members.TryGetValue(name, out var code))
        {
            return code;
        }

        var field = SymbolEqualityComparer.Default.Equals(value.Type, _metricType) ? _stateFields.FirstOrDefault(f => f.Name == name) : null;
        return field is null ? "{T}.Zero" : IdentityTemplate(field.Merge);
    }

    private Aggregate Materialize(string name, Aggregate value) =>
        new(value.Type, value.Members.OrderBy(m => m.Key, System.StringComparer.Ordinal).Select(m => (m.Key, Local(name + "_" + m.Key, m.Value))).ToList());

    /// <summary>Declares a merge local for a lane expression (a simple one is used as it is).</summary>
    private string Local(string name, string code)
    {
        if (Simple.IsMatch(code))
        {
            return code;
        }

        var local = $"__m{_locals++}_{name}";
        _mergeStatements.Add($"var {local} = {code};");
        return local;
    }

    /// <summary>A reason given more context, still pointing at the node the original names.</summary>
    private string Reword(string reason, string reworded) =>
        _obstacles.TryGetValue(reason, out var node) ? Note(reworded, node) : reworded;

    private string Statement(StatementSyntax statement) =>
        Note("the statement '" + Shorten(statement.ToString()) + "' has no lane-wise form", statement);

    /// <summary>A struct value: the lane code of each assigned member (absent members hold their default).</summary>
    private sealed class Aggregate
    {
        public Aggregate(ITypeSymbol type, IEnumerable<(string Name, string Code)> members)
        {
            Type = type;
            foreach (var (name, code) in members)
            {
                Members[name] = code;
            }
        }

        public ITypeSymbol Type { get; }

        public Dictionary<string, string> Members { get; } = new();
    }
}
