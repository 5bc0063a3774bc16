namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes the generated part of a metric with a batch-wide operand (a <c>[Statistics, SharedKeys]</c> field): the
/// query batch overloads (spans with the embedding size, 2-D arrays, tensors; <c>float</c> and <c>double</c>; mask and
/// weights per query), each one call to the runtime's <c>SharedKeysUpdate</c>, which scores the queries and feeds the
/// statistics metric; then the lifecycle, merge, parameters and persistence of a derived metric, without the
/// untyped <c>MetricBatch</c> update and statistics sharing (a batch of labels and predictions does not feed it).
/// </summary>
internal static class SharedKeysEmitter
{
    private const string S = ShapeSyntax.Span;
    private const string Entry = ShapeSyntax.Kernels + ".SharedKeysUpdate.Update";

    private const string LabelsDoc = "/// <param name=\"labels\">The relevance of each sampled item, <c>[queries, items]</c>{0}.</param>";
    private const string QueriesDoc = "/// <param name=\"queries\">The query embeddings, <c>[queries, features]</c>{0}.</param>";
    private const string KeysDoc = "/// <param name=\"keys\">The candidate embeddings, <c>[candidates, features]</c>{0}, shared by the batch.</param>";
    private const string IndicesDoc = "/// <param name=\"indices\">The candidate of each item, <c>[queries, items]</c>{0}, in <c>[0, candidates)</c>.</param>";

    public static void Emit(IndentedWriter w, MetricModel model, DerivedState statistics)
    {
        MetricEmitter.EmitIdentity(w, model);
        StateGuardEmitter.EmitConstructedFlag(w, model);
        MetricEmitter.EmitConstructors(w, model);
        DerivedEmitter.EmitLifecycle(w, model, statistics);
        if (!statistics.UserTemplate)
        {
            w.WriteLine($"private readonly {statistics.StatisticsType} StatisticsTemplate() =>\n    new {statistics.StatisticsType}({string.Join(", ", statistics.TemplateArguments)});");
            w.WriteLine();
        }

        DerivedEmitter.EmitMerge(w, model, statistics);
        MetricEmitter.EmitParameters(w, model);
        StateGuardEmitter.EmitInterfaceCompute(w, model);
        DerivedEmitter.EmitToString(w, model, statistics);
        UntypedEmitter.EmitFromArguments(w, model);
        PersistenceEmitter.Emit(w, model);
        foreach (var type in new[] { "float", "double" })
        {
            EmitSpanOverloads(w, model, statistics, type);
            EmitWholeOverload(w, model, statistics, $"{type}[,]", "int[,]", "bool[]", $"{type}[]", string.Empty);
            var tensor = ShapeSyntax.Tensor;
            EmitWholeOverload(w, model, statistics, $"{tensor}<{type}>", $"{tensor}<int>", $"{tensor}<bool>", $"{tensor}<{type}>", " (a tensor)");
        }
    }

    // The span overloads, row-major with the embedding size: none, a mask, or a mask and weights (as the statistics' row overloads).
    private static void EmitSpanOverloads(IndentedWriter w, MetricModel model, DerivedState statistics, string type)
    {
        var inputs = $"{S}<{type}> labels, {S}<{type}> queries, {S}<{type}> keys, {S}<int> indices, int features";
        EmitSpanOverload(w, model, statistics, inputs, string.Empty, "default, false, default, false", null, null);
        EmitSpanOverload(
            w, model, statistics, inputs, $", {S}<bool> mask, {S}<{type}> weights", "mask, true, weights, true",
            "Which queries to include.", "Non-negative per-query weights; weight 0 excludes the query.");
        EmitSpanOverload(
            w, model, statistics, inputs, $", {S}<bool> mask", "mask, true, default, false",
            "Which queries to include; <c>Update(x, mask: m)</c> equals <c>Update(x[m])</c>.", null);
    }

    private static void EmitSpanOverload(
        IndentedWriter w, MetricModel model, DerivedState statistics, string inputs, string optional, string passed, string? maskDoc, string? weightsDoc)
    {
        EmitSummary(w, " row-major");
        w.WriteLine("/// <param name=\"features\">The embedding size.</param>");
        EmitOptionalDocs(w, maskDoc, weightsDoc);
        w.WriteLine("/// <exception cref=\"global::System.ArgumentException\">Shapes do not match, rows are ragged, an index of a kept query is out of range or a weight is invalid.</exception>");
        w.OpenBlock($"public {model.FullyQualifiedName} Update({inputs}{optional})");
        EmitCall(w, statistics, $"labels, queries, keys, indices, features, {passed}");
        w.CloseBlock();
        w.WriteLine();
    }

    // One overload for whole inputs (2-D arrays, tensors) whose shapes carry the embedding size, mask and weights optional.
    private static void EmitWholeOverload(
        IndentedWriter w, MetricModel model, DerivedState statistics, string values, string indices, string mask, string weights, string form)
    {
        EmitSummary(w, form);
        EmitOptionalDocs(w, "Which queries to include (null: all).", "Non-negative per-query weights (null: all 1); weight 0 excludes the query.");
        w.WriteLine("/// <exception cref=\"global::System.ArgumentException\">Shapes or feature sizes do not match, an index of a kept query is out of range or a weight is invalid.</exception>");
        w.OpenBlock($"public {model.FullyQualifiedName} Update({values} labels, {values} queries, {values} keys, {indices} indices, {mask}? mask = null, {weights}? weights = null)");
        EmitCall(w, statistics, "labels, queries, keys, indices, mask, weights");
        w.CloseBlock();
        w.WriteLine();
    }

    private static void EmitSummary(IndentedWriter w, string form)
    {
        w.WriteLine("/// <summary>Accumulates a batch of queries, each scored against the shared keys. Updates this metric in place and returns it, for chaining.</summary>");
        w.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, LabelsDoc, form));
        w.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, QueriesDoc, form));
        w.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, KeysDoc, form));
        w.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, IndicesDoc, form));
    }

    private static void EmitOptionalDocs(IndentedWriter w, string? maskDoc, string? weightsDoc)
    {
        if (maskDoc is not null)
        {
            w.WriteLine($"/// <param name=\"mask\">{maskDoc}</param>");
        }

        if (weightsDoc is not null)
        {
            w.WriteLine($"/// <param name=\"weights\">{weightsDoc}</param>");
        }
    }

    private static void EmitCall(IndentedWriter w, DerivedState statistics, string arguments)
    {
        w.WriteLine("ValidateParameters();");
        w.WriteLine($"this.{statistics.Identifier} = {Entry}(CurrentStatistics(), {arguments});");
        w.WriteLine("return this;");
    }
}
