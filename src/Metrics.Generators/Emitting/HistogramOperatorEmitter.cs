namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes the operator of a histogram update (<see cref="UpdateFunction.HistogramField"/>): the cell of one element,
/// read from the user's <c>Update</c> (<c>SumArray.CellIndex</c>), and, when the index was translated, its vector form
/// per width and the preconditions on the parameters under which that form applies.
/// </summary>
internal static class HistogramOperatorEmitter
{
    private static readonly string[] Widths =
    {
        "global::System.Runtime.Intrinsics.Vector512",
        "global::System.Runtime.Intrinsics.Vector256",
        "global::System.Runtime.Intrinsics.Vector128",
    };

    public static void Emit(IndentedWriter w, MetricModel model, UpdateFunction update)
    {
        var operatorName = ShapeSyntax.OperatorName(update.Shape);
        var interfaces = update.Inputs.Select(t => $"{ShapeSyntax.Kernels}.IHistogramPairOperator<{t.LabelType}, {t.PredictionType}>").ToList();
        var body = update.Vector;
        if (body is not null)
        {
            interfaces.AddRange(Widths.Select(vector => $"{ShapeSyntax.Kernels}.IVectorHistogramOperator<{vector}<double>>"));
            var preconditions = body.Preconditions.Count == 0 ? "always" : "when " + string.Join(" && ", body.Preconditions);
            w.WriteLine($"// Histogram path: cells of {update.HistogramField}, the vector form {preconditions}.");
        }
        else
        {
            w.WriteLine($"// Histogram path: cells of {update.HistogramField}, computed element by element.");
            w.WriteLine($"// Scalar path: {update.ScalarReason?.Replace("\n", " ")}.");
        }

        var captured = update.Arguments.Where(a => a.Role == ArgumentRole.Parameter).Select(a => a.ParameterName!).Distinct().ToList();
        w.OpenBlock($"private struct {operatorName} : {string.Join(", ", interfaces)}");
        OperatorEmitter.EmitStateAndConstructor(w, model, operatorName, captured);
        w.WriteLine();
        var applies = body is null ? "false" : body.Preconditions.Count == 0 ? "true" : string.Join(" && ", body.Preconditions);
        w.WriteLine($"public readonly bool VectorApplies => {applies};");
        foreach (var types in update.Inputs)
        {
            var arguments = update.Arguments.Select(a => a.Role switch
            {
                ArgumentRole.Label => "label",
                ArgumentRole.Prediction => "prediction",
                _ => "_" + a.ParameterName,
            });
            w.WriteLine();
            w.WriteLine($"public readonly int Cell({types.LabelType} label, {types.PredictionType} prediction) =>");
            w.WriteLine($"    {model.FullyQualifiedName}.Update({string.Join(", ", arguments)}).{Naming.Escape(update.HistogramField!)}.CellIndex;");
        }

        if (body is not null)
        {
            foreach (var vector in Widths)
            {
                var type = vector + "<double>";
                w.WriteLine();
                w.WriteLine(ShapeSyntax.AggressiveInlining);
                w.OpenBlock($"public readonly {type} Cells({type} __label, {type} __prediction)");
                foreach (var statement in body.Statements)
                {
                    w.WriteLine(Expand(statement, vector));
                }

                w.WriteLine($"return {Expand(body.Contributions[0].Expression, vector)};");
                w.CloseBlock();
            }
        }

        w.CloseBlock();
        w.WriteLine();
    }

    private static string Expand(string template, string vector) =>
        template.Replace("{V}", vector).Replace("{T}", vector + "<double>");
}
