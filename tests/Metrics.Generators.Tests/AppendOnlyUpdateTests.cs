using System;
using System.Linq;

namespace Metrics.Generators.Tests;

/// <summary>
/// A pair update that only appends (<c>new() { Samples = SampleBuffer.Of(prediction, label) }</c>, the metric's only state)
/// appends each batch in bulk after the guards; any other body keeps the element-by-element kernel.
/// </summary>
public sealed class AppendOnlyUpdateTests
{
    private const string BulkCall = "op.State.Samples.AppendRange(predictions, labels, mask, hasWeights ? weights : default);";

    private static string Generate(string members, string update)
    {
        var source = $$"""
            using Metrics;
            namespace Users;
            /// <summary>Keeps every sample.</summary>
            [Metric]
            public partial record struct Kept
            {
                /// <summary>The samples.</summary>
                [Append] public SampleBuffer Samples;
            {{members}}
            {{update}}
                /// <summary>The number kept.</summary>
                public readonly double Compute() => Samples.Count;
            }
            """;
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("Kept.cs", source) }, includeRuntime: true));
        var problems = GeneratorHarness.Problems(output);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems));
        return result.GeneratedTrees.Single().ToString();
    }

    [Theory]
    [InlineData("static Kept Update([ClassIndex(2)] int label, [NotNaN] double prediction) => new() { Samples = SampleBuffer.Of(prediction, label) };")]
    [InlineData("static Kept Update([ClassIndex(2)] int label, [NotNaN] double prediction) { return new Kept { Samples = SampleBuffer.Of(prediction, label) }; }")]
    [InlineData("static Kept Update(double label, float prediction) => new() { Samples = SampleBuffer.Of(prediction, label) };")]
    public void AnUpdateThatOnlyAppendsAppendsTheBatchAfterTheGuards(string update)
    {
        var text = Generate(string.Empty, update);
        Assert.Contains(BulkCall, text, StringComparison.Ordinal);
        Assert.DoesNotContain("MetricKernel.Pairs<", text, StringComparison.Ordinal);
        Assert.DoesNotContain("MetricKernel.WeightedPairs<", text, StringComparison.Ordinal);

        // The guards still come first, so a rejected batch leaves the state as it was.
        var core = text.IndexOf("private global::Users.Kept UpdatePairs(", StringComparison.Ordinal);
        var guard = text.IndexOf("MetricGuard.Length(labels.Length", core, StringComparison.Ordinal);
        var reserve = text.IndexOf("this.Samples.Reserve(", core, StringComparison.Ordinal);
        var append = text.IndexOf(BulkCall, core, StringComparison.Ordinal);
        Assert.True(core >= 0 && guard > core && reserve > guard && append > reserve, "guards, then Reserve, then the bulk append");
    }

    [Theory]
    [InlineData("", "static Kept Update(int label, double prediction) { var kept = prediction; return new() { Samples = SampleBuffer.Of(kept, label) }; }")]
    [InlineData("", "static Kept Update(int label, double prediction) => new() { Samples = SampleBuffer.Of(label, prediction) };")]
    [InlineData("", "static Kept Update(int label, double prediction) => new() { Samples = SampleBuffer.Of(-prediction, label) };")]
    [InlineData("", "static Kept Update(int label, double prediction) => new() { Samples = SampleBuffer.Of(prediction, 1) };")]
    [InlineData("/// <summary>A sum beside the buffer.</summary>\n[Sum] public double Total;", "static Kept Update(int label, double prediction) => new() { Samples = SampleBuffer.Of(prediction, label) };")]
    [InlineData("/// <summary>A sum beside the buffer.</summary>\n[Sum] public double Total;", "static Kept Update(int label, double prediction) => new() { Samples = SampleBuffer.Of(prediction, label), Total = 1 };")]
    [InlineData("/// <summary>A second buffer.</summary>\n[Append] public SampleBuffer Other;", "static Kept Update(int label, double prediction) => new() { Other = SampleBuffer.Of(prediction, label) };")]
    public void ANearMissKeepsTheElementKernel(string members, string update)
    {
        var text = Generate(members, update);
        Assert.DoesNotContain("AppendRange", text, StringComparison.Ordinal);
        Assert.Contains("MetricKernel.Pairs<", text, StringComparison.Ordinal);
    }
}
