namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes the public batch <c>Update</c> overloads of one update function (spans, arrays, tensors; with and
/// without mask and weights) and the private core that validates the batch and runs the shared kernel loop.
/// </summary>
internal static class UpdateEmitter
{
    private const string S = ShapeSyntax.Span;

    /// <summary>
    /// Whether a public <c>Update</c> overload with these parameters may be emitted. C# rejects two members with the
    /// same parameter types, which two shapes can produce (a value update's <c>(values, weights)</c> and a row-pair
    /// update's <c>(labels, predictions)</c>) as can the user's own element update; the first claim wins and a later
    /// overload with the same signature is left out rather than breaking the build.
    /// </summary>
    private static bool Claim(IndentedWriter w, string parameters)
    {
        var key = SignatureKey(parameters);
        if (w.ClaimedSignatures.TryGetValue(key, out var holder))
        {
            w.DroppedOverloads.Add((key, holder, w.Claimant));
            return false;
        }

        w.ClaimedSignatures.Add(key, w.Claimant);
        return true;
    }

    /// <summary>
    /// The public overloads the generator leaves out of <paramref name="model"/> because their parameter types repeat
    /// an earlier overload's or one of the type's own <c>Update</c> methods' (holder -1): what MET030 reports.
    /// </summary>
    public static System.Collections.Generic.List<(string Signature, int Holder, int Loser)> DroppedOverloads(MetricModel model)
    {
        var w = new IndentedWriter();
        MetricEmitter.EmitUpdateOverloads(w, model, System.Threading.CancellationToken.None);
        return w.DroppedOverloads;
    }

    /// <summary>The parameter types of a parameter list, without names, defaults, nullable annotations or spaces.</summary>
    public static string SignatureKey(string parameters)
    {
        var types = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= parameters.Length; i++)
        {
            var c = i < parameters.Length ? parameters[i] : ',';
            depth += c is '<' or '[' or '(' ? 1 : c is '>' or ']' or ')' ? -1 : 0;
            if (c != ',' || depth != 0)
            {
                continue;
            }

            var parameter = parameters.Substring(start, i - start);
            var equals = parameter.IndexOf('=');
            parameter = (equals >= 0 ? parameter.Substring(0, equals) : parameter).Trim();
            var space = parameter.LastIndexOf(' ');
            if (space > 0)
            {
                parameter = parameter.Substring(0, space);
            }

            types.Add(parameter.Replace("?", string.Empty).Replace(" ", string.Empty));
            start = i + 1;
        }

        return string.Join(",", types);
    }

    public static void EmitOverloads(IndentedWriter w, MetricModel model, UpdateFunction update)
    {
        var weights = model.SupportsWeights;
        foreach (var types in update.Inputs)
        {
            var inputs = SpanInputs(update.Shape, types);
            var forwardInputs = InputNames(update.Shape);
            var summary = Summary(update.Shape);
            var core = ShapeSyntax.CoreName(update.Shape);

            if (Claim(w, $"{inputs}"))
            {
                WriteDocs(w, summary, update.Shape, mask: false, weights: false, arrays: false, columns: true);
                w.WriteLine($"public {model.FullyQualifiedName} Update({inputs}) =>\n    {core}({forwardInputs}, default, false{(weights ? $", default({S}<{types.WeightType}>), false" : string.Empty)});");
                w.WriteLine();
            }

            if (Claim(w, $"{inputs}, {S}<bool> mask"))
            {
                WriteDocs(w, summary, update.Shape, mask: true, weights: false, arrays: false, columns: true);
                w.WriteLine($"public {model.FullyQualifiedName} Update({inputs}, {S}<bool> mask) =>\n    {core}({forwardInputs}, mask, true{(weights ? $", default({S}<{types.WeightType}>), false" : string.Empty)});");
                w.WriteLine();
            }

            if (weights)
            {
                if (Claim(w, $"{inputs}, {S}<{types.WeightType}> weights"))
                {
                    WriteDocs(w, summary, update.Shape, mask: false, weights: true, arrays: false, columns: true);
                    w.WriteLine($"public {model.FullyQualifiedName} Update({inputs}, {S}<{types.WeightType}> weights) =>\n    {core}({forwardInputs}, default, false, weights, true);");
                    w.WriteLine();
                }

                if (Claim(w, $"{inputs}, {S}<bool> mask, {S}<{types.WeightType}> weights"))
                {
                    WriteDocs(w, summary, update.Shape, mask: true, weights: true, arrays: false, columns: true);
                    w.WriteLine($"public {model.FullyQualifiedName} Update({inputs}, {S}<bool> mask, {S}<{types.WeightType}> weights) =>\n    {core}({forwardInputs}, mask, true, weights, true);");
                    w.WriteLine();
                }
            }

            EmitArrayOverload(w, model, update.Shape, types, weights);
        }
    }

    private static void EmitArrayOverload(IndentedWriter w, MetricModel model, ElementShape shape, InputTypes types, bool weights)
    {
        var (inputs, checks, forward) = shape switch
        {
            ElementShape.Value => (
                $"{types.PredictionType}[] values",
                new[] { "values" },
                "values"),
            ElementShape.Pair => (
                $"{types.LabelType}[] labels, {types.PredictionType}[] predictions",
                new[] { "labels", "predictions" },
                "labels, predictions"),
            ElementShape.Row => (
                $"{types.LabelType}[] labels, {types.PredictionType}[,] predictions",
                new[] { "labels", "predictions" },
                $"labels, {ShapeSyntax.Kernels}.ArrayInput.Flatten(predictions), predictions.GetLength(1)"),
            _ => (
                $"{types.LabelType}[,] labels, {types.PredictionType}[,] predictions",
                new[] { "labels", "predictions" },
                $"{ShapeSyntax.Kernels}.ArrayInput.Flatten(labels), {ShapeSyntax.Kernels}.ArrayInput.Flatten(predictions), {ShapeSyntax.Kernels}.ArrayInput.Columns(labels, predictions)"),
        };
        var optional = weights ? $", bool[]? mask = null, {types.WeightType}[]? weights = null" : ", bool[]? mask = null";
        if (Claim(w, $"{inputs}{optional}"))
        {
            WriteDocs(w, Summary(shape), shape, mask: true, weights: weights, arrays: true);
            w.OpenBlock($"public {model.FullyQualifiedName} Update({inputs}{optional})");
            foreach (var check in checks)
            {
                w.WriteLine($"global::System.ArgumentNullException.ThrowIfNull({check});");
            }

            var weightArgs = weights ? ", weights, weights is not null" : string.Empty;
            w.WriteLine($"return {ShapeSyntax.CoreName(shape)}({forward}, mask, mask is not null{weightArgs});");
            w.CloseBlock();
            w.WriteLine();
        }
    }

    /// <summary>
    /// Tensor overloads are grouped by their parameter types: pair, row and row-pair updates with the same element types
    /// share one overload that dispatches on rank (see <see cref="EmitRankDispatch"/>).
    /// </summary>
    public static void EmitTensorOverloads(IndentedWriter w, MetricModel model)
    {
        var weights = model.SupportsWeights;
        var groups = new List<(string Key, InputTypes Types, List<ElementShape> Shapes, List<int> Owners)>();
        for (var index = 0; index < model.Updates.Count; index++)
        {
            var update = model.Updates[index];
            foreach (var types in update.Inputs)
            {
                var key = update.Shape == ElementShape.Value
                    ? "value:" + types.PredictionType
                    : types.LabelType + ":" + types.PredictionType;
                var group = groups.FirstOrDefault(g => g.Key == key);
                if (group.Key is null)
                {
                    groups.Add((key, types, new List<ElementShape> { update.Shape }, new List<int> { index }));
                }
                else
                {
                    group.Shapes.Add(update.Shape);
                    group.Owners.Add(index);
                }
            }
        }

        foreach (var (_, types, shapes, owners) in groups)
        {
            w.Claimant = owners[0];
            EmitTensorGroup(w, model, types, shapes, weights);
        }

        w.Claimant = -1;
    }

    private static void EmitTensorGroup(
        IndentedWriter w, MetricModel model, InputTypes types, List<ElementShape> shapes, bool weights)
    {
        var isValue = shapes[0] == ElementShape.Value;
        var t = ShapeSyntax.Tensor;
        var ts = ShapeSyntax.TensorSpan;
        var inputs = isValue
            ? $"{t}<{types.PredictionType}> values"
            : $"{t}<{types.LabelType}> labels, {t}<{types.PredictionType}> predictions";
        var spanInputs = isValue
            ? $"in {ts}<{types.PredictionType}> values"
            : $"in {ts}<{types.LabelType}> labels, in {ts}<{types.PredictionType}> predictions";
        var names = isValue ? "values" : "labels, predictions";
        var dispatch = TensorDispatchName(shapes);
        var summary = shapes.Count == 1 ? Summary(shapes[0]) + " The inputs are tensors."
            : shapes.Contains(ElementShape.Pair) && shapes.Contains(ElementShape.RowPair)
                ? "Accumulates a batch given as tensors: vectors of the same length are element pairs, tensors of the same shape and rank 2 or more are label rows and prediction rows"
                    + (shapes.Contains(ElementShape.Row) ? "; predictions with one more dimension than the labels are rows." : ".")
                : "Accumulates a batch given as tensors: labels and predictions of the same shape are element pairs; predictions with one more dimension than the labels are rows.";
        var noWeights = weights ? $", default({ts}<{types.WeightType}>), false" : string.Empty;

        if (Claim(w, $"{inputs}, {t}<bool>? mask = null{(weights ? $", {t}<{types.WeightType}>? weights = null" : string.Empty)}"))
        {
            WriteDocs(w, summary, shapes[0], mask: true, weights: weights, arrays: true);
            w.OpenBlock($"public {model.FullyQualifiedName} Update({inputs}, {t}<bool>? mask = null{(weights ? $", {t}<{types.WeightType}>? weights = null" : string.Empty)})");
            foreach (var name in names.Split(','))
            {
                w.WriteLine($"global::System.ArgumentNullException.ThrowIfNull({name.Trim()});");
            }

            var maskArg = $"mask is null ? default({ts}<bool>) : ({ts}<bool>)mask, mask is not null";
            var weightArg = weights ? $", weights is null ? default({ts}<{types.WeightType}>) : ({ts}<{types.WeightType}>)weights, weights is not null" : string.Empty;
            w.WriteLine($"return {dispatch}(({ts}<{(isValue ? types.PredictionType : types.LabelType)}>){names.Split(',')[0].Trim()}{(isValue ? string.Empty : $", ({ts}<{types.PredictionType}>)predictions")}, {maskArg}{weightArg});");
            w.CloseBlock();
            w.WriteLine();
        }

        if (Claim(w, $"{spanInputs}"))
        {
            WriteDocs(w, summary, shapes[0], mask: false, weights: false, arrays: false);
            w.WriteLine($"public {model.FullyQualifiedName} Update({spanInputs}) =>\n    {dispatch}({names}, default, false{noWeights});");
            w.WriteLine();
        }

        if (Claim(w, $"{spanInputs}, in {ts}<bool> mask"))
        {
            WriteDocs(w, summary, shapes[0], mask: true, weights: false, arrays: false);
            w.WriteLine($"public {model.FullyQualifiedName} Update({spanInputs}, in {ts}<bool> mask) =>\n    {dispatch}({names}, mask, true{noWeights});");
            w.WriteLine();
        }

        if (weights)
        {
            if (Claim(w, $"{spanInputs}, in {ts}<{types.WeightType}> weights"))
            {
                WriteDocs(w, summary, shapes[0], mask: false, weights: true, arrays: false);
                w.WriteLine($"public {model.FullyQualifiedName} Update({spanInputs}, in {ts}<{types.WeightType}> weights) =>\n    {dispatch}({names}, default, false, weights, true);");
                w.WriteLine();
            }

            if (Claim(w, $"{spanInputs}, in {ts}<bool> mask, in {ts}<{types.WeightType}> weights"))
            {
                WriteDocs(w, summary, shapes[0], mask: true, weights: true, arrays: false);
                w.WriteLine($"public {model.FullyQualifiedName} Update({spanInputs}, in {ts}<bool> mask, in {ts}<{types.WeightType}> weights) =>\n    {dispatch}({names}, mask, true, weights, true);");
                w.WriteLine();
            }

        }

        if (shapes.Count > 1)
        {
            EmitRankDispatch(w, model, types, shapes, weights);
        }
    }

    private static string TensorDispatchName(List<ElementShape> shapes) =>
        shapes.Count > 1 ? "UpdateFromTensorsByRank" : ShapeSyntax.TensorCoreName(shapes[0]);

    private static void EmitRankDispatch(
        IndentedWriter w, MetricModel model, InputTypes types, List<ElementShape> shapes, bool weights)
    {
        var ts = ShapeSyntax.TensorSpan;
        var weightParams = weights ? $", in {ts}<{types.WeightType}> weights, bool hasWeights" : string.Empty;
        var weightArgs = weights ? ", weights, hasWeights" : string.Empty;
        w.OpenBlock($"private {model.FullyQualifiedName} UpdateFromTensorsByRank(in {ts}<{types.LabelType}> labels, in {ts}<{types.PredictionType}> predictions, in {ts}<bool> mask, bool hasMask{weightParams})");
        var arguments = $"(labels, predictions, mask, hasMask{weightArgs})";

        // Predictions with one more dimension than the labels are rows with one label each; tensors of one rank are
        // label rows beside prediction rows when they have rows (rank 2 or more), element pairs when they are vectors.
        // The last branch takes what is left, and its core rejects shapes it cannot read.
        var branches = new List<(string Condition, ElementShape Shape)>();
        if (shapes.Contains(ElementShape.Row))
        {
            branches.Add(("predictions.Rank == labels.Rank + 1", ElementShape.Row));
        }

        if (shapes.Contains(ElementShape.RowPair) && shapes.Contains(ElementShape.Pair))
        {
            branches.Add(("predictions.Rank == labels.Rank && labels.Rank >= 2", ElementShape.RowPair));
        }

        var last = shapes.Contains(ElementShape.Pair) ? ElementShape.Pair : ElementShape.RowPair;
        var expression = ShapeSyntax.TensorCoreName(last) + arguments;
        for (var i = branches.Count - 1; i >= 0; i--)
        {
            expression = $"{branches[i].Condition}\n    ? {ShapeSyntax.TensorCoreName(branches[i].Shape)}{arguments}\n    : {expression}";
        }

        w.WriteLine($"return {expression};");
        w.CloseBlock();
        w.WriteLine();
    }

    public static void EmitCores(IndentedWriter w, MetricModel model, UpdateFunction update)
    {
        var weights = model.SupportsWeights;
        var shape = update.Shape;
        foreach (var types in update.Inputs)
        {
            EmitSpanCore(w, model, update, types, weights);
            EmitTensorCore(w, model, shape, types, weights);
        }
    }

    private static void EmitSpanCore(IndentedWriter w, MetricModel model, UpdateFunction update, InputTypes types, bool weights)
    {
        var shape = update.Shape;
        if (RunsOnSharedEntry(model, update))
        {
            EmitSharedSpanCore(w, model, update, types, weights);
            return;
        }

        var weightParams = weights ? $", {S}<{types.WeightType}> weights, bool hasWeights" : string.Empty;
        var guard = ShapeSyntax.Kernels + ".MetricGuard";
        w.OpenBlock($"private {model.FullyQualifiedName} {ShapeSyntax.CoreName(shape)}({SpanInputs(shape, types)}, {S}<bool> mask, bool hasMask{weightParams})");
        w.WriteLine("ValidateParameters();");
        string count;
        switch (shape)
        {
            case ElementShape.Value:
                count = "values.Length";
                break;
            case ElementShape.Pair:
                w.WriteLine($"{guard}.Length(labels.Length, \"labels\", predictions.Length, \"predictions\");");
                count = "labels.Length";
                break;
            case ElementShape.Row:
                w.WriteLine($"{guard}.RowBatch(labels.Length, predictions.Length, columns);");
                count = "labels.Length";
                break;
            default:
                w.WriteLine($"var rows = {guard}.RowPairBatch(labels.Length, predictions.Length, columns);");
                count = "rows";
                break;
        }

        var source = ShapeSyntax.CountSource(shape);
        w.OpenBlock("if (hasMask)");
        w.WriteLine($"{guard}.Length({count}, \"{source}\", mask.Length, \"mask\");");
        w.CloseBlock();
        w.OpenBlock("else");
        w.WriteLine("mask = default;");
        w.CloseBlock();
        w.WriteLine();
        // A vectorized update (element-wise or histogram) checks the weights, its class-index labels and its [NotNaN]
        // predictions on the lanes it loads (MetricKernel's LaneChecks); the exact guards run only when a lane fails (or the
        // vector form does not apply), before the scalar loop.
        var fused = update.Vector is not null;
        var inputGuards = new List<string>();
        if (weights)
        {
            w.OpenBlock("if (hasWeights)");
            w.WriteLine($"{guard}.Length({count}, \"{source}\", weights.Length, \"weights\");");
            if (!fused)
            {
                w.WriteLine($"{guard}.Weights(weights, \"weights\");");
            }

            w.CloseBlock();
            w.WriteLine();
        }

        var labelClasses = Classes(update.ClassIndex, update.ClassIndexValue);
        var laneClasses = "0";
        if (labelClasses is not null)
        {
            var ignore = update.ClassIndexIgnore is null ? string.Empty : ", this." + update.ClassIndexIgnore;
            var line = shape == ElementShape.RowPair
                ? $"{guard}.ClassIndexRows(labels, mask, columns, {labelClasses}, \"labels\");"
                : $"{guard}.ClassIndices(labels, mask, {labelClasses}, \"labels\"{ignore});";
            if (fused && update.ClassIndexIgnore is null)
            {
                inputGuards.Add(line);
                laneClasses = labelClasses;
            }
            else
            {
                w.WriteLine(line);
            }
        }

        var predictionClasses = Classes(update.PredictionClassIndex, update.PredictionClassIndexValue);
        if (predictionClasses is not null)
        {
            w.WriteLine($"{guard}.ClassIndices(predictions, mask, {predictionClasses}, \"predictions\");");
        }

        if (update.RowLengthAtLeast is not null)
        {
            w.WriteLine($"{guard}.ColumnsAtLeast(columns, this.{update.RowLengthAtLeast}, \"{update.RowLengthAtLeast}\");");
        }

        if (update.RowLengthEqualTo is not null)
        {
            w.WriteLine($"{guard}.ColumnsEqual(columns, this.{update.RowLengthEqualTo}, \"{update.RowLengthEqualTo}\");");
        }

        if (update.RowLengthAbove is not null)
        {
            w.WriteLine($"{guard}.ColumnsAbove(columns, this.{update.RowLengthAbove}, \"{update.RowLengthAbove}\");");
        }

        if (update.OneHotLabels)
        {
            w.WriteLine($"{guard}.OneHotRows(labels, columns, mask, \"labels\");");
        }

        if (update.ProbabilityLabels)
        {
            w.WriteLine($"{guard}.ProbabilityRows(labels, columns, mask, \"labels\");");
        }

        if (update.ProbabilityPredictions)
        {
            var rows = shape == ElementShape.Pair ? string.Empty : "columns, ";
            var check = shape == ElementShape.Pair ? "Probabilities" : "ProbabilityRows";
            var probabilityWeights = weights ? "hasWeights ? weights : default" : "global::System.ReadOnlySpan<double>.Empty";
            w.WriteLine($"{guard}.{check}(predictions, {rows}mask, {probabilityWeights}, \"predictions\");");
        }

        if (update.PredictionNotNaN)
        {
            var predictions = shape == ElementShape.Value ? "values" : "predictions";
            var rows = shape is ElementShape.Row or ElementShape.RowPair ? "columns, " : string.Empty;
            var line = weights
                ? $"{guard}.NotNaN({predictions}, {rows}mask, hasWeights ? weights : default, \"{predictions}\");"
                : $"{guard}.NotNaN({predictions}, {rows}mask, \"{predictions}\");";
            if (fused)
            {
                inputGuards.Add(line);
            }
            else
            {
                w.WriteLine(line);
            }
        }

        w.WriteLine("EnsureState();");
        foreach (var field in model.Fields.Where(f => f.Merge == MergeKind.Append))
        {
            // Reserve only what the mask keeps: an all-masked batch of 10M must not reserve 10M samples.
            w.WriteLine($"this.{field.Name}.Reserve(mask.IsEmpty ? {count} : global::System.MemoryExtensions.Count(mask, true));");
        }

        var op = ShapeSyntax.OperatorName(shape);
        w.WriteLine($"var op = new {op}({OperatorArguments(update, types)});");
        var inputs = shape switch
        {
            ElementShape.Value => "values",
            ElementShape.Pair => "labels, predictions",
            _ => "labels, predictions, columns",
        };
        var typeArgs = shape == ElementShape.Value ? types.PredictionType : $"{types.LabelType}, {types.PredictionType}";
        var kernel = ShapeSyntax.Kernels + ".MetricKernel";
        var weightArgument = weights ? "hasWeights ? weights : default" : $"default({S}<{types.WeightType}>)";
        var histogram = update.HistogramField is null ? null : $"this.{Naming.Escape(update.HistogramField)}";
        var checks = $"new {ShapeSyntax.Kernels}.LaneChecks({laneClasses}, {(update.PredictionNotNaN ? "true" : "false")})";
        if (fused)
        {
            var call = histogram is not null
                ? $"{kernel}.VectorizedHistogramPairs<{typeArgs}, {types.WeightType}, {op}>(ref op, {inputs}, mask, {weightArgument}, {histogram}, {checks})"
                : $"{kernel}.{(shape == ElementShape.Value ? "VectorizedValues" : "VectorizedPairs")}<{typeArgs}, {types.WeightType}, {op}>(ref op, {inputs}, mask, {weightArgument}, {checks})";
            w.OpenBlock($"if (!{call})");
            if (weights)
            {
                w.OpenBlock("if (hasWeights)");
                w.WriteLine($"{guard}.Weights(weights, \"weights\");");
                w.CloseBlock();
                w.WriteLine();
            }

            foreach (var line in inputGuards)
            {
                w.WriteLine(line);
            }

            EmitScalarLoop(w, shape, kernel, typeArgs, types, op, inputs, weights, histogram, weightArgument);
            w.CloseBlock();
        }
        else if (update.AppendField is not null)
        {
            // The update only appends its element: the whole batch goes in at once, after the same guards.
            w.WriteLine($"op.State.{Naming.Escape(update.AppendField)}.AppendRange(predictions, labels, mask, {weightArgument});");
        }
        else
        {
            EmitScalarLoop(w, shape, kernel, typeArgs, types, op, inputs, weights, histogram, weightArgument);
        }

        w.WriteLine();
        w.WriteLine("StoreState(op.State);");
        w.WriteLine("return this;");
        w.CloseBlock();
        w.WriteLine();
    }

    private static void EmitScalarLoop(
        IndentedWriter w, ElementShape shape, string kernel, string typeArgs, InputTypes types, string op, string inputs, bool weights,
        string? histogram, string weightArgument)
    {
        if (histogram is not null)
        {
            w.WriteLine($"{kernel}.HistogramPairs<{typeArgs}, {types.WeightType}, {op}>(ref op, {inputs}, mask, {weightArgument}, {histogram});");
        }
        else if (weights)
        {
            w.OpenBlock("if (hasWeights)");
            w.WriteLine($"{kernel}.{ShapeSyntax.KernelLoop(shape, true)}<{typeArgs}, {types.WeightType}, {op}>(ref op, {inputs}, mask, weights);");
            w.CloseBlock();
            w.OpenBlock("else");
            w.WriteLine($"{kernel}.{ShapeSyntax.KernelLoop(shape, false)}<{typeArgs}, {op}>(ref op, {inputs}, mask);");
            w.CloseBlock();
        }
        else
        {
            w.WriteLine($"{kernel}.{ShapeSyntax.KernelLoop(shape, false)}<{typeArgs}, {op}>(ref op, {inputs}, mask);");
        }
    }

    private static void EmitTensorCore(IndentedWriter w, MetricModel model, ElementShape shape, InputTypes types, bool weights)
    {
        var ts = ShapeSyntax.TensorSpan;
        var tensor = ShapeSyntax.Kernels + ".TensorInput";
        var inputs = shape == ElementShape.Value
            ? $"in {ts}<{types.PredictionType}> values"
            : $"in {ts}<{types.LabelType}> labels, in {ts}<{types.PredictionType}> predictions";
        var weightParams = weights ? $", in {ts}<{types.WeightType}> weights, bool hasWeights" : string.Empty;
        w.OpenBlock($"private {model.FullyQualifiedName} {ShapeSyntax.TensorCoreName(shape)}({inputs}, in {ts}<bool> mask, bool hasMask{weightParams})");
        if (shape is ElementShape.Pair or ElementShape.Value)
        {
            // TensorInput checks the shapes and flattens; the span core does the rest.
            var names = shape == ElementShape.Value ? "values" : "labels, predictions";
            var flatInputs = shape == ElementShape.Value ? "flat.Predictions" : "flat.Labels, flat.Predictions";
            var weightInputs = weights ? "weights, hasWeights" : $"default({ts}<{types.WeightType}>), false";
            w.WriteLine($"using var flat = {tensor}.{(shape == ElementShape.Value ? "Values" : "Pairs")}({names}, mask, hasMask, {weightInputs});");
            w.WriteLine($"return {ShapeSyntax.CoreName(shape)}({flatInputs}, flat.Mask, hasMask{(weights ? ", flat.Weights, hasWeights" : string.Empty)});");
            w.CloseBlock();
            w.WriteLine();
            return;
        }

        string batchShape, batchName;
        switch (shape)
        {
            case ElementShape.Value:
                (batchShape, batchName) = ("values.Lengths", "values");
                break;
            case ElementShape.Pair:
                w.WriteLine($"{tensor}.RequireShape(predictions, \"predictions\", labels.Lengths, \"labels\");");
                (batchShape, batchName) = ("labels.Lengths", "labels");
                break;
            case ElementShape.Row:
                w.WriteLine($"var columns = {tensor}.Columns(predictions, \"predictions\");");
                w.WriteLine($"{tensor}.RequireShape(labels, \"labels\", {tensor}.RowShape(predictions), \"predictions\");");
                (batchShape, batchName) = ($"{tensor}.RowShape(predictions)", "predictions");
                break;
            default:
                w.WriteLine($"{tensor}.RequireShape(predictions, \"predictions\", labels.Lengths, \"labels\");");
                w.WriteLine($"var columns = {tensor}.Columns(labels, \"labels\");");
                (batchShape, batchName) = ($"{tensor}.RowShape(labels)", "labels");
                break;
        }

        w.OpenBlock("if (hasMask)");
        w.WriteLine($"{tensor}.RequireShape(mask, \"mask\", {batchShape}, \"{batchName}\");");
        w.CloseBlock();
        w.WriteLine();
        if (weights)
        {
            w.OpenBlock("if (hasWeights)");
            w.WriteLine($"{tensor}.RequireShape(weights, \"weights\", {batchShape}, \"{batchName}\");");
            w.CloseBlock();
            w.WriteLine();
        }

        var flattened = new List<string>();
        foreach (var name in shape == ElementShape.Value ? new[] { "values" } : new[] { "labels", "predictions" })
        {
            w.WriteLine($"using var {name}Flat = {tensor}.Flatten({name});");
            flattened.Add(name + "Flat.Span");
        }

        w.WriteLine($"using var maskFlat = {tensor}.Flatten(mask);");
        if (weights)
        {
            w.WriteLine($"using var weightsFlat = {tensor}.Flatten(weights);");
        }

        var columnsArg = shape is ElementShape.Row or ElementShape.RowPair ? ", columns" : string.Empty;
        var weightArgs = weights ? ", weightsFlat.Span, hasWeights" : string.Empty;
        w.WriteLine($"return {ShapeSyntax.CoreName(shape)}({string.Join(", ", flattened)}{columnsArg}, maskFlat.Span, hasMask{weightArgs});");
        w.CloseBlock();
        w.WriteLine();
    }

    /// <summary>
    /// Whether an update's core is the shared runtime entry (<c>MetricUpdate</c>): an element-wise update (pairs or
    /// values) whose only input guards are those the runtime knows (weights, class-index labels, <c>[NotNaN]</c>
    /// predictions). The others keep their guards and loop call in the generated core.
    /// </summary>
    private static bool RunsOnSharedEntry(MetricModel model, UpdateFunction update) =>
        update.Shape is ElementShape.Pair or ElementShape.Value
        && update.HistogramField is null
        && update.AppendField is null
        && update.ClassIndexIgnore is null
        && update.ClassIndex is ClassIndexKind.None or ClassIndexKind.Constant or ClassIndexKind.Parameter
        && update.PredictionClassIndex == ClassIndexKind.None
        && !update.ProbabilityPredictions
        && !model.Fields.Any(f => f.Merge == MergeKind.Append);

    private static void EmitSharedSpanCore(IndentedWriter w, MetricModel model, UpdateFunction update, InputTypes types, bool weights)
    {
        var shape = update.Shape;
        var isValue = shape == ElementShape.Value;
        var weightParams = weights ? $", {S}<{types.WeightType}> weights, bool hasWeights" : string.Empty;
        var entry = ShapeSyntax.Kernels + ".MetricUpdate";
        w.OpenBlock($"private {model.FullyQualifiedName} {ShapeSyntax.CoreName(shape)}({SpanInputs(shape, types)}, {S}<bool> mask, bool hasMask{weightParams})");
        w.WriteLine("ValidateParameters();");
        var weightInputs = weights ? "weights, hasWeights" : $"default({S}<{types.WeightType}>), false";
        w.WriteLine($"var batch = {entry}.{(isValue ? "Values" : "Pairs")}({InputNames(shape)}, mask, hasMask, {weightInputs});");
        w.WriteLine("EnsureState();");
        var op = ShapeSyntax.OperatorName(shape);
        w.WriteLine($"var op = new {op}({OperatorArguments(update, types)});");
        var runner = (update.Vector is not null ? "Vectorized" : weights ? "Weighted" : "Scalar") + (isValue ? "Values" : "Pairs");
        var typeArgs = isValue ? types.PredictionType : $"{types.LabelType}, {types.PredictionType}";
        var classes = Classes(update.ClassIndex, update.ClassIndexValue) ?? "0";
        w.WriteLine($"{entry}.{runner}<{typeArgs}, {types.WeightType}, {op}>(ref op, batch, new {ShapeSyntax.Kernels}.LaneChecks({classes}, {(update.PredictionNotNaN ? "true" : "false")}));");
        w.WriteLine("StoreState(op.State);");
        w.WriteLine("return this;");
        w.CloseBlock();
        w.WriteLine();
    }

    /// <summary>The operator's constructor arguments: the float overloads of a body rounding to the element type say so.</summary>
    private static string OperatorArguments(UpdateFunction update, InputTypes types) =>
        update.Vector is { RoundsToElement: true } && types.TypeArgument == "float" ? "this, single: true" : "this";

    private static string? Classes(ClassIndexKind kind, string? value) => kind switch
    {
        ClassIndexKind.RowLength => "columns",
        ClassIndexKind.Constant => value,
        ClassIndexKind.Parameter => "this." + Naming.Escape(value!),
        _ => null,
    };

    private static string SpanInputs(ElementShape shape, InputTypes types) => shape switch
    {
        ElementShape.Value => $"{S}<{types.PredictionType}> values",
        ElementShape.Pair => $"{S}<{types.LabelType}> labels, {S}<{types.PredictionType}> predictions",
        _ => $"{S}<{types.LabelType}> labels, {S}<{types.PredictionType}> predictions, int columns",
    };

    private static string InputNames(ElementShape shape) => shape switch
    {
        ElementShape.Value => "values",
        ElementShape.Pair => "labels, predictions",
        _ => "labels, predictions, columns",
    };

    private static string Summary(ElementShape shape) => shape switch
    {
        ElementShape.Value => "Accumulates a batch of values.",
        ElementShape.Pair => "Accumulates a batch of (label, prediction) pairs.",
        ElementShape.Row => "Accumulates a batch of rows (one label per row of predictions).",
        _ => "Accumulates a batch of rows (a label row per prediction row).",
    };

    private static void WriteDocs(IndentedWriter w, string summary, ElementShape shape, bool mask, bool weights, bool arrays, bool columns = false)
    {
        var perRow = shape is ElementShape.Row or ElementShape.RowPair;
        w.WriteLine($"/// <summary>{summary} Updates this metric in place and returns it, for chaining.</summary>");
        if (shape == ElementShape.Value)
        {
            w.WriteLine("/// <param name=\"values\">The values.</param>");
        }
        else
        {
            w.WriteLine(shape == ElementShape.RowPair
                ? "/// <param name=\"labels\">The label rows, row-major.</param>"
                : "/// <param name=\"labels\">The labels, one per " + (perRow ? "row" : "prediction") + ".</param>");
            w.WriteLine(perRow
                ? "/// <param name=\"predictions\">The prediction rows, row-major.</param>"
                : "/// <param name=\"predictions\">The predictions, as many as labels.</param>");
            if (perRow && columns)
            {
                w.WriteLine("/// <param name=\"columns\">The row length.</param>");
            }
        }

        var unit = perRow ? "row" : "element";
        if (mask)
        {
            w.WriteLine($"/// <param name=\"mask\">Which {unit}s to include{(arrays ? " (null: all)" : string.Empty)}; <c>Update(x, mask: m)</c> equals <c>Update(x[m])</c>.</param>");
        }

        if (weights)
        {
            w.WriteLine($"/// <param name=\"weights\">Non-negative sample weights, one per {unit}{(arrays ? " (null: all 1)" : string.Empty)}; weight 0 excludes the {unit}.</param>");
        }

        w.WriteLine("/// <exception cref=\"global::System.ArgumentException\">Lengths or shapes do not match, a weight is negative or not finite, a label is out of range, or a parameter is invalid.</exception>");
    }
}
