using System.Linq;
using Metrics.Generators.Model;

namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes the vector members of an operator whose update body was translated (<see cref="VectorBody"/>): one lane
/// accumulator per state field and width, the block <c>Add</c> methods, and the lane merge and fold.
/// </summary>
internal static class VectorOperatorEmitter
{
    private static readonly (string Suffix, string Class)[] Widths =
    {
        ("512", "global::System.Runtime.Intrinsics.Vector512"),
        ("256", "global::System.Runtime.Intrinsics.Vector256"),
        ("128", "global::System.Runtime.Intrinsics.Vector128"),
    };

    public static string Interfaces(string operatorName) =>
        string.Join(", ", Widths.Select(w => $"{ShapeSyntax.Kernels}.IVectorOperator<{operatorName}, {w.Class}<double>>"));

    public static void EmitFields(IndentedWriter w, MetricModel model)
    {
        foreach (var field in model.Fields)
        {
            foreach (var (suffix, vector) in Widths)
            {
                w.WriteLine($"private {vector}<double> _{field.Name}{suffix};");
            }
        }
    }

    public static void EmitInitialization(IndentedWriter w, MetricModel model)
    {
        foreach (var field in model.Fields)
        {
            foreach (var (suffix, vector) in Widths)
            {
                w.WriteLine($"_{field.Name}{suffix} = {Identity(field, vector)};");
            }
        }
    }

    public static void EmitMembers(IndentedWriter w, MetricModel model, VectorBody body, string operatorName)
    {
        foreach (var (suffix, vector) in Widths)
        {
            var type = vector + "<double>";
            foreach (var weighted in new[] { false, true })
            {
                w.WriteLine();
                var weightParameter = weighted ? $" {type} __weight," : string.Empty;
                w.OpenBlock($"public void Add({type} __label, {type} __prediction,{weightParameter} {type} __keep)");
                foreach (var statement in body.Statements)
                {
                    w.WriteLine(Expand(statement, vector));
                }

                foreach (var contribution in body.Contributions)
                {
                    var field = model.Fields.First(f => f.Name == contribution.Field);
                    var value = Expand(contribution.Expression, vector);
                    var lane = $"_{field.Name}{suffix}";
                    w.WriteLine(field.Merge switch
                    {
                        MergeKind.Min => $"{lane} = {vector}.Min({lane}, {vector}.ConditionalSelect(__keep, {value}, {Identity(field, vector)}));",
                        MergeKind.Max => $"{lane} = {vector}.Max({lane}, {vector}.ConditionalSelect(__keep, {value}, {Identity(field, vector)}));",
                        _ => weighted ? $"{lane} += (__weight * {value}) & __keep;" : $"{lane} += {value} & __keep;",
                    });
                }

                w.CloseBlock();
            }
        }

        w.WriteLine();
        w.OpenBlock($"public void MergeLanes(in {operatorName} other)");
        foreach (var field in model.Fields)
        {
            foreach (var (suffix, vector) in Widths)
            {
                var lane = $"_{field.Name}{suffix}";
                w.WriteLine(field.Merge switch
                {
                    MergeKind.Min => $"{lane} = {vector}.Min({lane}, other.{lane});",
                    MergeKind.Max => $"{lane} = {vector}.Max({lane}, other.{lane});",
                    _ => $"{lane} += other.{lane};",
                });
            }
        }

        w.CloseBlock();
        w.WriteLine();
        w.OpenBlock("public void FoldLanes()");
        foreach (var field in model.Fields)
        {
            var lanes = string.Join(", ", Widths.Select(x => $"_{field.Name}{x.Suffix}"));
            w.WriteLine(field.Merge switch
            {
                MergeKind.Min => $"State.{field.Identifier} = global::System.Math.Min(State.{field.Identifier}, {ShapeSyntax.Kernels}.LaneFold.Min({lanes}));",
                MergeKind.Max => $"State.{field.Identifier} = global::System.Math.Max(State.{field.Identifier}, {ShapeSyntax.Kernels}.LaneFold.Max({lanes}));",
                _ => $"State.{field.Identifier} += {ShapeSyntax.Kernels}.LaneFold.Sum({lanes});",
            });
        }

        EmitInitialization(w, model);
        w.CloseBlock();
    }

    private static string Identity(StateField field, string vector) => field.Merge switch
    {
        MergeKind.Min => $"{vector}.Create(double.PositiveInfinity)",
        MergeKind.Max => $"{vector}.Create(double.NegativeInfinity)",
        _ => $"{vector}<double>.Zero",
    };

    private static string Expand(string template, string vector) =>
        template.Replace("{V}", vector).Replace("{T}", vector + "<double>");
}
