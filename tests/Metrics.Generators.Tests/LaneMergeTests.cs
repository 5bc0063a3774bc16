using System;
using System.Linq;

namespace Metrics.Generators.Tests;

/// <summary>
/// Metrics merged by a user <c>Merge</c>: their vector operators hold one state per lane and merge each element into
/// its lane with a lane-wise translation of that merge (early returns become selects, helpers with source are
/// inlined); the lanes fold into the state with the scalar merge.
/// </summary>
public sealed class LaneMergeTests
{
    private const string Moments = """
        using Metrics;
        namespace Users;
        /// <summary>Shifted moments, merged by a helper.</summary>
        public readonly record struct Pair(double N, double Shift, double Mean, double M2)
        {
            /// <summary>Chan's merge.</summary>
            public static Pair Combine(in Pair a, in Pair b)
            {
                if (b.N == 0)
                {
                    return a;
                }

                if (a.N == 0) return b;
                var n = a.N + b.N;
                var delta = (b.Shift - a.Shift) + b.Mean - a.Mean;
                var share = b.N / n;
                return new(n, a.Shift, a.Mean + (delta * share), a.M2 + b.M2 + (delta * delta * a.N * share));
            }
        }

        /// <summary>A running variance.</summary>
        [Metric]
        public partial record struct Spread
        {
            /// <summary>The count.</summary>
            [Sum] public double Count;
            /// <summary>The shift.</summary>
            public double Shift;
            /// <summary>The shifted mean.</summary>
            public double Mean;
            /// <summary>The squared deviations.</summary>
            [Sum] public double M2;
            static Spread Update(double value) => new() { Count = 1, Shift = value };
            static Spread Merge(Spread a, Spread b)
            {
                var merged = Pair.Combine(new(a.Count, a.Shift, a.Mean, a.M2), new(b.Count, b.Shift, b.Mean, b.M2));
                return new() { Count = merged.N, Shift = merged.Shift, Mean = merged.Mean, M2 = merged.M2 };
            }
            /// <summary>The variance.</summary>
            public readonly double Compute() => M2 / Count;
        }
        """;

    [Fact]
    public void AUserMergeIsTranslatedLaneWiseWithItsHelperInlined()
    {
        var text = Generate(Moments);
        Assert.Contains("global::Metrics.Kernels.MetricUpdate.VectorizedValues<double, double, ValueOperator>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("// Scalar path", text, StringComparison.Ordinal);

        // The one-element state: summed fields scaled by the weight, the shift not.
        Assert.Contains("var __b0 = __weight * global::System.Runtime.Intrinsics.Vector256.Create(1d);", text, StringComparison.Ordinal);
        Assert.Contains("var __b1 = __prediction;", text, StringComparison.Ordinal);
        Assert.Contains("var __b3 = global::System.Runtime.Intrinsics.Vector256<double>.Zero;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("__weight * global::System.Runtime.Intrinsics.Vector256<double>.Zero", text, StringComparison.Ordinal);

        // The helper's early returns are selects, first guard outermost; dropped lanes keep their state.
        Assert.Contains("var __m0_guard = global::System.Runtime.Intrinsics.Vector256.Equals(__b0, global::System.Runtime.Intrinsics.Vector256.Create(0d));", text, StringComparison.Ordinal);
        Assert.Contains("global::System.Runtime.Intrinsics.Vector256.ConditionalSelect(__m0_guard, __a0, global::System.Runtime.Intrinsics.Vector256.ConditionalSelect(__m1_guard, __b0, ", text, StringComparison.Ordinal);
        Assert.Contains("__lanes.F2 = global::System.Runtime.Intrinsics.Vector256.ConditionalSelect(__keep, ", text, StringComparison.Ordinal);
        Assert.Contains("State.StoreState(global::Users.Spread.Merge(State, __lane));", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AMergeTheTranslatorCannotReadKeepsTheScalarPathAndSaysWhy()
    {
        var source = Moments.Replace("var n = a.N + b.N;", "var n = System.Math.Log(a.N + b.N);", StringComparison.Ordinal);
        var text = Generate(source);
        Assert.Contains(
            "// Scalar path: in Merge, the expression 'System.Math.Log(a.N + b.N)' has no lane-wise form (in 'Pair.Combine').",
            text,
            StringComparison.Ordinal);
        Assert.DoesNotContain("VectorizedValues", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AMergeWithAStatementOtherThanLocalsGuardsAndReturnKeepsTheScalarPath()
    {
        var source = Moments.Replace("if (a.N == 0) return b;", "if (a.N == 0) return b; else { }", StringComparison.Ordinal);
        var text = Generate(source);
        Assert.Contains("// Scalar path: in Merge, the statement 'if (a.N == 0) return b; else { }' has no lane-wise form (in 'Pair.Combine').", text, StringComparison.Ordinal);
    }

    private static string Generate(string source)
    {
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("Spread.cs", source) }, includeRuntime: true));
        var problems = GeneratorHarness.Problems(output);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems));
        return result.GeneratedTrees.Single().ToString();
    }
}
