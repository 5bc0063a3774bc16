namespace Metrics.CodeFixes;

/// <summary>
/// Adds a <c>static T Merge(T a, T b)</c> skeleton to a metric with a state field that has no merge attribute
/// (MET016). It combines the marked fields (sum, min, max) and throws until the others are combined by hand.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMergeCodeFixProvider)), Shared]
public sealed class AddMergeCodeFixProvider : MetricCodeFixProvider<TypeDeclarationSyntax>
{
    /// <summary>Creates the code fix.</summary>
    public AddMergeCodeFixProvider()
        : base(DiagnosticIds.FieldWithoutMerge)
    {
    }

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    protected override string? Title(TypeDeclarationSyntax node) => "Add a Merge skeleton";

    /// <inheritdoc />
    protected override async Task<Document> FixAsync(Document document, TypeDeclarationSyntax node, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model?.GetDeclaredSymbol(node, cancellationToken) is not INamedTypeSymbol type)
        {
            return document;
        }

        var name = node.Identifier.ValueText;
        var known = new System.Collections.Generic.List<string>();
        var unmarked = new System.Collections.Generic.List<string>();
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst && !f.IsImplicitlyDeclared && f.AssociatedSymbol is null))
        {
            var attribute = field.GetAttributes().Select(a => a.AttributeClass?.ToDisplayString()).FirstOrDefault(a => a is "Metrics.SumAttribute" or "Metrics.MinAttribute" or "Metrics.MaxAttribute");
            switch (attribute)
            {
                case "Metrics.SumAttribute":
                    known.Add(field.Type.ToDisplayString() == "Metrics.SumArray"
                        ? $"merged.{field.Name} = a.{field.Name}.Add(b.{field.Name});"
                        : $"merged.{field.Name} = a.{field.Name} + b.{field.Name};");
                    break;
                case "Metrics.MinAttribute":
                    known.Add($"merged.{field.Name} = System.Math.Min(a.{field.Name}, b.{field.Name});");
                    break;
                case "Metrics.MaxAttribute":
                    known.Add($"merged.{field.Name} = System.Math.Max(a.{field.Name}, b.{field.Name});");
                    break;
                default:
                    unmarked.Add(field.Name);
                    break;
            }
        }

        var body = new System.Text.StringBuilder();
        body.Append($"private static {name} Merge({name} a, {name} b)\n{{\n    var merged = a;\n");
        foreach (var line in known)
        {
            body.Append("    ").Append(line).Append('\n');
        }

        body.Append($"    throw new System.NotImplementedException(\"Combine {string.Join(", ", unmarked)} of a and b into merged, then return merged.\");\n}}");
        return await SyntaxEdits.AddMemberAsync(document, node, body.ToString(), cancellationToken).ConfigureAwait(false);
    }
}
