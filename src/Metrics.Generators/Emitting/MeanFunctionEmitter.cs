namespace Metrics.Generators.Emitting;

/// <summary>
/// Writes what a function metric does not declare: its two summed fields, the update function that gives an
/// element's contribution to them, and <c>Compute()</c>, the mean. The rest is emitted as for any metric.
/// </summary>
internal static class MeanFunctionEmitter
{
    public static void Emit(IndentedWriter w, MetricModel model, MeanFunction mean)
    {
        var function = $"<c>{mean.FunctionName}</c>";
        var sum = Naming.Escape(mean.SumField);
        var count = Naming.Escape(mean.CountField);
        w.WriteLine($"/// <summary>The (weighted) sum of {function} over the elements.</summary>");
        w.WriteLine($"[global::Metrics.Sum] public double {sum};");
        w.WriteLine();
        w.WriteLine("/// <summary>The (weighted) number of elements.</summary>");
        w.WriteLine($"[global::Metrics.Sum] public double {count};");
        w.WriteLine();
        w.WriteLine($"/// <summary>The (weighted) mean of {function}, or NaN when empty.</summary>");
        w.WriteLine($"public readonly double Compute() => global::Metrics.Numerics.NumericRange.Mean({sum}, {count});");
        w.WriteLine();
        var constraints = mean.Constraints.Length == 0 ? string.Empty : " " + mean.Constraints;
        w.WriteLine($"private static {model.FullyQualifiedName} Update{mean.TypeParameters}({mean.Parameters}){constraints} =>");
        w.WriteLine($"    new() {{ {sum} = {mean.FunctionName}({mean.Arguments}), {count} = 1 }};");
        w.WriteLine();
    }
}
