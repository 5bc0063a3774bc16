namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes the vector members of an operator whose metric declares <c>[ShiftedMoments]</c> (<see cref="ShiftedMoments"/>):
/// each lane accumulates the power sums n = Σw, Σw·d, Σw·d² (and Σw·dx·dy) with d = value − shift, the shift being
/// the lane's first kept value, so an element costs a subtraction and a few multiply-adds, no division. Chains
/// merge lane by lane by moving the other chain's sums to this chain's shift (the shifts are values of the same
/// batch, so the move is as exact as the sums); the fold turns each lane into the declared moments (mean Σd/n,
/// squares Σd² − Σd·mean, at least 0) and merges it into the state with the metric's own merge, in lane order; sums
/// that are not finite (a ±∞ or NaN value, an overflow) make <c>Represents</c> send the batch to the scalar path. Other
/// fields are summed, minimised or maximised lane-wise as in <see cref="VectorOperatorEmitter"/>.
/// </summary>
internal static class ShiftedMomentsEmitter
{
    public static void EmitMembers(IndentedWriter w, MetricModel model, VectorBody body, ShiftedMoments moments)
    {
        var fields = model.Fields;
        var own = new HashSet<int>(Positions(moments));
        var others = Enumerable.Range(0, fields.Count).Where(k => !own.Contains(k)).ToList();
        foreach (var vector in VectorOperatorEmitter.Widths)
        {
            var type = vector + "<double>";
            var lanes = $"{ShapeSyntax.Kernels}.Lanes<{type}>";
            w.WriteLine();
            w.OpenBlock($"public static void Reset(out {lanes} lanes)");
            w.WriteLine("lanes = default;");
            foreach (var k in others.Where(k => fields[k].Merge != MergeKind.Sum))
            {
                w.WriteLine($"lanes.F{k} = {VectorOperatorEmitter.Identity(fields[k], vector)};");
            }

            w.CloseBlock();
            w.WriteLine();
            EmitMerge(w, model, moments, others, vector, lanes);
            w.WriteLine();
            EmitRepresents(w, moments, vector, lanes);
            w.WriteLine();
            EmitFold(w, model, moments, others, vector, lanes);

            // (weighted, keep): the unmasked form serves full blocks without mask or weights, so it applies no keep mask.
            foreach (var (weighted, keep) in new[] { (false, false), (false, true), (true, true) })
            {
                w.WriteLine();
                EmitAdd(w, model, body, moments, others, vector, weighted, keep);
            }
        }
    }

    private static IEnumerable<int> Positions(ShiftedMoments moments) =>
        new[] { moments.Count, moments.Comoment }.Where(k => k >= 0)
            .Concat(moments.Values.SelectMany(v => new[] { v.Shift, v.Mean, v.Squares }));

    private static void EmitMerge(IndentedWriter w, MetricModel model, ShiftedMoments moments, List<int> others, string vector, string lanes)
    {
        var zero = vector + "<double>.Zero";
        w.OpenBlock($"public static void Merge(ref {lanes} lanes, in {lanes} other)");
        w.WriteLine($"var __n = other.F{moments.Count};");
        w.WriteLine($"var __emptyA = {vector}.Equals(lanes.F{moments.Count}, {zero});");
        w.WriteLine($"var __emptyB = {vector}.Equals(__n, {zero});");
        for (var i = 0; i < moments.Values.Count; i++)
        {
            var v = moments.Values[i];
            w.WriteLine($"var __shift{i} = {vector}.ConditionalSelect(__emptyA, other.F{v.Shift}, lanes.F{v.Shift});");
            w.WriteLine($"var __delta{i} = {vector}.ConditionalSelect(__emptyB, {zero}, other.F{v.Shift} - __shift{i});");
            w.WriteLine($"var __sum{i} = other.F{v.Mean} + (__n * __delta{i});");
        }

        // Moved to the shift s = s' − δ: Σ(d' + δ) = Σd' + nδ; Σ(d' + δ)² = Σd'² + δ(Σd' + Σ(d' + δ)); Σ(dx' + δx)(dy' + δy) = Σdx'dy' + δx·Σdy' + δy·Σ(dx' + δx).
        if (moments.Comoment >= 0)
        {
            w.WriteLine($"lanes.F{moments.Comoment} += other.F{moments.Comoment} + (__delta0 * other.F{moments.Values[1].Mean}) + (__delta1 * __sum0);");
        }

        for (var i = 0; i < moments.Values.Count; i++)
        {
            var v = moments.Values[i];
            w.WriteLine($"lanes.F{v.Squares} += other.F{v.Squares} + (__delta{i} * (other.F{v.Mean} + __sum{i}));");
            w.WriteLine($"lanes.F{v.Mean} += __sum{i};");
            w.WriteLine($"lanes.F{v.Shift} = __shift{i};");
        }

        w.WriteLine($"lanes.F{moments.Count} += __n;");
        foreach (var k in others)
        {
            var field = model.Fields[k];
            w.WriteLine(field.Merge switch
            {
                MergeKind.Min => $"lanes.F{k} = {vector}.Min(lanes.F{k}, other.F{k});",
                MergeKind.Max => $"lanes.F{k} = {vector}.Max(lanes.F{k}, other.F{k});",
                _ => $"lanes.F{k} += other.F{k};",
            });
        }

        w.CloseBlock();
    }

