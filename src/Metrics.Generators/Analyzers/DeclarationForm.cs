namespace Metrics.Generators.Analyzers;

/// <summary>
/// The form of a <c>[Metric]</c> type (MET001-MET006, MET028), and who reports it. The DeclarationAnalyzer reports it,
/// except when the compiler would stop before running analyzers: a struct with field or property initializers and no
/// constructor fails with CS8983, a declaration error, and the command-line compiler then runs no analyzer. The
/// generator removes that error by declaring the constructor (see <c>Emitting/SkeletonEmitter</c>) whenever it can
/// re-open the type; when it cannot (a part or a containing type is not partial, the type is file-local), it reports
/// these diagnostics itself and the analyzer stays silent, so each problem is reported once.
/// </summary>
internal static class DeclarationForm
{
    /// <summary>One form problem, with what <see cref="Diagnostic.Create(DiagnosticDescriptor, Location, IEnumerable{Location}, object[])"/> needs.</summary>
    internal readonly record struct Problem(DiagnosticDescriptor Descriptor, Location Location, IReadOnlyList<Location> AdditionalLocations, string[] Arguments)
    {
        public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location, AdditionalLocations, Arguments);
    }

    /// <summary>Whether the generator, not the analyzer, reports the form problems of this metric (see the class remarks).</summary>
    public static bool IsReportedByGenerator(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        NeedsExplicitConstructor(type, cancellationToken) && !CanReopen(type, cancellationToken);

    /// <summary>
    /// Whether the user's declaration fails with CS8983 unless a constructor is declared: a struct whose instance fields
    /// or properties have initializers and that declares no constructor (a primary constructor counts).
    /// </summary>
    public static bool NeedsExplicitConstructor(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (type.TypeKind != TypeKind.Struct
            || type.InstanceConstructors.Any(c => !c.IsImplicitlyDeclared && MetricSymbols.IsUserDeclared(c, cancellationToken)))
        {
            return false;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration
                || MetricSymbols.IsGenerated(declaration.SyntaxTree, cancellationToken))
            {
                continue;
            }

            if (declaration.ParameterList is not null)
            {
                return false;
            }

            foreach (var member in declaration.Members)
            {
                var initialized = member switch
                {
                    PropertyDeclarationSyntax property => property.Initializer is not null && !property.Modifiers.Any(SyntaxKind.StaticKeyword),
                    BaseFieldDeclarationSyntax field => !field.Modifiers.Any(SyntaxKind.StaticKeyword) && !field.Modifiers.Any(SyntaxKind.ConstKeyword)
                        && field.Declaration.Variables.Any(v => v.Initializer is not null),
                    _ => false,
                };
                if (initialized)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a generated part can re-open the type: every part of it and of its containing types is partial, and it is not file-local.</summary>
    public static bool CanReopen(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (type.IsFileLocal)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaringSyntaxReferences.Length == 0 || !AllPartial(current, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The form problems of a metric type itself (every one but MET005, which <see cref="NonPartialContainers"/> gives).</summary>
    public static IEnumerable<Problem> Problems(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var name = MetricSymbols.Display(type);
        if (!MetricSymbols.IsRecordStruct(type) || type.IsReadOnly || type.IsFileLocal)
        {
            var kind = type.IsFileLocal ? "a file-local type (the generated part is in another file)"
                : type.IsRecord && type.TypeKind == TypeKind.Struct ? "a readonly record struct (its state is accumulated in place)"
                : type.IsRecord ? "a record class" : type.TypeKind == TypeKind.Struct ? "a plain struct" : "a " + type.TypeKind.ToString().ToLowerInvariant();
            yield return Create(DiagnosticDescriptors.NotRecordStruct, MetricSymbols.TypeLocation(type, cancellationToken), name, kind);
            yield break;
        }

        if (type.TypeParameters.Length > 0)
        {
            yield return Create(DiagnosticDescriptors.GenericMetric, MetricSymbols.TypeLocation(type, cancellationToken), name);
        }

        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.TypeParameters.Length > 0)
            {
                yield return Create(DiagnosticDescriptors.NestedInGenericType, MetricSymbols.TypeLocation(type, cancellationToken), name, MetricSymbols.Display(outer));
                break;
            }
        }

        foreach (var member in MetricSymbols.ReservedMembers(type, cancellationToken).Distinct(SymbolEqualityComparer.Default))
        {
            yield return Create(DiagnosticDescriptors.ReservedMemberName, MetricSymbols.MemberLocation(member!), member!.Name, name);
        }

        var declarations = type.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<TypeDeclarationSyntax>().ToList();
        var notPartial = declarations.Where(d => !d.Modifiers.Any(SyntaxKind.PartialKeyword)).ToList();
        foreach (var declaration in notPartial)
        {
            yield return Create(DiagnosticDescriptors.NotPartial, declaration.Identifier.GetLocation(), name);
        }

        if (notPartial.Count > 0 || declarations.Count < 2)
        {
            yield break;
        }

        var attribute = MetricSymbols.FindAttribute(type, KnownNames.MetricAttribute)?.ApplicationSyntaxReference?.GetSyntax(cancellationToken);
        var attributed = attribute?.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        if (attributed is not null && attributed != declarations[0])
        {
            var file = System.IO.Path.GetFileName(declarations[0].SyntaxTree.FilePath);
            yield return new Problem(
                DiagnosticDescriptors.AttributeNotOnFirstPart,
                attribute!.GetLocation(),
                new[] { declarations[0].Identifier.GetLocation() },
                new[] { name, string.IsNullOrEmpty(file) ? "the first file" : file });
        }
    }

    /// <summary>MET005 for each declaration of a type containing <paramref name="metric"/> that is not partial.</summary>
    public static IEnumerable<Problem> NonPartialContainers(INamedTypeSymbol outer, INamedTypeSymbol metric, CancellationToken cancellationToken)
    {
        foreach (var reference in outer.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax syntax && !syntax.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                yield return Create(DiagnosticDescriptors.ContainingTypeNotPartial, syntax.Identifier.GetLocation(), MetricSymbols.Display(outer), MetricSymbols.Display(metric));
            }
        }
    }

    private static bool AllPartial(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        type.DeclaringSyntaxReferences.All(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax syntax && syntax.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static Problem Create(DiagnosticDescriptor descriptor, Location location, params string[] arguments) =>
        new(descriptor, location, System.Array.Empty<Location>(), arguments);
}
