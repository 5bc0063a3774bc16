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

/// <summary>Makes an instance update function static (MET009).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeUpdateStaticCodeFixProvider)), Shared]
public sealed class MakeUpdateStaticCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UpdateNotStatic);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var method = await SyntaxEdits.FindAsync<MethodDeclarationSyntax>(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
            if (method is null || method.Modifiers.Any(SyntaxKind.StaticKeyword))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Make the update function static", ct => FixAsync(context.Document, method, ct), nameof(MakeUpdateStaticCodeFixProvider)),
                diagnostic);
        }
    }

    private static async Task<Document> FixAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // 'readonly' is meaningless on a static member; drop it.
        var modifiers = method.Modifiers;
        var readOnly = modifiers.IndexOf(SyntaxKind.ReadOnlyKeyword);
        if (readOnly >= 0)
        {
            modifiers = modifiers.RemoveAt(readOnly);
        }

        var firstAfter = method.ReturnType.GetFirstToken();
        modifiers = SyntaxEdits.AddModifier(modifiers, firstAfter, SyntaxKind.StaticKeyword, last: false, out var moved);
        var fixedMethod = method.WithModifiers(modifiers);
        if (moved)
        {
            fixedMethod = fixedMethod.ReplaceToken(fixedMethod.ReturnType.GetFirstToken(), firstAfter.WithLeadingTrivia());
        }

        return document.WithSyntaxRoot(root.ReplaceNode(method, fixedMethod));
    }
}
