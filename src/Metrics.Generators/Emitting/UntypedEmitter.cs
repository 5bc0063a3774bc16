namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes the untyped entry points every metric shares, so that the registry and collections can create and feed
/// any metric: <c>FromArguments</c> (parameters by name) and <c>Update(in MetricBatch)</c> (double batches routed
/// to the metric's element shape, converted to its element types).
/// </summary>
internal static class UntypedEmitter
{
    private const string S = ShapeSyntax.Span;

    public static void Emit(IndentedWriter w, MetricModel model)
    {
        EmitFromArguments(w, model);
        EmitBatchUpdate(w, model);
    }

    internal static void EmitFromArguments(IndentedWriter w, MetricModel model)
    {
        var type = model.FullyQualifiedName;
        w.WriteLine("/// <summary>");
        w.WriteLine("/// Creates the metric from named parameter values (any spelling: <c>zeroDivision</c>, <c>zero_division</c>),");
        w.WriteLine("/// validating them; parameters not given keep their defaults.");
        w.WriteLine("/// </summary>");
        w.WriteLine("/// <param name=\"arguments\">The parameter values by name.</param>");
        w.WriteLine("/// <exception cref=\"global::System.ArgumentException\">A key names no parameter, a value has the wrong type, or a required parameter is missing.</exception>");
        w.OpenBlock($"public static {type} FromArguments(global::System.Collections.Generic.IReadOnlyDictionary<string, object?> arguments)");
        w.WriteLine("global::Metrics.MetricArguments.ThrowIfKeyRepeated(MetricName, arguments);");
        // A parameter that is not given keeps its constant default, or (a list with a kept initializer) goes to the
        // constructor empty, which keeps the declared initializer.
        foreach (var parameter in model.Parameters)
        {
            var initial = parameter.DefaultLiteral ?? (parameter.KeepsInitializer ? "default" : "default!");
            w.WriteLine($"{parameter.Type} {Local(parameter)} = {initial};");
            if (parameter.Required)
            {
                w.WriteLine($"var {Local(parameter)}Given = false;");
            }
        }

        var names = string.Join(", ", model.Parameters.Select(p => MetricEmitter.Quote(p.Name)));
        w.OpenBlock("foreach (var argument in arguments)");
        w.OpenBlock("switch (global::Metrics.MetricArguments.Normalize(argument.Key))");
        foreach (var parameter in model.Parameters)
        {
            w.WriteLine($"case {MetricEmitter.Quote(Normalize(parameter.Name))}:");
            w.Indent();
            var converted = $"global::Metrics.MetricArguments.Convert<{parameter.Type}>(argument.Value, argument.Key)";
            w.WriteLine(parameter.Kind == ParameterKind.NumericArray && !parameter.AllowEmpty
                ? $"{Local(parameter)} = global::Metrics.MetricArguments.NonEmpty({converted}, argument.Key);"
                : $"{Local(parameter)} = {converted};");
            if (parameter.Required)
            {
                w.WriteLine($"{Local(parameter)}Given = true;");
            }

            w.WriteLine("break;");
            w.Unindent();
        }

        w.WriteLine("default:");
        w.Indent();
        var unknown = names.Length == 0
            ? $"global::Metrics.MetricArguments.UnknownParameter(MetricName, argument.Key)"
            : $"global::Metrics.MetricArguments.UnknownParameter(MetricName, argument.Key, {names})";
        w.WriteLine($"throw {unknown};");
        w.Unindent();
        w.CloseBlock();
        w.CloseBlock();
        w.WriteLine();
        foreach (var parameter in model.Parameters.Where(p => p.Required))
        {
            w.OpenBlock($"if (!{Local(parameter)}Given)");
            w.WriteLine($"throw global::Metrics.MetricArguments.MissingParameter(MetricName, {MetricEmitter.Quote(parameter.Name)});");
            w.CloseBlock();
            w.WriteLine();
        }

        var arguments = string.Join(", ", model.Parameters.Select(p => $"{p.ArgumentName}: {Local(p)}"));
        w.WriteLine($"return new {type}({arguments});");
        w.CloseBlock();
        w.WriteLine();
    }

