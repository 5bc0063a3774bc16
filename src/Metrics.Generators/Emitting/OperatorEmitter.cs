namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes the operator struct of one update function: it carries the state and the captured parameters, and
/// implements the kernel's operator interfaces for every accepted element type by calling the user's pure
/// <c>Update</c> and folding the contribution into the state.
/// </summary>
internal static class OperatorEmitter
{
    public static void Emit(IndentedWriter w, MetricModel model, UpdateFunction update)
    {
        if (update.HistogramField is not null)
        {
            HistogramOperatorEmitter.Emit(w, model, update);
            return;
        }

        var weights = model.SupportsWeights;
        var operatorName = ShapeSyntax.OperatorName(update.Shape);
        var interfaces = update.Inputs.Select(t => ShapeSyntax.OperatorInterface(update.Shape, t, weights)).ToList();
        if (update.Vector is not null)
        {
            interfaces.Add(VectorOperatorEmitter.Interfaces(operatorName));
        }

        if (FusionEmitter.OperatorInterface(model, update) is { } fusion)
        {
            interfaces.Add(fusion);
        }

        var captured = update.Arguments.Where(a => a.Role == ArgumentRole.Parameter).Select(a => a.ParameterName!).Distinct().ToList();

        if (update.Vector is null && update.ScalarReason is not null)
        {
            w.WriteLine("// Scalar path: " + update.ScalarReason.Replace("\n", " ") + ".");
        }

        w.OpenBlock($"private struct {operatorName} : {string.Join(", ", interfaces)}");
        EmitStateAndConstructor(w, model, operatorName, captured);
        if (update.Vector is { RoundsToElement: true })
        {
            VectorOperatorEmitter.EmitElementType(w, model, operatorName);
        }

        foreach (var types in update.Inputs)
        {
            var (parameters, label, prediction) = Signature(update.Shape, types);
            var call = Call(model, update, types, label, prediction, "1.0");
            w.WriteLine();
            var (accumulate, rowArguments) =
                update.Shape == ElementShape.Row && MetricEmitter.AppendsRows(model) ? ("AccumulateRow", ", row")
                : update.Shape == ElementShape.RowPair && MetricEmitter.AppendsRowPairs(model) ? ("AccumulateRowPair", ", labels, predictions")
                : ("Accumulate", string.Empty);
            w.WriteLine($"public void Add({parameters}) =>\n    {accumulate}(ref State, {call}{rowArguments});");
            if (weights)
            {
                w.WriteLine();
                var weightedCall = Call(model, update, types, label, prediction, "weight");
                w.WriteLine($"public void Add({parameters}, {types.WeightType} weight) =>\n    {accumulate}Weighted(ref State, {weightedCall}{rowArguments}, weight);");
            }
        }

        if (update.Vector is not null)
        {
            VectorOperatorEmitter.EmitMembers(w, model, update.Vector);
        }

        FusionEmitter.EmitOperatorMembers(w, model, update);

        w.CloseBlock();
        w.WriteLine();
    }

    private static (string Parameters, string Label, string Prediction) Signature(ElementShape shape, InputTypes types) => shape switch
    {
        ElementShape.Value => ($"{types.PredictionType} value", string.Empty, "value"),
        ElementShape.Pair => ($"{types.LabelType} label, {types.PredictionType} prediction", "label", "prediction"),
        ElementShape.Row => ($"{types.LabelType} label, {ShapeSyntax.Span}<{types.PredictionType}> row", "label", "row"),
        _ => ($"{ShapeSyntax.Span}<{types.LabelType}> labels, {ShapeSyntax.Span}<{types.PredictionType}> predictions", "labels", "predictions"),
    };

    private static string Call(MetricModel model, UpdateFunction update, InputTypes types, string label, string prediction, string weight)
    {
        var arguments = update.Arguments.Select(a => a.Role switch
        {
            ArgumentRole.Label => label,
            ArgumentRole.Prediction => prediction,
            ArgumentRole.Cells => $"new global::Metrics.SumArrayWriter(State.{Naming.Escape(a.ParameterName!)}, {weight})",
            _ => "_" + a.ParameterName,
        });
        var typeArgument = types.TypeArgument is null ? string.Empty : $"<{types.TypeArgument}>";
        return $"{model.FullyQualifiedName}.Update{typeArgument}({string.Join(", ", arguments)})";
    }

    /// <summary>
    /// The members every operator struct starts with: the state it accumulates into, the metric parameters its update
    /// reads (captured once, so the loop does not reread them), and the constructor that copies both from the metric.
    /// </summary>
    internal static void EmitStateAndConstructor(IndentedWriter w, MetricModel model, string operatorName, IReadOnlyList<string> captured)
    {
        w.WriteLine($"public {model.FullyQualifiedName} State;");
        foreach (var name in captured)
        {
            var parameter = model.Parameters.First(p => p.Name == name);
            w.WriteLine($"private readonly {parameter.Type} _{name};");
        }

        w.WriteLine();
        w.OpenBlock($"public {operatorName}(in {model.FullyQualifiedName} metric)");
        w.WriteLine("State = metric;");
        foreach (var name in captured)
        {
            w.WriteLine($"_{name} = metric.{Naming.Escape(name)};");
        }

        w.CloseBlock();
    }
}
