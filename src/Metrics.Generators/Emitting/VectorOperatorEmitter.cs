namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes the vector members of an operator whose update body was translated (<see cref="VectorBody"/>), per width:
/// the block <c>Add</c> methods over the kernel's lane accumulators (<c>Lanes&lt;TVector&gt;</c>, field <c>Fk</c> for
/// state field <c>k</c>), and their reset, merge and fold into the state.
/// </summary>
internal static class VectorOperatorEmitter
{
    internal static readonly string[] Widths =
    {
        "global::System.Runtime.Intrinsics.Vector512",
        "global::System.Runtime.Intrinsics.Vector256",
        "global::System.Runtime.Intrinsics.Vector128",
    };

    public static string Interfaces(string operatorName) =>
        string.Join(", ", Widths.Select(vector => $"{ShapeSyntax.Kernels}.IVectorOperator<{operatorName}, {vector}<double>>"));

    public static void EmitMembers(IndentedWriter w, MetricModel model, VectorBody body)
    {
        if (body.Moments is not null)
        {
            ShiftedMomentsEmitter.EmitMembers(w, model, body, body.Moments);
            return;
        }

        if (body.Merge is not null)
        {
            LaneMergeEmitter.EmitMembers(w, model, body, body.Merge);
            return;
        }

        var lanesType = $"{ShapeSyntax.Kernels}.Lanes";
        foreach (var vector in Widths)
        {
            var type = vector + "<double>";
            var lanes = $"{lanesType}<{type}>";
            w.WriteLine();
            w.OpenBlock($"public static void Reset(out {lanes} lanes)");
            w.WriteLine("lanes = default;");
            foreach (var field in model.Fields.Where(f => f.Merge != MergeKind.Sum))
            {
                w.WriteLine($"lanes.{Lane(model, field)} = {Identity(field, vector)};");
            }

            w.CloseBlock();
            w.WriteLine();
            w.OpenBlock($"public static void Merge(ref {lanes} lanes, in {lanes} other)");
            foreach (var field in Contributed(model, body))
            {
                var lane = "lanes." + Lane(model, field);
                var otherLane = "other." + Lane(model, field);
                w.WriteLine(field.Merge switch
                {
                    MergeKind.Min => $"{lane} = {vector}.Min({lane}, {otherLane});",
                    MergeKind.Max => $"{lane} = {vector}.Max({lane}, {otherLane});",
                    _ => $"{lane} += {otherLane};",
                });
            }

            w.CloseBlock();
            w.WriteLine();
            w.OpenBlock($"public void Fold(in {lanes} lanes)");
            foreach (var field in Contributed(model, body))
            {
                var lane = "lanes." + Lane(model, field);
                w.WriteLine(field.Merge switch
                {
                    MergeKind.Min => $"State.{field.Identifier} = global::System.Math.Min(State.{field.Identifier}, {ShapeSyntax.Kernels}.LaneFold.Min({lane}));",
                    MergeKind.Max => $"State.{field.Identifier} = global::System.Math.Max(State.{field.Identifier}, {ShapeSyntax.Kernels}.LaneFold.Max({lane}));",
                    _ => $"State.{field.Identifier} += {ShapeSyntax.Kernels}.LaneFold.Sum({lane});",
                });
            }

            w.CloseBlock();

            // (weighted, keep): the unmasked form serves full blocks without mask or weights, so it applies no keep mask.
            foreach (var (weighted, keep) in new[] { (false, false), (false, true), (true, true) })
            {
                w.WriteLine();
                var weightParameter = weighted ? $" {type} __weight," : string.Empty;
                var keepParameter = keep ? $",{weightParameter} {type} __keep" : string.Empty;
                w.WriteLine(ShapeSyntax.AggressiveInlining);
                w.OpenBlock($"public readonly void Add(ref {lanes} __lanes, {type} __label, {type} __prediction{keepParameter})");
                if (body.RoundsToElement)
                {
                    w.OpenBlock("if (_single)");
                    EmitBody(w, model, body, vector, weighted, keep, $"{ShapeSyntax.Kernels}.LaneMath.RoundToSingle");
                    w.CloseBlock();
                    w.OpenBlock("else");
                    EmitBody(w, model, body, vector, weighted, keep, string.Empty);
                    w.CloseBlock();
                }
                else
                {
                    EmitBody(w, model, body, vector, weighted, keep, string.Empty);
                }

                w.CloseBlock();
            }
        }
    }

    /// <summary>
    /// The operator members of a body that rounds to the element type: in the float overloads of a generic update the
    /// operator is constructed with <c>single</c>, and its vector members round each arithmetic result on <c>T</c> to float.
    /// </summary>
    public static void EmitElementType(IndentedWriter w, MetricModel model, string operatorName)
    {
        w.WriteLine();
        w.WriteLine("private readonly bool _single;");
        w.WriteLine();
        w.OpenBlock($"public {operatorName}(in {model.FullyQualifiedName} metric, bool single)\n    : this(metric)");
        w.WriteLine("_single = single;");
        w.CloseBlock();
    }

    /// <summary>The statements and accumulations of one <c>Add</c>, with <c>{E}</c> expanded to <paramref name="round"/>.</summary>
    private static void EmitBody(IndentedWriter w, MetricModel model, VectorBody body, string vector, bool weighted, bool keep, string round)
    {
        foreach (var statement in body.Statements)
        {
            w.WriteLine(Expand(statement, vector, round));
        }

        foreach (var contribution in body.Contributions)
        {
            var field = model.Fields.First(f => f.Name == contribution.Field);
            var value = Expand(contribution.Expression, vector, round);
            var lane = "__lanes." + Lane(model, field);
            var kept = keep ? $"{vector}.ConditionalSelect(__keep, {value}, {Identity(field, vector)})" : value;
            w.WriteLine(field.Merge switch
            {
                MergeKind.Min => $"{lane} = {vector}.Min({lane}, {kept});",
                MergeKind.Max => $"{lane} = {vector}.Max({lane}, {kept});",
                _ when weighted => $"{lane} += (__weight * {value}) & __keep;",
                _ when keep => $"{lane} += {value} & __keep;",
                _ => $"{lane} += {value};",
            });
        }
    }

    /// <summary>The lane accumulator of a state field: its position among the state fields.</summary>
    private static string Lane(MetricModel model, StateField field) => "F" + model.Fields.Select((f, i) => (f.Name, i)).First(x => x.Name == field.Name).i;

    private static System.Collections.Generic.IEnumerable<StateField> Contributed(MetricModel model, VectorBody body) =>
        model.Fields.Where(f => body.Contributions.Any(c => c.Field == f.Name));

    internal static string Identity(StateField field, string vector) => field.Merge switch
    {
        MergeKind.Min => $"{vector}.Create(double.PositiveInfinity)",
        MergeKind.Max => $"{vector}.Create(double.NegativeInfinity)",
        _ => $"{vector}<double>.Zero",
    };

    // {E}(...) rounds to a generic update's element type; without a rounding it is the identity.
    internal static string Expand(string template, string vector, string round = "") =>
        template.Replace("{V}", vector).Replace("{T}", vector + "<double>").Replace("{E}", round);
}
