using System.Threading.Tasks;
using Metrics.Generators.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using DM = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.DerivedMetricAnalyzer>;
using SF = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.StateFieldAnalyzer>;
using UF = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.UpdateFunctionAnalyzer>;

namespace Metrics.Analyzers.Tests;

/// <summary>MET035-MET037: derived metrics (a <c>[Statistics]</c> field).</summary>
public sealed class DerivedMetricTests
{
    private const string Counts = """
        [Metric]
        public partial record struct Counts
        {
            [Parameter] public double Threshold { get; init; } = 0.5;
            [Sum] public double Hits;
            [Sum] public double Total;
            static Counts Update([ClassIndex(2)] int label, double prediction, double threshold) =>
                new() { Hits = prediction > threshold ? label : 0, Total = 1 };
            static Counts Update<T>(int label, ReadOnlySpan<T> row) where T : INumber<T> => new() { Hits = label, Total = row.Length };
            public readonly double Compute() => Hits;
        }

        """;

    private static string Source(string derived) => "using System;\nusing System.Numerics;\nusing Metrics;\nusing System.Numerics.Tensors;\nnamespace App;\n" + Counts + derived;

    // Every generated overload of the statistics metric, and the sharing and persistence members, compile on the derived one.
    [Fact]
    public Task ValidDerivedMetricsCompileWithEveryOverloadAndNoDiagnostic() => DM.VerifyAsync(Source("""
        [Metric]
        public partial record struct Rate
        {
            [Parameter] public double Threshold { get; init; } = 0.5;
            [Parameter] public double Scale { get; init; } = 1;
            [Statistics] public Counts Counts;
            public readonly double Compute() => Scale * Counts.Hits / Counts.Total;
        }

        [Metric]
        public partial record struct HalfRate
        {
            [Parameter] public double Cut { get; init; } = 0.25;
            [Statistics] public Counts Counts;
            public readonly Counts StatisticsTemplate() => new(threshold: Cut);
            public readonly double Compute() => Counts.Hits / Counts.Total / 2;
        }

        public static class Use
        {
            public static double All(int[] labels, double[] predictions, float[,] rows, bool[] mask, double[] weights)
            {
                var rate = new Rate(threshold: 0.1).Update(labels, predictions).Update(labels, predictions, mask, weights)
                    .Update(labels.AsSpan(), predictions.AsSpan(), mask.AsSpan()).Update(labels, rows, weights: new float[labels.Length])
                    .Update(Tensor.Create(labels), Tensor.Create(predictions)).Update(new MetricBatch(predictions, predictions));
                ISharesStatistics<Rate, Counts> shares = rate;
                var merged = rate.Merge(shares.WithStatistics(shares.StatisticsTemplate())).Reset().Empty().Copy();
                return merged.Compute() + new HalfRate().Update(labels, predictions).Compute();
            }
        }
        """));

    [Fact]
    public Task DerivedMetricsHaveNoStateFieldOrUpdateDiagnostics() => SF.VerifyAsync(Source("""
        [Metric]
        public partial record struct Rate
        {
            [Parameter] public double Threshold { get; init; } = 0.5;
            [Statistics] public Counts Counts;
            public readonly double Compute() => Counts.Hits / Counts.Total;
        }
        """));

    [Fact]
    public Task DerivedMetricsNeedNoUpdateFunction() => UF.VerifyAsync(Source("""
        [Metric]
        public partial record struct Rate
        {
            [Parameter] public double Threshold { get; init; } = 0.5;
            [Statistics] public Counts Counts;
            public readonly double Compute() => Counts.Hits / Counts.Total;
        }
        """));

    [Fact]
    public Task MET035_StatisticsNotAMetric() => DM.VerifyAsync(
        Source("""
            public partial record struct Plain
            {
                public double Hits;
            }

            [Metric]
            public partial record struct Rate
            {
                [Statistics] public Plain {|#0:Inner|};
                public readonly double Compute() => Inner.Hits;
            }
            """),
        DM.Diagnostic(DiagnosticIds.StatisticsNotAMetric).WithLocation(0).WithArguments("Rate.Inner", "Plain", "a [Metric] record struct"));

    [Fact]
    public Task MET035_StatisticsDerivedThemselves() => DM.VerifyAsync(
        Source("""
            [Metric]
            public partial record struct Rate
            {
                [Parameter] public double Threshold { get; init; } = 0.5;
                [Statistics] public Counts Counts;
                public readonly double Compute() => Counts.Hits;
            }

            [Metric]
            public partial record struct RateOfRate
            {
                [Parameter] public double Threshold { get; init; } = 0.5;
                [Statistics] public Rate {|#0:Inner|};
                public readonly double Compute() => Inner.Compute();
            }
            """),
        DM.Diagnostic(DiagnosticIds.StatisticsNotAMetric).WithLocation(0).WithArguments("RateOfRate.Inner", "Rate", "a metric with its own state (it is derived itself)"));

    [Fact]
    public Task MET035_StatisticsFromAnotherAssembly() => DM.VerifyAsync(
        Source("""
            [Metric]
            public partial record struct Rate
            {
                [Parameter] public double Threshold { get; init; } = 0.0;
                [Statistics] public BinaryCounts {|#0:Inner|};
                public readonly double Compute() => Inner.TruePositives;
            }
            """),
        DM.Diagnostic(DiagnosticIds.StatisticsNotAMetric).WithLocation(0).WithArguments("Rate.Inner", "BinaryCounts", "a metric declared in this project"));

    [Fact]
    public Task MET036_UnmappedParameter() => DM.VerifyAsync(
        Source("""
            [Metric]
            public partial record struct Rate
            {
                [Parameter] public double Cut { get; init; } = 0.5;
                [Statistics] public Counts {|#0:Counts|};
                public readonly double Compute() => Counts.Hits;
            }
            """),
        DM.Diagnostic(DiagnosticIds.UnmappedStatisticsParameter).WithLocation(0).WithArguments("Threshold", "Counts", "double", "Rate"));

    [Fact]
    public Task MET036_ParameterOfAnotherType() => DM.VerifyAsync(
        Source("""
            [Metric]
            public partial record struct Rate
            {
                [Parameter] public float Threshold { get; init; } = 0.5f;
                [Statistics] public Counts {|#0:Counts|};
                public readonly double Compute() => Counts.Hits;
            }
            """),
        DM.Diagnostic(DiagnosticIds.UnmappedStatisticsParameter).WithLocation(0).WithArguments("Threshold", "Counts", "double", "Rate"));

    [Theory]
    [InlineData("static Rate {|#0:Update|}(double value) => default;", "the Update function 'Rate.Update(double)'")]
    [InlineData("static Rate {|#0:Merge|}(Rate a, Rate b) => a;", "the Merge function 'Rate.Merge(Rate, Rate)'")]
    [InlineData("[Sum] public double {|#0:Extra|};", "the state field 'Extra'")]
    [InlineData("[Statistics] public Counts {|#0:Second|};", "a second [Statistics] field 'Second'")]
    public Task MET037_DerivedMetricDeclaresState(string member, string what) => DM.VerifyAsync(
        Source($$"""
            [Metric]
            public partial record struct Rate
            {
                [Parameter] public double Threshold { get; init; } = 0.5;
                [Statistics] public Counts Counts;
                {{member}}
                public readonly double Compute() => Counts.Hits;
            }
            """),
        DM.Diagnostic(DiagnosticIds.DerivedMetricDeclaresState).WithLocation(0).WithArguments("Rate", what, "Rate.Counts"));
}
