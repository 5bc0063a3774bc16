using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Metrics.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Metrics.CodeFixes;

/// <summary>Adds <c>partial</c> to a metric (MET001) or to a type containing one (MET005).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFixProvider)), Shared]
public sealed class AddPartialCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.NotPartial, DiagnosticIds.ContainingTypeNotPartial);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var declaration = await SyntaxEdits.FindAsync<TypeDeclarationSyntax>(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
            if (declaration is null || declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Make '{declaration.Identifier.ValueText}' partial",
                    ct => FixAsync(context.Document, declaration, ct),
                    equivalenceKey: nameof(AddPartialCodeFixProvider)),
                diagnostic);
        }
    }

    private static async Task<Document> FixAsync(Document document, TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var modifiers = SyntaxEdits.AddModifier(declaration.Modifiers, declaration.Keyword, SyntaxKind.PartialKeyword, last: true, out var moved);
        var fixedDeclaration = declaration.WithModifiers(modifiers);
        if (moved)
        {
            fixedDeclaration = fixedDeclaration.WithKeyword(declaration.Keyword.WithLeadingTrivia());
        }

        return document.WithSyntaxRoot(root.ReplaceNode(declaration, fixedDeclaration));
    }
}
