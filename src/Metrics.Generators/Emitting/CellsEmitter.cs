namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes the generated part of a per-column metric (one <c>[Cells]</c> field): the <c>[rows, columns]</c> batch
/// overloads (spans with a column count, two-dimensional arrays, tensors; masks and weights per row), each one call into
/// the runtime's <c>CellKernel</c>, which updates each column's cell through the cell metric's own update; <c>Merge</c>
/// cell by cell, <c>Reset</c>, persistence of the cells, and the parameter members every metric has.
/// </summary>
internal static class CellsEmitter
{
    private const string Kernel = ShapeSyntax.Kernels + ".CellKernel";

    private static readonly string[] ElementTypes = ["double", "float"];

    public static void Emit(IndentedWriter w, MetricModel model, CellState cells)
    {
        MetricEmitter.EmitIdentity(w, model);
        StateGuardEmitter.EmitConstructedFlag(w, model);
        MetricEmitter.EmitConstructors(w, model);
        EmitLifecycle(w, model, cells);
        EmitMerge(w, model, cells);
        MetricEmitter.EmitParameters(w, model);
        StateGuardEmitter.EmitInterfaceCompute(w, model);
        EmitToString(w, model, cells);
        if (!cells.UserFromArguments)
        {
            UntypedEmitter.EmitFromArguments(w, model);
        }

        PersistenceEmitter.Emit(w, model);
        EmitBatchUpdate(w, model, cells);
        foreach (var type in ElementTypes)
        {
            EmitSpanOverloads(w, model, cells, type);
            EmitArrayAndTensorOverloads(w, model, cells, type);
        }
    }

    private static void EmitLifecycle(IndentedWriter w, MetricModel model, CellState cells)
    {
        LifecycleEmitter.Emit(w, model, cells.Identifier, "default", "its own cells");
        w.WriteLine($"private readonly {cells.CellType} CellTemplate() => new {cells.CellType}({string.Join(", ", cells.TemplateArguments)});");
        w.WriteLine();
        w.WriteLine($"private readonly int DeclaredCells() => {(cells.SizedBy is null ? "0" : "this." + Naming.Escape(cells.SizedBy))};");
        w.WriteLine();
    }

    private static void EmitMerge(IndentedWriter w, MetricModel model, CellState cells)
    {
        MetricEmitter.EmitMergeChecks(w, model, "its parameters are out of range");
        w.WriteLine($"return this with {{ {cells.Identifier} = {Kernel}.Merge(this.{cells.Identifier}, other.{cells.Identifier}, MetricName, {MetricEmitter.Quote(cells.Noun)}) }};");
        w.CloseBlock();
        w.WriteLine();
    }

    private static void EmitToString(IndentedWriter w, MetricModel model, CellState cells)
    {
        var parameters = model.Parameters.Count == 0 ? string.Empty : "; {ParameterText()}";
        w.WriteLine("/// <summary>The metric's value, its cells and its parameters, formatted with the invariant culture.</summary>");
        w.WriteLine($"public override string ToString() =>\n    string.Create(global::System.Globalization.CultureInfo.InvariantCulture, $\"{{MetricName}}(value: {{Compute()}}; {cells.FieldName}: {{this.{cells.Identifier}}}{parameters})\");");
        w.WriteLine();
    }

    private static void EmitBatchUpdate(IndentedWriter w, MetricModel model, CellState cells)
    {
        w.WriteLine("/// <summary>Accumulates an untyped batch: a 2-D batch with a label row per row (one cell per column), or a 1-D batch of (label, prediction) pairs as one cell.</summary>");
        w.WriteLine("/// <param name=\"batch\">The batch; mask and weights per row.</param>");
        w.WriteLine("/// <exception cref=\"global::System.ArgumentException\">The batch has one label per row, or its sizes are invalid.</exception>");
        w.OpenBlock($"public {model.FullyQualifiedName} Update(in global::Metrics.MetricBatch batch)");
        w.WriteLine("ValidateParameters();");
        w.WriteLine($"{Kernel}.Batch(ref this.{cells.Identifier}, CellTemplate(), DeclaredCells(), {MetricEmitter.Quote(cells.Noun)}, in batch, MetricName);");
        w.WriteLine("return this;");
        w.CloseBlock();
        w.WriteLine();
    }

    private static void EmitSpanOverloads(IndentedWriter w, MetricModel model, CellState cells, string type)
    {
        var span = ShapeSyntax.Span;
        (string Parameters, string Arguments, string Docs)[] forms =
        [
            (string.Empty, "default, false, default, false", string.Empty),
            ($", {span}<bool> mask", "mask, true, default, false", MaskDoc),
            ($", {span}<{type}> weights", "default, false, weights, true", WeightsDoc),
            ($", {span}<bool> mask, {span}<{type}> weights", "mask, true, weights, true", MaskDoc + "\n" + WeightsDoc),
        ];
        foreach (var (parameters, arguments, docs) in forms)
        {
            var summary = $"/// <summary>Accumulates a <c>[rows, columns]</c> batch, row-major, one {cells.Noun} per column. Updates this metric in place and returns it, for chaining.</summary>\n"
                + "/// <param name=\"labels\">The labels, <c>[rows, columns]</c> row-major.</param>\n"
                + "/// <param name=\"predictions\">The predictions, the same shape.</param>\n"
                + $"/// <param name=\"columns\">The number of {cells.Noun}s (the row length).</param>"
                + (docs.Length > 0 ? "\n" + docs : string.Empty) + "\n"
                + $"/// <exception cref=\"global::System.ArgumentException\">Lengths differ, rows are ragged, a weight is invalid, or the column count is not the metric's number of {cells.Noun}s.</exception>";
            EmitOverload(
                w,
                summary,
                $"public {model.FullyQualifiedName} Update({span}<{type}> labels, {span}<{type}> predictions, int columns{parameters})",
                $"{Kernel}.RowPairs(ref this.{cells.Identifier}, CellTemplate(), DeclaredCells(), {MetricEmitter.Quote(cells.Noun)}, labels, predictions, columns, {arguments});");
        }
    }

