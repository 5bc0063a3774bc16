using System;
using System.Linq;

namespace Metrics.Generators.Tests;

/// <summary>
/// Metrics declaring <c>[ShiftedMoments]</c>: their vector operators accumulate per-lane power sums about the lane's
/// first kept value (no division per element), move chains to one shift, refuse non-finite sums (the scalar path then
/// applies the merge's range rules) and fold each lane with the user merge. A declaration the update or the state does
/// not honour keeps the scalar path, and the reason (MET024's) names what is wrong.
/// </summary>
public sealed class ShiftedMomentsTests
{
    private const string Source = """
        using Metrics;
        namespace Users;
        /// <summary>A running variance of the residuals, with a residual sum of squares.</summary>
        [Metric]
        [ShiftedMoments(nameof(Count), nameof(Shift), nameof(Mean), nameof(M2))]
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
            /// <summary>The residual squares.</summary>
            [Sum] public double Residuals;
            static Spread Update(double label, double prediction) =>
                new() { Count = 1, Shift = label - prediction, Residuals = (label - prediction) * (label - prediction) };
            static Spread Merge(Spread a, Spread b)
            {
                if (b.Count == 0) return a;
                if (a.Count == 0) return b;
                var n = a.Count + b.Count;
                var delta = (b.Shift - a.Shift) + b.Mean - a.Mean;
                return new() { Count = n, Shift = a.Shift, Mean = a.Mean + (delta * (b.Count / n)), M2 = a.M2 + b.M2 + (delta * delta * (a.Count / n) * b.Count), Residuals = a.Residuals + b.Residuals };
            }
            /// <summary>The variance.</summary>
            public readonly double Compute() => M2 / Count;
        }
        """;

    private const string V = "global::System.Runtime.Intrinsics.Vector256";

    [Fact]
    public void DeclaredMomentsAccumulatePowerSumsAndFoldThroughTheMerge()
    {
        var text = Generate(Source);
        Assert.DoesNotContain("// Scalar path", text, StringComparison.Ordinal);

        // The shift is the lane's first kept value; the deviation, its square and the count are summed, weighted.
        Assert.Contains($"var __fresh = {V}.Equals(__lanes.F0, {V}<double>.Zero) & __keep;", text, StringComparison.Ordinal);
        Assert.Contains($"__lanes.F1 = {V}.ConditionalSelect(__fresh, __x0, __lanes.F1);", text, StringComparison.Ordinal);
        Assert.Contains("var __wd0 = __weight * __d0;", text, StringComparison.Ordinal);
        Assert.Contains("__lanes.F0 += __weight & __keep;", text, StringComparison.Ordinal);
        Assert.Contains("__lanes.F3 += (__wd0 * __d0) & __keep;", text, StringComparison.Ordinal);
        Assert.Contains("__lanes.F4 += (__weight * ", text, StringComparison.Ordinal);

        // No lane-wise merge per element: no division in any Add.
        foreach (var add in text.Split("public readonly void Add(ref ").Skip(1))
        {
            // The Add's body ends where the next member's modifiers begin.
            var end = new[] { "public ", "private ", "static ", "internal " }
                .Select(modifier => add.IndexOf(modifier, StringComparison.Ordinal))
                .Where(index => index >= 0)
                .DefaultIfEmpty(add.Length)
                .Min();
            Assert.DoesNotContain(" / ", add[..end], StringComparison.Ordinal);
        }

        // Chains move to one shift; non-finite sums refuse the batch; lanes fold through the user merge.
        Assert.Contains($"var __delta0 = {V}.ConditionalSelect(__emptyB, {V}<double>.Zero, other.F1 - __shift0);", text, StringComparison.Ordinal);
        Assert.Contains("lanes.F3 += other.F3 + (__delta0 * (other.F2 + __sum0));", text, StringComparison.Ordinal);
        Assert.Contains($"public static bool Represents(in global::Metrics.Kernels.Lanes<{V}<double>> lanes) =>", text, StringComparison.Ordinal);
        Assert.Contains("__lane.M2 = global::System.Math.Max(0.0, ", text, StringComparison.Ordinal);
        Assert.Contains("State.StoreState(global::Users.Spread.Merge(State, __lane));", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMetricHandsOutItsOperatorForFusion()
    {
        var text = Generate(Source);
        Assert.Contains(", global::Metrics.Kernels.IFusableMetric<global::Users.Spread>", text, StringComparison.Ordinal);
        Assert.Contains("visitor.Visit<double, PairOperator>();", text, StringComparison.Ordinal);
        Assert.Contains("static PairOperator global::Metrics.Kernels.IMetricOperator<PairOperator, global::Users.Spread>.Create(in global::Users.Spread metric) => new(in metric);", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Sum] public double Count;", "public double Count;", "[ShiftedMoments] field 'Count' is a sum and must be [Sum]")]
    [InlineData("public double Mean;", "[Sum] public double Mean;", "[ShiftedMoments] field 'Mean' is a shift or a shifted mean, merged by Merge, and takes no merge attribute")]
    [InlineData("nameof(M2))]", "\"Squares\")]", "[ShiftedMoments] names 'Squares', which is not a double state field")]
    [InlineData("new() { Count = 1, Shift", "new() { Count = 2, Shift", "the update does not assign the [ShiftedMoments] count 'Count' the value 1")]
    [InlineData("Shift = label - prediction, Residuals", "M2 = label, Residuals", "the update assigns the [ShiftedMoments] field 'M2', which the moments of one element leave at 0")]
    [InlineData("Count = 1, Shift = label - prediction,", "Count = 1,", "the update does not assign the [ShiftedMoments] shift 'Shift' the element's value")]
    public void ADeclarationThatDoesNotHoldKeepsTheScalarPathAndSaysWhy(string original, string replacement, string reason)
    {
        var source = Source.Replace(original, replacement, StringComparison.Ordinal);
        Assert.NotEqual(Source, source);
        var text = Generate(source);
        Assert.Contains("// Scalar path: " + reason + ".", text, StringComparison.Ordinal);
        Assert.DoesNotContain("IFusableMetric", text, StringComparison.Ordinal);
    }

    private static string Generate(string source)
    {
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("Spread.cs", source) }, includeRuntime: true));
        var problems = GeneratorHarness.Problems(output);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems));
        return result.GeneratedTrees.Single().ToString();
    }
}