    // A non-finite power sum is a value that is ±∞ or NaN, or sums that overflowed (values more than double.MaxValue
    // apart, squares beyond it, a weight total beyond it): the scalar path then applies the merge's range rules.
    private static void EmitRepresents(IndentedWriter w, ShiftedMoments moments, string vector, string lanes)
    {
        var sums = new[] { moments.Count, moments.Comoment }.Where(k => k >= 0)
            .Concat(moments.Values.SelectMany(v => new[] { v.Mean, v.Squares }))
            .Select(k => $"{vector}.EqualsAll(lanes.F{k} - lanes.F{k}, {vector}<double>.Zero)");
        w.WriteLine($"public static bool Represents(in {lanes} lanes) =>");
        w.WriteLine("    " + string.Join(" && ", sums) + ";");
    }

    private static void EmitFold(IndentedWriter w, MetricModel model, ShiftedMoments moments, List<int> others, string vector, string lanes)
    {
        var fields = model.Fields;
        w.OpenBlock($"public void Fold(in {lanes} lanes)");
        w.OpenBlock($"for (var __j = 0; __j < {vector}<double>.Count; __j++)");
        w.WriteLine("var __lane = State;");
        w.WriteLine($"var __n = {vector}.GetElement(lanes.F{moments.Count}, __j);");
        w.WriteLine($"__lane.{fields[moments.Count].Identifier} = __n;");
        for (var i = 0; i < moments.Values.Count; i++)
        {
            var v = moments.Values[i];
            w.WriteLine($"var __sum{i} = {vector}.GetElement(lanes.F{v.Mean}, __j);");
            w.WriteLine($"var __mean{i} = __n > 0 ? __sum{i} / __n : 0.0;");
            w.WriteLine($"__lane.{fields[v.Shift].Identifier} = {vector}.GetElement(lanes.F{v.Shift}, __j);");
            w.WriteLine($"__lane.{fields[v.Mean].Identifier} = __mean{i};");
            w.WriteLine($"__lane.{fields[v.Squares].Identifier} = global::System.Math.Max(0.0, {vector}.GetElement(lanes.F{v.Squares}, __j) - (__sum{i} * __mean{i}));");
        }

        if (moments.Comoment >= 0)
        {
            w.WriteLine($"__lane.{fields[moments.Comoment].Identifier} = {vector}.GetElement(lanes.F{moments.Comoment}, __j) - (__sum0 * __mean1);");
        }

        foreach (var k in others)
        {
            w.WriteLine($"__lane.{fields[k].Identifier} = {vector}.GetElement(lanes.F{k}, __j);");
        }

        w.WriteLine($"State.StoreState({model.FullyQualifiedName}.Merge(State, __lane));");
        w.CloseBlock();
        w.CloseBlock();
    }

    private static void EmitAdd(
        IndentedWriter w, MetricModel model, VectorBody body, ShiftedMoments moments, List<int> others, string vector, bool weighted, bool keep)
    {
        var type = vector + "<double>";
        var zero = type + ".Zero";
        var weightParameter = weighted ? $" {type} __weight," : string.Empty;
        var keepParameter = keep ? $",{weightParameter} {type} __keep" : string.Empty;
        w.WriteLine(ShapeSyntax.AggressiveInlining);
        w.OpenBlock($"public readonly void Add(ref {ShapeSyntax.Kernels}.Lanes<{type}> __lanes, {type} __label, {type} __prediction{keepParameter})");
        foreach (var statement in body.Statements)
        {
            w.WriteLine(VectorOperatorEmitter.Expand(statement, vector));
        }

        // A lane takes its shift from its first kept value (a non-finite one makes its sums non-finite: see Represents).
        w.WriteLine(keep
            ? $"var __fresh = {vector}.Equals(__lanes.F{moments.Count}, {zero}) & __keep;"
            : $"var __fresh = {vector}.Equals(__lanes.F{moments.Count}, {zero});");
        for (var i = 0; i < moments.Values.Count; i++)
        {
            var v = moments.Values[i];
            w.WriteLine($"var __x{i} = {VectorOperatorEmitter.Expand(v.Value, vector)};");
            w.WriteLine($"__lanes.F{v.Shift} = {vector}.ConditionalSelect(__fresh, __x{i}, __lanes.F{v.Shift});");
            w.WriteLine($"var __d{i} = __x{i} - __lanes.F{v.Shift};");
            w.WriteLine(weighted ? $"var __wd{i} = __weight * __d{i};" : $"var __wd{i} = __d{i};");
        }

        var mask = keep ? " & __keep" : string.Empty;
        w.WriteLine($"__lanes.F{moments.Count} += {(weighted ? "__weight" : $"{vector}.Create(1d)")}{mask};");
        for (var i = 0; i < moments.Values.Count; i++)
        {
            var v = moments.Values[i];
            w.WriteLine($"__lanes.F{v.Mean} += __wd{i}{mask};");
            w.WriteLine($"__lanes.F{v.Squares} += (__wd{i} * __d{i}){mask};");
        }

        if (moments.Comoment >= 0)
        {
            w.WriteLine($"__lanes.F{moments.Comoment} += (__wd0 * __d1){mask};");
        }

        foreach (var k in others)
        {
            var field = model.Fields[k];
            if (body.Contributions.FirstOrDefault(c => c.Field == field.Name) is not { } contribution)
            {
                continue;
            }

            var value = VectorOperatorEmitter.Expand(contribution.Expression, vector);
            var lane = $"__lanes.F{k}";
            var kept = keep ? $"{vector}.ConditionalSelect(__keep, {value}, {VectorOperatorEmitter.Identity(field, vector)})" : value;
            w.WriteLine(field.Merge switch
            {
                MergeKind.Min => $"{lane} = {vector}.Min({lane}, {kept});",
                MergeKind.Max => $"{lane} = {vector}.Max({lane}, {kept});",
                _ when weighted => $"{lane} += (__weight * {value}) & __keep;",
                _ => $"{lane} += {value}{mask};",
            });
        }

        w.CloseBlock();
    }
}
