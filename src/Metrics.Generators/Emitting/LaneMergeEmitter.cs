namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes the vector members of an operator whose metric has a user merge (<see cref="LaneMerge"/>): each lane of the
/// kernel's accumulators holds one state (field <c>Fk</c> for state field <c>k</c>). A block <c>Add</c> builds every
/// lane's one-element state from the translated update (summed fields scaled by the weight, as the scalar path does)
/// and merges it into the lane with the translated user merge; dropped lanes keep their state by a select, so nothing
/// of a masked element is computed into it. Chains merge lane by lane with the same translation, and the lanes fold
/// into the state with the scalar user merge, in lane order.
/// </summary>
internal static class LaneMergeEmitter
{
    public static void EmitMembers(IndentedWriter w, MetricModel model, VectorBody body, LaneMerge merge)
    {
        var lanesType = $"{ShapeSyntax.Kernels}.Lanes";
        var fields = model.Fields;
        foreach (var vector in VectorOperatorEmitter.Widths)
        {
            var type = vector + "<double>";
            var lanes = $"{lanesType}<{type}>";
            w.WriteLine();
            w.OpenBlock($"public static void Reset(out {lanes} lanes)");
            w.WriteLine("lanes = default;");
            for (var k = 0; k < fields.Count; k++)
            {
                if (fields[k].Merge is MergeKind.Min or MergeKind.Max)
                {
                    w.WriteLine($"lanes.F{k} = {Expand(Parsing.VectorTranslator.IdentityTemplate(fields[k].Merge), vector)};");
                }
            }

            w.CloseBlock();
            w.WriteLine();
            w.OpenBlock($"public static void Merge(ref {lanes} lanes, in {lanes} other)");
            for (var k = 0; k < fields.Count; k++)
            {
                w.WriteLine($"var __a{k} = lanes.F{k};");
            }

            for (var k = 0; k < fields.Count; k++)
            {
                w.WriteLine($"var __b{k} = other.F{k};");
            }

            WriteMerge(w, merge, vector, keep: false, "lanes");
            w.CloseBlock();
            w.WriteLine();
            w.OpenBlock($"public void Fold(in {lanes} lanes)");
            w.OpenBlock($"for (var __j = 0; __j < {type}.Count; __j++)");
            w.WriteLine("var __lane = State;");
            for (var k = 0; k < fields.Count; k++)
            {
                w.WriteLine($"__lane.{fields[k].Identifier} = {vector}.GetElement(lanes.F{k}, __j);");
            }

            w.WriteLine($"State.StoreState({model.FullyQualifiedName}.Merge(State, __lane));");
            w.CloseBlock();
            w.CloseBlock();

            // (weighted, keep): the unmasked form serves full blocks without mask or weights, so it applies no keep mask.
            foreach (var (weighted, keep) in new[] { (false, false), (false, true), (true, true) })
            {
                w.WriteLine();
                var weightParameter = weighted ? $" {type} __weight," : string.Empty;
                var keepParameter = keep ? $",{weightParameter} {type} __keep" : string.Empty;
                w.WriteLine(ShapeSyntax.AggressiveInlining);
                w.OpenBlock($"public readonly void Add(ref {lanes} __lanes, {type} __label, {type} __prediction{keepParameter})");
                foreach (var statement in body.Statements)
                {
                    w.WriteLine(Expand(statement, vector));
                }

                for (var k = 0; k < fields.Count; k++)
                {
                    // An unassigned summed field stays 0 under a weight (weights are finite and non-negative).
                    var contribution = body.Contributions.FirstOrDefault(c => c.Field == fields[k].Name);
                    var value = contribution is null
                        ? Expand(Parsing.VectorTranslator.IdentityTemplate(fields[k].Merge), vector)
                        : Expand(contribution.Expression, vector);
                    w.WriteLine(weighted && fields[k].Merge == MergeKind.Sum && contribution is not null
                        ? $"var __b{k} = __weight * {value};"
                        : $"var __b{k} = {value};");
                }

                for (var k = 0; k < fields.Count; k++)
                {
                    w.WriteLine($"var __a{k} = __lanes.F{k};");
                }

                WriteMerge(w, merge, vector, keep, "__lanes");
                w.CloseBlock();
            }
        }
    }

    private static void WriteMerge(IndentedWriter w, LaneMerge merge, string vector, bool keep, string lanes)
    {
        foreach (var statement in merge.Statements)
        {
            w.WriteLine(Expand(statement, vector));
        }

        for (var k = 0; k < merge.Fields.Count; k++)
        {
            var value = Expand(merge.Fields[k], vector);
            w.WriteLine(keep
                ? $"{lanes}.F{k} = {vector}.ConditionalSelect(__keep, {value}, __a{k});"
                : $"{lanes}.F{k} = {value};");
        }
    }

    private static string Expand(string template, string vector) =>
        template.Replace("{V}", vector).Replace("{T}", vector + "<double>");
}
