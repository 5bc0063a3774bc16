using System.Threading.Tasks;
using Metrics.Generators.Analyzers;
using SK = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.SharedKeysAnalyzer>;

namespace Metrics.Analyzers.Tests;

/// <summary>MET042: batch-wide operands (a <c>[SharedKeys]</c> field).</summary>
public sealed class SharedKeysTests
{
    private static string Hits(string interfaces) => $$"""
        [Metric]
        public partial record struct Hits{{interfaces}}
        {
            [Parameter(Min = 1)] public int K { get; init; } = 1;
            [Sum] public double Found;
            [Sum] public double Count;
            static Hits Update<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> scores, int k)
                where T : INumber<T> =>
                new() { Found = labels[TensorPrimitives.IndexOfMax(scores)] > T.Zero ? k : 0, Count = 1 };
            public readonly double Compute() => Found / Count;
        }

        """;

    private const string Valid = """
        [Metric]
        public partial record struct DotProductHits
        {
            [Parameter(Min = 1)] public int K { get; init; } = 1;
            [Statistics, SharedKeys] public Hits Ranking;
            public readonly double Compute() => Ranking.Compute();
        }

        public static class Use
        {
            public static double All(float[] f, double[] d, int[] i, bool[] mask, float[,] f2, int[,] i2, Tensor<double> t, Tensor<int> ti) =>
                new DotProductHits(k: 2).Update(f, f, f, i, 2).Update(d, d, d, i, 2, mask).Update(d, d, d, i, 2, mask, d)
                    .Update(f2, f2, f2, i2).Update(f2, f2, f2, i2, mask, f).Update(t, t, t, ti, weights: t)
                    .Merge(DotProductHits.FromArguments(new System.Collections.Generic.Dictionary<string, object?> { ["k"] = 2 }))
                    .Reset().Copy().Empty().Compute()
                + DotProductHits.FromConfig(new DotProductHits().GetConfig()).K;
        }
        """;

    private static string Source(string hits, string metric) =>
        "using System;\nusing System.Numerics;\nusing System.Numerics.Tensors;\nusing Metrics;\nnamespace App;\n" + hits + metric;

    // Every generated overload (spans, 2-D arrays, tensors; mask and weights), merge and persistence member compiles.
    [Fact]
    public Task ValidSharedKeysMetricCompilesWithEveryOverloadAndNoDiagnostic() =>
        SK.VerifyAsync(Source(Hits(" : IScoredRowsMetric<Hits>"), Valid));

    [Fact]
    public Task MET042_StatisticsThatAreNotScoredRows() => SK.VerifyAsync(
        Source(Hits(string.Empty), """
            [Metric]
            public partial record struct DotProductHits
            {
                [Parameter(Min = 1)] public int K { get; init; } = 1;
                [Statistics, SharedKeys] public Hits {|#0:Ranking|};
                public readonly double Compute() => Ranking.Compute();
            }
            """),
        SK.Diagnostic(DiagnosticIds.InvalidSharedKeysField).WithLocation(0)
            .WithArguments("Ranking", "its type 'Hits' does not implement IScoredRowsMetric<Hits> (a row metric of label and score rows)"));

    [Fact]
    public Task MET042_SharedKeysOnAnOrdinaryStateField() => SK.VerifyAsync(
        Source(string.Empty, """
            [Metric]
            public partial record struct Total
            {
                [Sum, SharedKeys] public double {|#0:Sum|};
                static Total Update(double value) => new() { Sum = value };
                public readonly double Compute() => Sum;
            }
            """),
        SK.Diagnostic(DiagnosticIds.InvalidSharedKeysField).WithLocation(0)
            .WithArguments("Sum", "it is not the metric's [Statistics] field (the scored queries feed the statistics metric)"));
}
