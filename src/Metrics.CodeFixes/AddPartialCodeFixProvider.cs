namespace Metrics.CodeFixes;

/// <summary>Adds <c>partial</c> to a metric (MET001) or to a type containing one (MET005).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFixProvider)), Shared]
public sealed class AddPartialCodeFixProvider : MetricCodeFixProvider<TypeDeclarationSyntax>
{
    /// <summary>Creates the code fix.</summary>
    public AddPartialCodeFixProvider()
        : base(DiagnosticIds.NotPartial, DiagnosticIds.ContainingTypeNotPartial)
    {
    }

    /// <inheritdoc />
    protected override string? Title(TypeDeclarationSyntax node) =>
        node.Modifiers.Any(SyntaxKind.PartialKeyword) ? null : $"Make '{node.Identifier.ValueText}' partial";

    /// <inheritdoc />
    protected override Task<Document> FixAsync(Document document, TypeDeclarationSyntax node, CancellationToken cancellationToken)
    {
        var modifiers = SyntaxEdits.AddModifier(node.Modifiers, node.Keyword, SyntaxKind.PartialKeyword, last: true, out var moved);
        var fixedDeclaration = node.WithModifiers(modifiers);
        if (moved)
        {
            fixedDeclaration = fixedDeclaration.WithKeyword(node.Keyword.WithLeadingTrivia());
        }

        return SyntaxEdits.ReplaceAsync(document, node, fixedDeclaration, cancellationToken);
    }
}
