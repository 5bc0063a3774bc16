using System;
using System.Linq;

namespace Metrics.Generators.Tests;

/// <summary>
/// Histogram updates (<c>new() { Counts = SumArray.At(index) }</c>): the histogram kernel, the lane-wise cell index
/// (helpers inlined, <c>Math.Floor</c>, <c>(int)</c> as a truncation) and the preconditions of branches on parameters
/// with one lane-wise arm.
/// </summary>
public sealed class HistogramDslTests
{
    private const string Binned = """
        using System;
        using Metrics;
        namespace Users;
        /// <summary>Counts scores per bin and label.</summary>
        [Metric]
        public partial record struct Binned
        {
            /// <summary>The number of bins.</summary>
            [Parameter(Min = 1)] public int Bins { get; init; } = 10;
            /// <summary>Whether scores are logits.</summary>
            [Parameter] public bool Logits { get; init; } = false;
            /// <summary>Explicit edges, or none.</summary>
            [Parameter] public CurveThresholds Edges { get; init; } = default;
            /// <summary>The counts.</summary>
            [Sum, SizedBy(nameof(Cells))] public SumArray Counts;
            private readonly int Cells => 2 * Bins;
            static Binned Update([ClassIndex(2)] int label, [NotNaN] double prediction, int bins, bool logits, CurveThresholds edges)
            {
                var score = logits ? 1 / (1 + Math.Exp(-prediction)) : prediction;
                var bin = edges.IsDefault ? Bin(score, bins) : edges.Count;
                return new() { Counts = SumArray.At((2 * bin) + label) };
            }
            static int Bin(double score, int bins)
            {
                var raw = Math.Floor(score * bins);
                return (int)(raw < 0 ? 0 : raw >= bins ? bins - 1 : raw);
            }
            /// <summary>The total.</summary>
            public readonly double Compute() => Counts.Length;
        }
        """;

    [Fact]
    public void ACellIndexWithHelpersAndBranchesOnParametersIsLaneWiseUnderPreconditions()
    {
        var text = Generate(Binned);
        Assert.Contains("if (!global::Metrics.Kernels.MetricKernel.VectorizedHistogramPairs<int, double, double, PairOperator>(ref op, labels, predictions, mask, hasWeights ? weights : default, this.Counts, new global::Metrics.Kernels.LaneChecks(2, true)))", text, StringComparison.Ordinal);

        // The exact guards and the scalar cells run only when the vector form does not apply or a lane fails a check.
        var fallback = text.Split("LaneChecks(2, true)))").Skip(1).First().Split("StoreState").First();
        Assert.Contains("MetricGuard.Weights(weights, \"weights\");", fallback, StringComparison.Ordinal);
        Assert.Contains("MetricGuard.ClassIndices(labels, mask, 2, \"labels\");", fallback, StringComparison.Ordinal);
        Assert.Contains("MetricGuard.NotNaN(predictions, mask, hasWeights ? weights : default, \"predictions\");", fallback, StringComparison.Ordinal);
        Assert.Contains("MetricKernel.HistogramPairs<int, double, double, PairOperator>(ref op, labels, predictions, mask, hasWeights ? weights : default, this.Counts);", fallback, StringComparison.Ordinal);
        Assert.Contains("global::Metrics.Kernels.IHistogramPairOperator<int, float>", text, StringComparison.Ordinal);
        Assert.Contains("global::Metrics.Kernels.IVectorHistogramOperator<global::System.Runtime.Intrinsics.Vector256<double>>", text, StringComparison.Ordinal);
        Assert.Contains("public readonly bool VectorApplies => !(_Logits) && _Edges.IsDefault;", text, StringComparison.Ordinal);
        Assert.Contains("global::Users.Binned.Update(label, prediction, _Bins, _Logits, _Edges).Counts.CellIndex;", text, StringComparison.Ordinal);
        Assert.Contains("var __0_raw = global::System.Runtime.Intrinsics.Vector128.Floor((__0_score * __0_bins));", text, StringComparison.Ordinal);
        Assert.Contains("var __bin = global::System.Runtime.Intrinsics.Vector512.Truncate(", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Math.Exp", text.Split("Cells(").Skip(1).First(), StringComparison.Ordinal);
        Assert.DoesNotContain("// Scalar path", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ACellIndexWithoutALaneWiseFormTakesTheHistogramKernelWithScalarCells()
    {
        var text = Generate(Binned.Replace("var bin = edges.IsDefault ? Bin(score, bins) : edges.Count;", "var bin = (int)Math.Log(1 + score);", StringComparison.Ordinal));
        Assert.Contains("MetricKernel.HistogramPairs<int, float, float, PairOperator>(", text, StringComparison.Ordinal);
        Assert.DoesNotContain("IVectorHistogramOperator", text, StringComparison.Ordinal);
        Assert.Contains("public readonly bool VectorApplies => false;", text, StringComparison.Ordinal);
        Assert.Contains("// Histogram path: cells of Counts, computed element by element.", text, StringComparison.Ordinal);
        Assert.Contains("// Scalar path: the expression 'Math.Log(1 + score)' has no lane-wise form in the cell index of a histogram update.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ACellWithAValueIsNoHistogramUpdate()
    {
        var text = Generate(Binned.Replace("SumArray.At((2 * bin) + label)", "SumArray.At((2 * bin) + label, 2.0)", StringComparison.Ordinal));
        Assert.DoesNotContain("HistogramPairs", text, StringComparison.Ordinal);
        Assert.Contains("// Scalar path: the state has a field that is not a double merged by [Sum], [Min] or [Max].", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpersAreInlinedInOrdinaryUpdates()
    {
        const string source = """
            using Metrics;
            namespace Users;
            /// <summary>Squared error through a helper.</summary>
            [Metric]
            public partial record struct Helped
            {
                /// <summary>The sum.</summary>
                [Sum] public double Total;
                static Helped Update(double label, double prediction) => new() { Total = Square(prediction - label) };
                static double Square(double x) => x * x;
                /// <summary>The sum.</summary>
                public readonly double Compute() => Total;
            }
            """;
        var text = Generate(source);
        Assert.Contains("MetricUpdate.VectorizedPairs<", text, StringComparison.Ordinal);
        Assert.Contains("var __0_x = (__prediction - __label);", text, StringComparison.Ordinal);
        Assert.Contains("__lanes.F0 += (__0_x * __0_x);", text, StringComparison.Ordinal);
    }

    private static string Generate(string source)
    {
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("Source.cs", source) }, includeRuntime: true));
        var problems = GeneratorHarness.Problems(output);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems));
        return result.GeneratedTrees.Single().ToString();
    }
}
