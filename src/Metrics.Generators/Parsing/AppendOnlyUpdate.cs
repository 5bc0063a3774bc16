namespace Metrics.Generators.Parsing;

/// <summary>
/// Recognises a pair update that only appends its element to the one state field: its result is
/// <c>new() { Field = SampleBuffer.Of(prediction, label) }</c>, nothing else, in a metric whose only state is that
/// <c>[Append] SampleBuffer</c> and that has no merge of its own. Such an update appends a batch in bulk
/// (<c>SampleBuffer.AppendRange</c>) instead of one element at a time; the guards before the loop stay as they are.
/// </summary>
internal static class AppendOnlyUpdate
{
    /// <summary>The appended field's name when <paramref name="method"/> is an append-only pair update; otherwise null.</summary>
    public static string? Field(
        IMethodSymbol method,
        ElementShape shape,
        IReadOnlyList<UpdateArgument> arguments,
        IReadOnlyList<StateField> fields,
        Compilation compilation,
        CancellationToken cancellationToken)
    {
        if (shape != ElementShape.Pair || method.IsGenericMethod || arguments.Count != 2
            || fields.Count != 1 || fields[0] is not { Merge: MergeKind.Append, Type: StateFieldType.SampleBuffer } field
            || MetricSymbols.Merges(method.ContainingType, cancellationToken).Any()
            || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration)
        {
            return null;
        }

        var label = Parameter(method, arguments, ArgumentRole.Label);
        var prediction = Parameter(method, arguments, ArgumentRole.Prediction);
        if (label is null || prediction is null || !IsNumber(label.Type) || !IsNumber(prediction.Type))
        {
            return null;
        }

        // The whole body is the result: an expression body, or a block holding only `return new() { ... };`.
        var result = declaration.ExpressionBody?.Expression
            ?? (declaration.Body is { Statements.Count: 1 } body && body.Statements[0] is ReturnStatementSyntax only ? only.Expression : null);
        if (result is null || VectorTranslator.Initializers(result) is not { Count: 1 } initializers
            || initializers[0] is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax target, Right: InvocationExpressionSyntax of }
            || target.Identifier.ValueText != field.Name
            || of.ArgumentList.Arguments.Count != 2 || of.ArgumentList.Arguments.Any(a => a.NameColon is not null))
        {
            return null;
        }

        var score = of.ArgumentList.Arguments[0].Expression;
        var labelArgument = of.ArgumentList.Arguments[1].Expression;

        var model = compilation.GetSemanticModel(declaration.SyntaxTree);
        var symbol = model.GetSymbolInfo(of, cancellationToken).Symbol as IMethodSymbol;
        return symbol is { Name: "Of", IsStatic: true } && symbol.ContainingType?.ToDisplayString() == KnownNames.SampleBuffer
            && Refers(model, score, prediction, cancellationToken)
            && Refers(model, labelArgument, label, cancellationToken)
            ? field.Name
            : null;
    }

    private static IParameterSymbol? Parameter(IMethodSymbol method, IReadOnlyList<UpdateArgument> arguments, ArgumentRole role)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Role == role)
            {
                return method.Parameters[i];
            }
        }

        return null;
    }

    private static bool Refers(SemanticModel model, ExpressionSyntax expression, IParameterSymbol parameter, CancellationToken cancellationToken) =>
        expression is IdentifierNameSyntax
        && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(expression, cancellationToken).Symbol, parameter);

    // The bulk append converts each input with double.CreateTruncating, which equals the implicit conversions of the
    // element path (input → parameter → double) for these types only.
    private static bool IsNumber(ITypeSymbol type) => type.SpecialType is
        SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Int32 or SpecialType.System_Int64
        or SpecialType.System_Int16 or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_UInt16
        or SpecialType.System_UInt32;
}
