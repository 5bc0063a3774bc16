using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Metrics.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Metrics.CodeFixes;

/// <summary>Adds a <c>Compute()</c> skeleton to a metric that has none (MET013).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddComputeCodeFixProvider)), Shared]
public sealed class AddComputeCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MissingCompute);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var declaration = await SyntaxEdits.FindAsync<TypeDeclarationSyntax>(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
            if (declaration is null)
            {
                continue;
            }

            const string member = "public readonly double Compute() => throw new System.NotImplementedException(\"Compute the metric's value from its state.\");";
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add a Compute() skeleton",
                    ct => SyntaxEdits.AddMemberAsync(context.Document, declaration, member, ct),
                    nameof(AddComputeCodeFixProvider)),
                diagnostic);
        }
    }
}