    private static void EmitBatchUpdate(IndentedWriter w, MetricModel model)
    {
        w.WriteLine("/// <summary>Accumulates an untyped batch (see <see cref=\"global::Metrics.MetricBatch\"/>) and returns the metric.</summary>");
        w.WriteLine("/// <param name=\"batch\">The batch.</param>");
        w.WriteLine("/// <exception cref=\"global::System.ArgumentException\">The batch's form fits none of the metric's element shapes, or its labels or sizes are invalid.</exception>");
        w.OpenBlock($"public {model.FullyQualifiedName} Update(in global::Metrics.MetricBatch batch)");
        if (!model.SupportsWeights)
        {
            w.OpenBlock("if (batch.HasWeights)");
            w.WriteLine("throw new global::System.ArgumentException($\"{MetricName} counts elements and does not take sample weights.\", \"batch\");");
            w.CloseBlock();
            w.WriteLine();
        }

        foreach (var update in Ordered(model.Updates))
        {
            var types = PickTypes(update);
            w.OpenBlock($"if ({Condition(update.Shape)})");
            EmitRouted(w, model, update, types);
            w.CloseBlock();
            w.WriteLine();
        }

        var accepted = string.Join(" or ", Ordered(model.Updates).Select(u => Describe(u.Shape)).Distinct());
        w.WriteLine($"throw new global::System.ArgumentException($\"{{MetricName}} takes {accepted}; the batch has {{batch.Labels.Length}} labels, {{batch.Predictions.Length}} predictions and {{batch.Columns}} columns.\", \"batch\");");
        w.CloseBlock();
        w.WriteLine();
    }

    private static void EmitRouted(IndentedWriter w, MetricModel model, UpdateFunction update, InputTypes types)
    {
        var shape = update.Shape;
        var stride = shape == ElementShape.RowPair ? "batch.Columns" : "1";
        var converted = new List<(string Local, string Type)>();
        string Input(string source, string type, string argument, string maskStride)
        {
            if (type == "double")
            {
                return source;
            }

            var local = "__" + argument;
            converted.Add((local, type));
            return $"global::Metrics.Kernels.BatchConversion.Convert({source}, ref {local}, \"{argument}\", batch.Mask, batch.HasMask, {maskStride})";
        }

        var inputs = new List<string>();
        if (shape != ElementShape.Value)
        {
            inputs.Add(Input("batch.Labels", types.LabelType, "labels", stride));
        }

        inputs.Add(Input("batch.Predictions", types.PredictionType, shape == ElementShape.Value ? "values" : "predictions", shape == ElementShape.Pair || shape == ElementShape.Value ? "1" : "batch.Columns"));
        if (shape is ElementShape.Row or ElementShape.RowPair)
        {
            inputs.Add("batch.Columns");
        }

        inputs.Add("batch.Mask");
        inputs.Add("batch.HasMask");
        if (model.SupportsWeights)
        {
            inputs.Add(types.WeightType == "double" ? "batch.Weights" : Input("batch.Weights", types.WeightType, "weights", "1"));
            inputs.Add("batch.HasWeights");
        }

        var call = $"return {ShapeSyntax.CoreName(shape)}({string.Join(", ", inputs)});";
        if (converted.Count == 0)
        {
            w.WriteLine(call);
            return;
        }

        foreach (var (local, type) in converted)
        {
            w.WriteLine($"{type}[]? {local} = null;");
        }

        w.OpenBlock("try");
        w.WriteLine(call);
        w.CloseBlock();
        w.OpenBlock("finally");
        foreach (var (local, _) in converted)
        {
            w.WriteLine($"global::Metrics.Kernels.BatchConversion.Return({local});");
        }

        w.CloseBlock();
    }

    // Pairs before single values and rows with one label before label rows: the first match routes the batch.
    private static IEnumerable<UpdateFunction> Ordered(EquatableArray<UpdateFunction> updates) =>
        updates.OrderBy(u => u.Shape switch
        {
            ElementShape.Pair => 0,
            ElementShape.Value => 1,
            ElementShape.Row => 2,
            _ => 3,
        });

    // Double predictions need no conversion; otherwise the widest type the update accepts.
    private static InputTypes PickTypes(UpdateFunction update) =>
        update.Inputs.FirstOrDefault(t => t.PredictionType == "double" && t.LabelType is "double" or "")
        ?? update.Inputs.FirstOrDefault(t => t.PredictionType == "double")
        ?? update.Inputs.First();

    private static string Condition(ElementShape shape) => shape switch
    {
        ElementShape.Value or ElementShape.Pair => "batch.Columns == 0",
        ElementShape.Row => "batch.Columns > 0 && batch.Labels.Length == batch.Length",
        _ => "batch.Columns > 0 && batch.Labels.Length == batch.Predictions.Length",
    };

    private static string Describe(ElementShape shape) => shape switch
    {
        ElementShape.Value => "a 1-D batch of values (the predictions)",
        ElementShape.Pair => "a 1-D batch of (label, prediction) pairs",
        ElementShape.Row => "rows with one label per row",
        _ => "rows with a label row per row",
    };

    private static string Local(MetricParameter parameter) => "__" + parameter.Name;

    private static string Normalize(string name) =>
        new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
