using Microsoft.CodeAnalysis.Formatting;

namespace Metrics.CodeFixes;

/// <summary>Small syntax edits shared by the code fixes.</summary>
internal static class SyntaxEdits
{
    private static readonly SyntaxKind[] AccessModifiers =
    {
        SyntaxKind.PublicKeyword, SyntaxKind.PrivateKeyword, SyntaxKind.ProtectedKeyword, SyntaxKind.InternalKeyword, SyntaxKind.FileKeyword,
    };

    /// <summary>The node of type <typeparamref name="T"/> around a diagnostic's location.</summary>
    public static async Task<T?> FindAsync<T>(Document document, Microsoft.CodeAnalysis.Text.TextSpan span, CancellationToken cancellationToken)
        where T : SyntaxNode
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root?.FindToken(span.Start).Parent?.AncestorsAndSelf().OfType<T>().FirstOrDefault();
    }

    /// <summary>Adds a modifier to a member: last (as <c>partial</c> must be), or right after the access modifiers.</summary>
    public static SyntaxTokenList AddModifier(SyntaxTokenList modifiers, SyntaxToken firstTokenAfterModifiers, SyntaxKind kind, bool last, out bool movedTrivia)
    {
        movedTrivia = false;
        if (modifiers.Count == 0)
        {
            movedTrivia = true;
            return SyntaxFactory.TokenList(SyntaxFactory.Token(firstTokenAfterModifiers.LeadingTrivia, kind, SyntaxFactory.TriviaList(SyntaxFactory.Space)));
        }

        var index = last ? modifiers.Count : modifiers.TakeWhile(m => AccessModifiers.Contains(m.Kind())).Count();
        var token = SyntaxFactory.Token(kind).WithTrailingTrivia(SyntaxFactory.Space);
        if (index == 0)
        {
            token = token.WithLeadingTrivia(modifiers[0].LeadingTrivia);
            modifiers = modifiers.Replace(modifiers[0], modifiers[0].WithLeadingTrivia());
        }

        return modifiers.Insert(index, token);
    }

    /// <summary>Adds a member at the end of a type, formatted.</summary>
    public static async Task<Document> AddMemberAsync(Document document, TypeDeclarationSyntax type, string memberText, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var member = SyntaxFactory.ParseMemberDeclaration(memberText);
        if (root is null || member is null)
        {
            return document;
        }

        member = member.WithLeadingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed).WithAdditionalAnnotations(Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(type, type.AddMembers(member)));
    }

    /// <summary>Replaces one node of a document with its fixed form.</summary>
    public static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(node, replacement));
    }
}
