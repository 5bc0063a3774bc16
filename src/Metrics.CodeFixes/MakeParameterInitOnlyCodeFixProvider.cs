namespace Metrics.CodeFixes;

/// <summary>Makes a <c>[Parameter]</c> an init-only instance property (MET021): <c>set</c> becomes <c>init</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeParameterInitOnlyCodeFixProvider)), Shared]
public sealed class MakeParameterInitOnlyCodeFixProvider : MetricCodeFixProvider<PropertyDeclarationSyntax>
{
    /// <summary>Creates the code fix.</summary>
    public MakeParameterInitOnlyCodeFixProvider()
        : base(DiagnosticIds.MutableParameter)
    {
    }

    /// <inheritdoc />
    protected override string? Title(PropertyDeclarationSyntax node) =>
        node.AccessorList is null || node.AccessorList.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null)
            ? null
            : $"Make '{node.Identifier.ValueText}' init-only";

    /// <inheritdoc />
    protected override Task<Document> FixAsync(Document document, PropertyDeclarationSyntax node, CancellationToken cancellationToken) =>
        SyntaxEdits.ReplaceAsync(document, node, InitOnly(node, node.AccessorList!), cancellationToken);

    private static PropertyDeclarationSyntax InitOnly(PropertyDeclarationSyntax property, AccessorListSyntax accessorList)
    {
        var accessors = accessorList.Accessors;
        var setter = accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.SetAccessorDeclaration));
        if (setter is not null)
        {
            var init = SyntaxFactory.AccessorDeclaration(SyntaxKind.InitAccessorDeclaration)
                .WithModifiers(setter.Modifiers)
                .WithKeyword(SyntaxFactory.Token(setter.Keyword.LeadingTrivia, SyntaxKind.InitKeyword, setter.Keyword.TrailingTrivia))
                .WithSemicolonToken(setter.SemicolonToken)
                .WithAttributeLists(setter.AttributeLists)
                .WithTrailingTrivia(setter.GetTrailingTrivia());
            accessors = accessors.Replace(setter, init);
        }
        else if (!accessors.Any(a => a.IsKind(SyntaxKind.InitAccessorDeclaration)))
        {
            var last = accessors.Last();
            accessors = accessors.Add(SyntaxFactory.AccessorDeclaration(SyntaxKind.InitAccessorDeclaration)
                .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken))
                .WithLeadingTrivia(SyntaxFactory.Space)
                .WithTrailingTrivia(last.GetTrailingTrivia()));
            accessors = accessors.Replace(accessors[accessors.Count - 2], last.WithTrailingTrivia());
        }

        if (!accessors.Any(a => a.IsKind(SyntaxKind.GetAccessorDeclaration)))
        {
            accessors = accessors.Insert(0, SyntaxFactory.AccessorDeclaration(SyntaxKind.GetAccessorDeclaration)
                .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken))
                .WithLeadingTrivia(SyntaxFactory.Space));
            accessors = accessors.Replace(accessors[1], accessors[1].WithLeadingTrivia(SyntaxFactory.Space));
        }

        var fixedProperty = property.WithAccessorList(accessorList.WithAccessors(accessors));
        var isStatic = fixedProperty.Modifiers.IndexOf(SyntaxKind.StaticKeyword);
        if (isStatic >= 0)
        {
            var removed = fixedProperty.Modifiers[isStatic];
            var modifiers = fixedProperty.Modifiers.RemoveAt(isStatic);
            if (isStatic == 0)
            {
                modifiers = modifiers.Count > 0
                    ? modifiers.Replace(modifiers[0], modifiers[0].WithLeadingTrivia(removed.LeadingTrivia))
                    : modifiers;
                if (modifiers.Count == 0)
                {
                    fixedProperty = fixedProperty.WithType(fixedProperty.Type.WithLeadingTrivia(removed.LeadingTrivia));
                }
            }

            fixedProperty = fixedProperty.WithModifiers(modifiers);
        }

        return fixedProperty;
    }
}
