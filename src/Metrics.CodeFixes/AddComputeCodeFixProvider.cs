namespace Metrics.CodeFixes;

/// <summary>Adds a <c>Compute()</c> skeleton to a metric that has none (MET013).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddComputeCodeFixProvider)), Shared]
public sealed class AddComputeCodeFixProvider : MetricCodeFixProvider<TypeDeclarationSyntax>
{
    private const string Skeleton = "public readonly double Compute() => throw new System.NotImplementedException(\"Compute the metric's value from its state.\");";

    /// <summary>Creates the code fix.</summary>
    public AddComputeCodeFixProvider()
        : base(DiagnosticIds.MissingCompute)
    {
    }

    /// <inheritdoc />
    protected override string? Title(TypeDeclarationSyntax node) => "Add a Compute() skeleton";

    /// <inheritdoc />
    protected override Task<Document> FixAsync(Document document, TypeDeclarationSyntax node, CancellationToken cancellationToken) =>
        SyntaxEdits.AddMemberAsync(document, node, Skeleton, cancellationToken);
}
