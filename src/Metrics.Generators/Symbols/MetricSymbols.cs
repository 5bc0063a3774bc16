namespace Metrics.Generators.Symbols;

/// <summary>
/// Symbol helpers shared by the analyzers. They restate the rules under which <c>Parsing/MetricParser</c> accepts a
/// declaration, so that each reason it skips one has a diagnostic.
/// </summary>
internal static class MetricSymbols
{
    /// <summary>The names of the DSL functions whose bodies must be pure.</summary>
    public static readonly ImmutableHashSet<string> DslFunctionNames = ImmutableHashSet.Create("Update", "Merge", "Compute");

    public static readonly SymbolDisplayFormat MemberFormat = SymbolDisplayFormat.CSharpShortErrorMessageFormat;

    /// <summary>Whether the type carries <c>[Metric]</c>.</summary>
    public static bool IsMetric(INamedTypeSymbol? type) =>
        type is not null && HasAttribute(type, KnownNames.MetricAttribute);

    public static bool HasAttribute(ISymbol symbol, string metadataName) => FindAttribute(symbol, metadataName) is not null;

    public static AttributeData? FindAttribute(ISymbol symbol, string metadataName) =>
        symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == metadataName);

    /// <summary>Whether the type is a record struct (the only kind the generator accepts).</summary>
    public static bool IsRecordStruct(INamedTypeSymbol type) => type.IsRecord && type.TypeKind == TypeKind.Struct;

    /// <summary>The identifier of the type's first declaration, or its first location.</summary>
    public static Location TypeLocation(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is BaseTypeDeclarationSyntax declaration)
            {
                return declaration.Identifier.GetLocation();
            }
        }

        return type.Locations.FirstOrDefault() ?? Location.None;
    }

    /// <summary>The location of a member's name.</summary>
    public static Location MemberLocation(ISymbol symbol) => symbol.Locations.FirstOrDefault() ?? Location.None;

    public static string Display(ISymbol symbol) => symbol.ToDisplayString(MemberFormat);

    /// <summary>
    /// Whether a member is the user's: declared in a source file that is not generated. The analyzers see the
    /// generator's output (instance Update overloads, Merge(other), a parameterless constructor, identity flags),
    /// which the generator itself never sees; both must judge the user's declaration alone.
    /// </summary>
    public static bool IsUserDeclared(ISymbol symbol, CancellationToken cancellationToken) =>
        symbol.DeclaringSyntaxReferences.Length == 0
        || symbol.DeclaringSyntaxReferences.Any(r => !IsGenerated(r.SyntaxTree, cancellationToken));

    /// <summary>
    /// The user's members whose names the generated part also declares (they would clash): any member named like a
    /// generated helper, and any member but a method named <c>Update</c> or <c>Merge</c>. A per-column metric may write its
    /// own <c>FromArguments</c> (other libraries' parameter spellings).
    /// </summary>
    public static IEnumerable<ISymbol> ReservedMembers(INamedTypeSymbol type, CancellationToken cancellationToken = default) =>
        type.GetMembers().Where(m => !m.IsImplicitlyDeclared
            && (KnownNames.GeneratedMembers.Contains(m.Name) || (KnownNames.DslMethodNames.Contains(m.Name) && m is not IMethodSymbol))
            && !(m.Name == "FromArguments" && m is IMethodSymbol && IsCellsMetric(type, cancellationToken))
            && IsUserDeclared(m, cancellationToken));

    /// <summary>
    /// Whether Compute's result can be the <c>TResult</c> of the generated <c>IMetric&lt;T, TResult&gt;</c>: returned by
    /// value, and a type that may be a type argument of an implemented interface (not a pointer, ref struct or dynamic).
    /// </summary>
    public static bool IsValidResultType(IMethodSymbol compute) =>
        !compute.ReturnsByRef && !compute.ReturnsByRefReadonly && !compute.ReturnsVoid
        && compute.ReturnType.TypeKind is not (TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.Dynamic)
        && !compute.ReturnType.IsRefLikeType;

    /// <summary>The state fields, as the parser enumerates them.</summary>
    public static IEnumerable<IFieldSymbol> StateFields(INamedTypeSymbol type, CancellationToken cancellationToken = default) =>
        type.GetMembers().OfType<IFieldSymbol>().Where(f =>
            !f.IsStatic && !f.IsConst && !f.IsImplicitlyDeclared && f.AssociatedSymbol is null && IsUserDeclared(f, cancellationToken));

    /// <summary>The <c>[Statistics]</c> fields: a derived metric has exactly one, and no other state.</summary>
    public static IEnumerable<IFieldSymbol> StatisticsFields(INamedTypeSymbol type, CancellationToken cancellationToken = default) =>
        StateFields(type, cancellationToken).Where(f => HasAttribute(f, KnownNames.StatisticsAttribute));

    /// <summary>Whether the metric is derived: it declares a <c>[Statistics]</c> field.</summary>
    public static bool IsDerived(INamedTypeSymbol type, CancellationToken cancellationToken = default) =>
        StatisticsFields(type, cancellationToken).Any();

    /// <summary>The <c>[Cells]</c> fields: a per-column metric has exactly one, and no other state.</summary>
    public static IEnumerable<IFieldSymbol> CellsFields(INamedTypeSymbol type, CancellationToken cancellationToken = default) =>
        StateFields(type, cancellationToken).Where(f => HasAttribute(f, KnownNames.CellsAttribute));

    /// <summary>Whether the metric is a per-column metric: it declares a <c>[Cells]</c> field (and no <c>[Statistics]</c> field).</summary>
    public static bool IsCellsMetric(INamedTypeSymbol type, CancellationToken cancellationToken = default) =>
        !IsDerived(type, cancellationToken) && CellsFields(type, cancellationToken).Any();

    /// <summary>The user's <c>[MeanOf]</c> methods: a function metric has exactly one, and no state, update, merge or Compute.</summary>
    public static IEnumerable<IMethodSymbol> MeanOfFunctions(INamedTypeSymbol type, CancellationToken cancellationToken = default) =>
        type.GetMembers().OfType<IMethodSymbol>().Where(m => HasAttribute(m, KnownNames.MeanOfAttribute) && IsUserDeclared(m, cancellationToken));

    /// <summary>Whether the metric is a function metric: it declares a <c>[MeanOf]</c> function (and no <c>[Statistics]</c> field).</summary>
    public static bool IsFunctionMetric(INamedTypeSymbol type, CancellationToken cancellationToken = default) =>
        !IsDerived(type, cancellationToken) && MeanOfFunctions(type, cancellationToken).Any();

    /// <summary>The names of the fields the generator declares for a <c>[MeanOf]</c> function: <c>Sum</c> and <c>Count</c>, by default <c>Total</c> and <c>Count</c>.</summary>
    public static (string Sum, string Count) MeanOfFieldNames(IMethodSymbol function)
    {
        var attribute = FindAttribute(function, KnownNames.MeanOfAttribute);
        string Named(string key, string fallback) =>
            attribute?.NamedArguments.FirstOrDefault(n => n.Key == key).Value.Value as string ?? fallback;
        return (Named("Sum", "Total"), Named("Count", "Count"));
    }

    /// <summary>
    /// The user's members a function metric may not declare, with what each is: state fields, update, merge and
    /// Compute functions (the generator writes them) and any member named like a generated field.
    /// </summary>
    public static IEnumerable<(ISymbol Member, string What)> FunctionMetricConflicts(INamedTypeSymbol type, (string Sum, string Count) names, CancellationToken cancellationToken = default)
    {
        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared || !IsUserDeclared(member, cancellationToken) || member is IMethodSymbol { MethodKind: not MethodKind.Ordinary }
                || HasAttribute(member, KnownNames.MeanOfAttribute))
            {
                continue;
            }

            var what = member switch
            {
                IMethodSymbol { Name: "Update" } => "an Update function",
                IMethodSymbol { Name: "Merge" } => "a Merge function",
                IMethodSymbol { Name: "Compute" } => "a Compute function",
                _ when member.Name == names.Sum || member.Name == names.Count => $"a member named '{member.Name}', which the generated state declares",
                IFieldSymbol { IsStatic: false, IsConst: false, AssociatedSymbol: null } => "a state field",
                _ => null,
            };
            if (what is not null)
            {
                yield return (member, what);
            }
        }
    }

    /// <summary>A user-declared <c>StatisticsTemplate()</c> returning <paramref name="statistics"/>, which then maps the parameters.</summary>
    public static IMethodSymbol? StatisticsTemplate(INamedTypeSymbol type, ITypeSymbol statistics, CancellationToken cancellationToken = default) =>
        type.GetMembers("StatisticsTemplate").OfType<IMethodSymbol>().FirstOrDefault(m =>
            !m.IsStatic && m.Parameters.Length == 0 && m.TypeParameters.Length == 0
            && SymbolEqualityComparer.Default.Equals(m.ReturnType, statistics) && IsUserDeclared(m, cancellationToken));

    /// <summary>A user-declared <c>static T FromArguments(IReadOnlyDictionary&lt;string, object?&gt;)</c>, which a per-column metric may write itself.</summary>
    public static IMethodSymbol? UserFromArguments(INamedTypeSymbol type, CancellationToken cancellationToken = default) =>
        type.GetMembers("FromArguments").OfType<IMethodSymbol>().FirstOrDefault(m =>
            m.IsStatic && m.Parameters.Length == 1 && m.TypeParameters.Length == 0
            && SymbolEqualityComparer.Default.Equals(m.ReturnType, type) && IsUserDeclared(m, cancellationToken));

    /// <summary>The <c>[Parameter]</c> properties.</summary>
    public static IEnumerable<IPropertySymbol> Parameters(INamedTypeSymbol type) =>
        type.GetMembers().OfType<IPropertySymbol>().Where(p => HasAttribute(p, KnownNames.ParameterAttribute));

    /// <summary>The parameters the parser accepts: init-only instance properties with a getter.</summary>
    public static bool IsValidParameter(IPropertySymbol property) =>
        !property.IsStatic && property.SetMethod is { IsInitOnly: true } && property.GetMethod is not null;

    /// <summary>Whether the type declares a merge the parser recognises: <c>static T Merge(T a, T b)</c>, by value or <c>in</c>, not generic.</summary>
    public static bool HasUserMerge(INamedTypeSymbol type) => Merges(type).Any(IsRecognisedMerge);

    /// <summary>The user's methods named Merge (not the generated instance <c>Merge(other)</c>).</summary>
    public static IEnumerable<IMethodSymbol> Merges(INamedTypeSymbol type, CancellationToken cancellationToken = default) =>
        type.GetMembers("Merge").OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary && IsUserDeclared(m, cancellationToken));

    public static bool IsRecognisedMerge(IMethodSymbol method) =>
        SignatureRules.MergeProblems(method, method.ContainingType).Count == 0;

    /// <summary>The methods named Update.</summary>
    public static IEnumerable<IMethodSymbol> Updates(INamedTypeSymbol type, CancellationToken cancellationToken = default) =>
        type.GetMembers("Update").OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary && IsUserDeclared(m, cancellationToken));

    /// <summary>Whether the method is one of the DSL functions of a metric (Update, Merge, Compute, a [MeanOf] function).</summary>
    public static bool IsDslFunction(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Ordinary && (DslFunctionNames.Contains(method.Name) || HasAttribute(method, KnownNames.MeanOfAttribute))
        && IsMetric(method.ContainingType);

    /// <summary>Whether the metric has a [Sum] SumArray state field of this name (ignoring case), which a SumArrayWriter argument writes.</summary>
    public static bool IsSummedArrayField(INamedTypeSymbol type, string name) =>
        type.GetMembers().OfType<IFieldSymbol>().Any(f => !f.IsStatic
            && string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)
            && f.Type.ToDisplayString() == KnownNames.SumArray
            && FindAttribute(f, KnownNames.SumAttribute) is not null);

    /// <summary>The [Parameter] property that receives an update argument of this name (the parser ignores case).</summary>
    public static IPropertySymbol? ParameterFor(INamedTypeSymbol type, IParameterSymbol argument) =>
        Parameters(type).FirstOrDefault(p => string.Equals(p.Name, argument.Name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a syntax tree holds generated code (the generator's output, or any auto-generated file).</summary>
    public static bool IsGenerated(SyntaxTree? tree, CancellationToken cancellationToken)
    {
        if (tree is null)
        {
            return false;
        }

        var path = tree.FilePath ?? string.Empty;
        if (path.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".generated.cs", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var trivia in tree.GetRoot(cancellationToken).GetLeadingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && trivia.ToString().Contains("<auto-generated"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The element kind of an update argument: a scalar, a row (span) of scalars, or unsupported (null).</summary>
    public static ElementKind? Classify(ITypeSymbol type, ITypeParameterSymbol? typeParameter)
    {
        if (type is INamedTypeSymbol { IsGenericType: true } named
            && named.ConstructedFrom.ToDisplayString() == "System.ReadOnlySpan<T>")
        {
            var element = Classify(named.TypeArguments[0], typeParameter);
            return element is null || element.Value.IsSpan ? null : element.Value.AsSpan();
        }

        if (typeParameter is not null && SymbolEqualityComparer.Default.Equals(type, typeParameter))
        {
            return new ElementKind(false, true);
        }

        return type.SpecialType is SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Int32
            or SpecialType.System_Int64 or SpecialType.System_Boolean
            ? new ElementKind(false, false)
            : null;
    }

    /// <summary>Whether a type parameter can be instantiated with float or double, as the parser requires.</summary>
    public static bool AcceptsFloatOrDouble(ITypeParameterSymbol parameter, Compilation compilation) =>
        Satisfies(parameter, compilation.GetSpecialType(SpecialType.System_Single))
        || Satisfies(parameter, compilation.GetSpecialType(SpecialType.System_Double));

    /// <summary>Whether <paramref name="argument"/> meets every constraint of <paramref name="parameter"/>.</summary>
    public static bool Satisfies(ITypeParameterSymbol parameter, INamedTypeSymbol argument)
    {
        if (parameter.HasReferenceTypeConstraint)
        {
            return false;
        }

        foreach (var constraint in parameter.ConstraintTypes)
        {
            if (constraint is not INamedTypeSymbol named)
            {
                return false;
            }

            var substituted = named.IsGenericType
                ? named.ConstructedFrom.Construct(named.TypeArguments
                    .Select(t => SymbolEqualityComparer.Default.Equals(t, parameter) ? argument : t).ToArray())
                : named;
            if (!argument.AllInterfaces.Contains(substituted, SymbolEqualityComparer.Default)
                && !SymbolEqualityComparer.Default.Equals(argument, substituted))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The element kind of one update argument.</summary>
    internal readonly struct ElementKind
    {
        public ElementKind(bool isSpan, bool isTypeParameter)
        {
            IsSpan = isSpan;
            IsTypeParameter = isTypeParameter;
        }

        public bool IsSpan { get; }

        public bool IsTypeParameter { get; }

        public ElementKind AsSpan() => new(true, IsTypeParameter);
    }
}
