namespace Metrics.CodeFixes;

/// <summary>Makes an instance update function static (MET009).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeUpdateStaticCodeFixProvider)), Shared]
public sealed class MakeUpdateStaticCodeFixProvider : MetricCodeFixProvider<MethodDeclarationSyntax>
{
    /// <summary>Creates the code fix.</summary>
    public MakeUpdateStaticCodeFixProvider()
        : base(DiagnosticIds.UpdateNotStatic)
    {
    }

    /// <inheritdoc />
    protected override string? Title(MethodDeclarationSyntax node) =>
        node.Modifiers.Any(SyntaxKind.StaticKeyword) ? null : "Make the update function static";

    /// <inheritdoc />
    protected override Task<Document> FixAsync(Document document, MethodDeclarationSyntax node, CancellationToken cancellationToken)
    {
        // 'readonly' is meaningless on a static member; drop it.
        var modifiers = node.Modifiers;
        var readOnly = modifiers.IndexOf(SyntaxKind.ReadOnlyKeyword);
        if (readOnly >= 0)
        {
            modifiers = modifiers.RemoveAt(readOnly);
        }

        var firstAfter = node.ReturnType.GetFirstToken();
        modifiers = SyntaxEdits.AddModifier(modifiers, firstAfter, SyntaxKind.StaticKeyword, last: false, out var moved);
        var fixedMethod = node.WithModifiers(modifiers);
        if (moved)
        {
            fixedMethod = fixedMethod.ReplaceToken(fixedMethod.ReturnType.GetFirstToken(), firstAfter.WithLeadingTrivia());
        }

        return SyntaxEdits.ReplaceAsync(document, node, fixedMethod, cancellationToken);
    }
}
