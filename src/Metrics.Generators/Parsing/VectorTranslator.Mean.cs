namespace Metrics.Generators.Parsing;

/// <summary>The lane-wise form of a function metric's <c>[MeanOf]</c> function.</summary>
internal sealed partial class VectorTranslator
{
    /// <summary>
    /// The translated update of a function metric, whose generated update function is
    /// <c>new() { Sum = Function(...), Count = 1 }</c>: the function's result is the sum's contribution and one the
    /// count's. Or null, the reason and the syntax the reason names (null when it names none).
    /// </summary>
    public static (VectorBody? Body, string? Reason) TranslateMean(
        IMethodSymbol function,
        ElementShape shape,
        IReadOnlyList<UpdateArgument> arguments,
        MeanFunction mean,
        Compilation compilation,
        CancellationToken cancellationToken,
        out SyntaxNode? obstacle)
    {
        obstacle = null;
        if (shape is not (ElementShape.Value or ElementShape.Pair))
        {
            return (null, "row updates are reduced per row, not lifted to lanes");
        }

        if (GenericReason(function, hasMerge: false, isHistogram: false) is { } genericReason)
        {
            return (null, genericReason);
        }

        if (function.DeclaringSyntaxReferences.Length != 1
            || function.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration)
        {
            return (null, "the function has no single declaration");
        }

        var (translator, bindReason) = Bind(function, declaration, arguments, compilation, histogram: null, exactOnly: false, cancellationToken);
        if (translator is null)
        {
            return (null, bindReason);
        }

        var result = translator.TranslateMeanBody(declaration, mean);
        if (result.Reason is not null)
        {
            obstacle = translator._obstacles.TryGetValue(result.Reason, out var node) && node.SyntaxTree == declaration.SyntaxTree ? node : null;
        }

        return result;
    }

    private (VectorBody? Body, string? Reason) TranslateMeanBody(MethodDeclarationSyntax declaration, MeanFunction mean)
    {
        var (result, bodyReason) = Locals(declaration, "__");
        if (result is null)
        {
            return (null, bodyReason);
        }

        var (code, isMask, reason) = Expression(result);
        if (code is null || isMask)
        {
            return (null, reason ?? Note("the boolean result '" + Shorten(result.ToString()) + "' has no lane-wise form", result));
        }

        var contributions = new[]
        {
            new FieldContribution(mean.SumField, code),
            new FieldContribution(mean.CountField, "{V}.Create(" + Literals.Double(1) + ")"),
        };
        return (new VectorBody(_statements.ToEquatableArray(), contributions.ToEquatableArray(), _preconditions.Distinct().ToEquatableArray(), RoundsToElement: _rounds), null);
    }
}