    // One public overload: its documentation, the parameter checks, one kernel call, and the metric for chaining.
    private static void EmitOverload(IndentedWriter w, string documentation, string signature, string call, string? nullChecks = null)
    {
        foreach (var line in documentation.Split('\n'))
        {
            w.WriteLine(line);
        }

        w.OpenBlock(signature);
        if (nullChecks is not null)
        {
            w.WriteLine(nullChecks);
        }

        w.WriteLine("ValidateParameters();");
        w.WriteLine(call);
        w.WriteLine("return this;");
        w.CloseBlock();
        w.WriteLine();
    }

    private static void EmitArrayAndTensorOverloads(IndentedWriter w, MetricModel model, CellState cells, string type)
    {
        var metric = model.FullyQualifiedName;
        var tensor = "global::System.Numerics.Tensors.Tensor";
        var tensorSpan = ShapeSyntax.TensorSpan;
        var noun = MetricEmitter.Quote(cells.Noun);
        var field = cells.Identifier;
        EmitOverload(
            w,
            $"/// <summary>Accumulates a <c>[rows, {cells.Noun}s]</c> batch. Updates this metric in place and returns it, for chaining.</summary>\n"
                + $"/// <param name=\"labels\">The labels, <c>[rows, {cells.Noun}s]</c>.</param>\n"
                + "/// <param name=\"predictions\">The predictions, the same shape.</param>\n"
                + "/// <param name=\"mask\">Which rows to include (null: all).</param>\n"
                + "/// <param name=\"weights\">Non-negative sample weights, one per row (null: all 1); weight 0 excludes the row.</param>\n"
                + $"/// <exception cref=\"global::System.ArgumentException\">Shapes differ, a weight is invalid, or the column count is not the metric's number of {cells.Noun}s.</exception>",
            $"public {metric} Update({type}[,] labels, {type}[,] predictions, bool[]? mask = null, {type}[]? weights = null)",
            $"{Kernel}.Arrays(ref this.{field}, CellTemplate(), DeclaredCells(), {noun}, labels, predictions, mask, weights);");

        var leading = $"/// <summary>Accumulates a <c>[..., {cells.Noun}s]</c> batch: every index of the leading dimensions is a row. Updates this metric in place and returns it, for chaining.</summary>\n"
            + $"/// <param name=\"labels\">The labels, <c>[..., {cells.Noun}s]</c> (at least two dimensions).</param>\n"
            + "/// <param name=\"predictions\">The predictions, the same shape.</param>\n";
        EmitOverload(
            w,
            leading
                + "/// <param name=\"mask\">Which rows to include, shaped as the leading dimensions (null: all).</param>\n"
                + "/// <param name=\"weights\">Non-negative sample weights shaped as the leading dimensions (null: all 1).</param>\n"
                + $"/// <exception cref=\"global::System.ArgumentException\">Shapes differ, a weight is invalid, or the column count is not the metric's number of {cells.Noun}s.</exception>",
            $"public {metric} Update({tensor}<{type}> labels, {tensor}<{type}> predictions, {tensor}<bool>? mask = null, {tensor}<{type}>? weights = null)",
            $"{Kernel}.Tensors(ref this.{field}, CellTemplate(), DeclaredCells(), {noun}, ({tensorSpan}<{type}>)labels, ({tensorSpan}<{type}>)predictions, mask is null ? default({tensorSpan}<bool>) : ({tensorSpan}<bool>)mask, mask is not null, weights is null ? default({tensorSpan}<{type}>) : ({tensorSpan}<{type}>)weights, weights is not null);",
            "global::System.ArgumentNullException.ThrowIfNull(labels);\nglobal::System.ArgumentNullException.ThrowIfNull(predictions);");

        EmitOverload(
            w,
            leading + $"/// <exception cref=\"global::System.ArgumentException\">Shapes differ or the column count is not the metric's number of {cells.Noun}s.</exception>",
            $"public {metric} Update(in {tensorSpan}<{type}> labels, in {tensorSpan}<{type}> predictions)",
            $"{Kernel}.Tensors(ref this.{field}, CellTemplate(), DeclaredCells(), {noun}, in labels, in predictions, default, false, default, false);");
    }

    private const string MaskDoc = "/// <param name=\"mask\">Which rows to include; <c>Update(x, mask: m)</c> equals <c>Update(x[m])</c>.</param>";

    private const string WeightsDoc = "/// <param name=\"weights\">Non-negative sample weights, one per row; weight 0 excludes the row.</param>";
}
