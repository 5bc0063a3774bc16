namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes what lets a collection run a metric inside a fused pass: the metric implements
/// <c>Metrics.Kernels.IFusableMetric&lt;T&gt;</c> and hands out its pair operator (which implements
/// <c>IMetricOperator</c>) with the label type it takes. Only a vectorized (label, prediction) update with weights and
/// double predictions qualifies; double labels are preferred over int class-index labels.
/// </summary>
internal static class FusionEmitter
{
    /// <summary>The update whose operator fuses, and its label type; null when none does.</summary>
    public static (UpdateFunction Update, string Label)? Fusable(MetricModel model)
    {
        if (!model.SupportsWeights || model.Statistics is not null || model.Cells is not null)
        {
            return null;
        }

        foreach (var update in model.Updates)
        {
            if (update.Shape != ElementShape.Pair || update.Vector is null || update.HistogramField is not null)
            {
                continue;
            }

            foreach (var label in new[] { "double", "int" })
            {
                if (update.Inputs.Any(t => t.LabelType == label && t.PredictionType == "double" && t.WeightType == "double" && t.TypeArgument is null))
                {
                    return (update, label);
                }
            }
        }

        return null;
    }

    /// <summary>The interface the metric declares, with its leading comma; empty when it does not fuse.</summary>
    public static string MetricInterface(MetricModel model) =>
        Fusable(model) is null ? string.Empty : $", {ShapeSyntax.Kernels}.IFusableMetric<{model.FullyQualifiedName}>";

    /// <summary>The metric's <c>AcceptOperator</c>.</summary>
    public static void EmitAccept(IndentedWriter w, MetricModel model)
    {
        if (Fusable(model) is not var (update, label))
        {
            return;
        }

        w.WriteLine($"static TResult {ShapeSyntax.Kernels}.IFusableMetric<{model.FullyQualifiedName}>.AcceptOperator<TVisitor, TResult>(in TVisitor visitor) =>");
        w.WriteLine($"    visitor.Visit<{label}, {ShapeSyntax.OperatorName(update.Shape)}>();");
        w.WriteLine();
    }

    /// <summary>The interface the operator of <paramref name="update"/> declares, or null when it does not fuse.</summary>
    public static string? OperatorInterface(MetricModel model, UpdateFunction update) =>
        Fusable(model) is var (fused, _) && ReferenceEquals(fused, update)
            ? $"{ShapeSyntax.Kernels}.IMetricOperator<{ShapeSyntax.OperatorName(update.Shape)}, {model.FullyQualifiedName}>"
            : null;

    /// <summary>The operator's <c>IMetricOperator</c> members.</summary>
    public static void EmitOperatorMembers(IndentedWriter w, MetricModel model, UpdateFunction update)
    {
        if (OperatorInterface(model, update) is not { } contract)
        {
            return;
        }

        w.WriteLine();
        w.WriteLine($"static {ShapeSyntax.OperatorName(update.Shape)} {contract}.Create(in {model.FullyQualifiedName} metric) => new(in metric);");
        w.WriteLine();
        w.WriteLine($"readonly {model.FullyQualifiedName} {contract}.Metric => State;");
    }
}
