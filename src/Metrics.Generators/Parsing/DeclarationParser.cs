using Metrics.Generators.Analyzers;

namespace Metrics.Generators.Parsing;

/// <summary>
/// Turns a declaration carrying <c>[Metric]</c> into what the generator emits or reports: the model of a supported
/// metric; else, for a struct that needs a constructor to compile, a skeleton that declares it or, when the type cannot be
/// re-opened, the form diagnostics (see <see cref="DeclarationForm"/>). Total: never throws.
/// </summary>
internal static class DeclarationParser
{
    private static readonly ParsedDeclaration Nothing = new(null, null, EquatableArray<DiagnosticInfo>.Empty);

    public static ParsedDeclaration Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var model = MetricParser.Parse(context, cancellationToken);
        if (model is not null)
        {
            return new ParsedDeclaration(model, null, EquatableArray<DiagnosticInfo>.Empty);
        }

        try
        {
            return context.TargetSymbol is INamedTypeSymbol type ? ParseUnsupported(type, cancellationToken) : Nothing;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // The generator must never throw (CS8785); then the analyzers alone explain the declaration.
        catch (Exception)
#pragma warning restore CA1031
        {
            return Nothing;
        }
    }

    private static ParsedDeclaration ParseUnsupported(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (!DeclarationForm.NeedsExplicitConstructor(type, cancellationToken))
        {
            return Nothing;
        }

        if (DeclarationForm.CanReopen(type, cancellationToken))
        {
            return new ParsedDeclaration(null, Skeleton(type), EquatableArray<DiagnosticInfo>.Empty);
        }

        var problems = DeclarationForm.Problems(type, cancellationToken).ToList();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            problems.AddRange(DeclarationForm.NonPartialContainers(outer, type, cancellationToken));
        }

        var diagnostics = problems.Select(p => new DiagnosticInfo(
            p.Descriptor,
            LocationInfo.From(p.Location),
            p.AdditionalLocations.Select(LocationInfo.From).ToEquatableArray(),
            p.Arguments.ToEquatableArray()));
        return new ParsedDeclaration(null, null, diagnostics.ToEquatableArray());
    }

    private static MetricSkeleton Skeleton(INamedTypeSymbol type)
    {
        var containing = new List<ContainingType>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containing.Insert(0, new ContainingType(Keyword(outer), Naming.Escape(outer.Name) + TypeParameterList(outer)));
        }

        var ns = type.ContainingNamespace.IsGlobalNamespace
            ? string.Empty
            : type.ContainingNamespace.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted));
        var modifiers = (type.IsReadOnly ? "readonly " : string.Empty) + (type.IsRefLikeType ? "ref " : string.Empty);
        return new MetricSkeleton(
            ns,
            containing.ToEquatableArray(),
            modifiers,
            Keyword(type),
            Naming.Escape(type.Name) + TypeParameterList(type),
            Naming.Escape(type.Name),
            MetricParser.HintName(type));
    }

    private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
    {
        (true, TypeKind.Struct) => "record struct",
        (true, _) => "record",
        (false, TypeKind.Struct) => "struct",
        (false, TypeKind.Interface) => "interface",
        _ => "class",
    };

    private static string TypeParameterList(INamedTypeSymbol type) =>
        type.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", type.TypeParameters.Select(p => Naming.Escape(p.Name))) + ">";
}
