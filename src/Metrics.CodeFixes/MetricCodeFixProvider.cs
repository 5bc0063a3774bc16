namespace Metrics.CodeFixes;

/// <summary>
/// What every Metrics.Dsl code fix does alike: for each diagnostic it finds the declaration of type
/// <typeparamref name="TNode"/> around it and, when the fix applies there, offers one action that edits the document.
/// </summary>
/// <typeparam name="TNode">The declaration the fix edits.</typeparam>
public abstract class MetricCodeFixProvider<TNode> : CodeFixProvider
    where TNode : SyntaxNode
{
    /// <summary>Creates a code fix for the diagnostics <paramref name="fixableDiagnosticIds"/>.</summary>
    /// <param name="fixableDiagnosticIds">The ids of the diagnostics the fix applies to.</param>
    protected MetricCodeFixProvider(params string[] fixableDiagnosticIds) =>
        FixableDiagnosticIds = ImmutableArray.Create(fixableDiagnosticIds);

    /// <inheritdoc />
    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var node = await SyntaxEdits.FindAsync<TNode>(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
            if (node is null || Title(node) is not { } title)
            {
                continue;
            }

            context.RegisterCodeFix(CodeAction.Create(title, ct => FixAsync(context.Document, node, ct), GetType().Name), diagnostic);
        }
    }

    /// <summary>The title of the fix for <paramref name="node"/>, or null when the fix does not apply to it.</summary>
    /// <param name="node">The declaration around the diagnostic.</param>
    /// <returns>The action's title, or null.</returns>
    protected abstract string? Title(TNode node);

    /// <summary>Applies the fix to <paramref name="node"/>.</summary>
    /// <param name="document">The document holding the node.</param>
    /// <param name="node">The declaration to fix.</param>
    /// <param name="cancellationToken">Cancels the edit.</param>
    /// <returns>The edited document.</returns>
    protected abstract Task<Document> FixAsync(Document document, TNode node, CancellationToken cancellationToken);
}
