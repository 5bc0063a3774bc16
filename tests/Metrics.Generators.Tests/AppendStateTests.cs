using System;
using System.Linq;

namespace Metrics.Generators.Tests;

/// <summary>Growing states (<c>[Append] SampleBuffer</c>) and <c>[NotNaN]</c> arguments.</summary>
public sealed class AppendStateTests
{
    private const string Ranked = """
        using Metrics;
        namespace Users;
        /// <summary>Keeps every sample.</summary>
        [Metric]
        public partial record struct Ranked
        {
            /// <summary>A sum beside the buffer.</summary>
            [Sum] public double Count;
            /// <summary>The samples.</summary>
            [Append] public SampleBuffer Samples;
            static Ranked Update([ClassIndex(2)] int label, [NotNaN] double prediction) =>
                new() { Count = 1, Samples = SampleBuffer.Of(prediction, label) };
            /// <summary>The number kept.</summary>
            public readonly double Compute() => Samples.Count;
        }
        """;

    [Fact]
    public void AppendedFieldsConcatenateCopyStoreWeightsAndStayScalar()
    {
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("Ranked.cs", Ranked) }, includeRuntime: true));
        var problems = GeneratorHarness.Problems(output);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems));
        var text = result.GeneratedTrees.Single().ToString();
        Assert.Contains("merged.Samples = left.Samples.Concat(right.Samples);", text, StringComparison.Ordinal);
        Assert.Contains("copy.Samples = this.Samples.Copy();", text, StringComparison.Ordinal);
        Assert.Contains("state.Samples.Append(contribution.Samples, weight);", text, StringComparison.Ordinal);
        Assert.Contains("state.Samples.Append(contribution.Samples);", text, StringComparison.Ordinal);
        Assert.Contains("state.Count += weight * contribution.Count;", text, StringComparison.Ordinal);
        Assert.Contains("this.Samples = default;", text, StringComparison.Ordinal);
        Assert.Contains("this.Samples.Reserve(mask.IsEmpty ? labels.Length : global::System.MemoryExtensions.Count(mask, true));", text, StringComparison.Ordinal);
        Assert.Contains("MetricGuard.NotNaN(predictions, mask, hasWeights ? weights : default, \"predictions\");", text, StringComparison.Ordinal);
        Assert.DoesNotContain("VectorizedPairs", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RowUpdatesPassTheRowToAppendedFields()
    {
        const string source = """
            using System;
            using Metrics;
            namespace Users;
            /// <summary>Keeps every row.</summary>
            [Metric]
            public partial record struct Rows
            {
                /// <summary>The rows.</summary>
                [Append] public SampleBuffer Samples;
                static Rows Update([ClassIndex] int label, ReadOnlySpan<float> row) => new() { Samples = SampleBuffer.OfRow(label) };
                /// <summary>The number kept.</summary>
                public readonly double Compute() => Samples.Count;
            }
            """;
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("Rows.cs", source) }, includeRuntime: true));
        var problems = GeneratorHarness.Problems(output);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems));
        var text = result.GeneratedTrees.Single().ToString();
        Assert.Contains("AccumulateRow(ref State, global::Users.Rows.Update(label, row), row);", text, StringComparison.Ordinal);
        Assert.Contains("AccumulateRowWeighted(ref State, global::Users.Rows.Update(label, row), row, weight);", text, StringComparison.Ordinal);
        Assert.Contains("state.Samples.Append(contribution.Samples, row, weight);", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RowPairUpdatesPassBothRowsAndCheckLabelRows()
    {
        const string source = """
            using System;
            using Metrics;
            namespace Users;
            /// <summary>Keeps every row pair.</summary>
            [Metric]
            public partial record struct Pairs
            {
                /// <summary>The rows.</summary>
                [Append] public SampleBuffer Samples;
                static Pairs Update([ClassIndex(2)] ReadOnlySpan<int> labels, ReadOnlySpan<double> row) => new() { Samples = SampleBuffer.OfRows() };
                /// <summary>The number kept.</summary>
                public readonly double Compute() => Samples.Count;
            }
            """;
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("Pairs.cs", source) }, includeRuntime: true));
        var problems = GeneratorHarness.Problems(output);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems));
        var text = result.GeneratedTrees.Single().ToString();
        Assert.Contains("MetricGuard.ClassIndexRows(labels, mask, columns, 2, \"labels\");", text, StringComparison.Ordinal);
        Assert.Contains("AccumulateRowPair(ref State, global::Users.Pairs.Update(labels, predictions), labels, predictions);", text, StringComparison.Ordinal);
        Assert.Contains("state.Samples.Append(contribution.Samples, labels, row, weight);", text, StringComparison.Ordinal);
        Assert.Contains("this.Samples.Reserve(mask.IsEmpty ? rows : global::System.MemoryExtensions.Count(mask, true));", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ArraysSizedByAComputedPropertyAndStructParametersDefaultingToDefault()
    {
        const string source = """
            using Metrics;
            namespace Users;
            /// <summary>Bins sized by a computed property.</summary>
            [Metric]
            public partial record struct Binned
            {
                /// <summary>Explicit thresholds, or none.</summary>
                [Parameter] public CurveThresholds Thresholds { get; init; } = default;
                /// <summary>Counts.</summary>
                [Sum, SizedBy(nameof(Cells))] public SumArray Counts;
                private readonly int Cells => 2 * (Thresholds.Count + 1);
                static Binned Update([ClassIndex(2)] int label, double prediction) => new() { Counts = SumArray.At(label) };
                /// <summary>The first cell.</summary>
                public readonly double Compute() => Counts[0];
            }
            """;
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("Binned.cs", source) }, includeRuntime: true));
        var problems = GeneratorHarness.Problems(output);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems));
        var text = result.GeneratedTrees.Single().ToString();
        Assert.Contains("this.Counts = this.Counts.EnsureLength(RequiredLength(0));", text, StringComparison.Ordinal);
        Assert.Contains("cells = (long)this.Cells;", text, StringComparison.Ordinal);
        Assert.Contains("global::Metrics.CurveThresholds thresholds = default", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sized by an unknown name", "[Metric] public partial record struct M { [Sum, SizedBy(\"Nope\")] public SumArray T; static M Update(int v) => new() { T = SumArray.At(v) }; public double Compute() => T[0]; }")]
    [InlineData("append on a double", "[Metric] public partial record struct M { [Append] public double T; static M Update(double v) => new() { T = v }; public double Compute() => T; }")]
    [InlineData("sample buffer without append", "[Metric] public partial record struct M { [Sum] public SampleBuffer T; static M Update(double v) => new() { T = SampleBuffer.Of(v, 0) }; public double Compute() => T.Count; }")]
    [InlineData("append with a user merge", "[Metric] public partial record struct M { [Append] public SampleBuffer T; static M Merge(M a, M b) => a; static M Update(double v) => new() { T = SampleBuffer.Of(v, 0) }; public double Compute() => T.Count; }")]
    public void InvalidGrowingDeclarationsAreSkipped(string what, string body)
    {
        var compilation = GeneratorHarness.Compile(new[] { ("M.cs", "using Metrics;\n" + body) }, includeRuntime: true);
        var result = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult();
        Assert.True(result.Results.Single().Exception is null, what);
        Assert.True(result.GeneratedTrees.All(t => !t.ToString().Contains("IMetric<", System.StringComparison.Ordinal)), what + " should generate no metric (at most the constructor its initializers need)");
    }
}
