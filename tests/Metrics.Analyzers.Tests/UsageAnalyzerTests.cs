using System.Threading.Tasks;
using Metrics.Generators.Analyzers;
using MU = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.MergeUsageAnalyzer>;
using DR = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.DiscardedResultAnalyzer>;

namespace Metrics.Analyzers.Tests;

/// <summary>MET025-MET027: merging what cannot merge, and discarded results, on built-ins and on a user metric.</summary>
public sealed class UsageAnalyzerTests
{
    private static string Code(string statements) => Sources.Huber + $$"""

        public static class Use
        {
            public static object Run(double[] labels, double[] scores, int[] classes, Precision other, bool flag)
            {
        {{statements}}
                return 0;
            }
        }
        """;

    [Fact]
    public Task SameParametersMergeWithoutDiagnostics() => MU.VerifyAsync(Code("""
                var a = new Precision(threshold: 0.5).Update(classes, scores);
                var b = new Precision(threshold: 0.5);
                b = b.Update(classes, scores);
                var merged = a.Merge(b);
                var h = new Huber(delta: 2).Merge(new Huber(2.0));
                var unknown = a.Merge(other);
                var c = flag ? new Precision(threshold: 0.1) : new Precision(threshold: 0.2);
                var d = new Precision(threshold: 0.1).Merge(c);
                var e = new Huber().Merge(new Huber { Delta = 1.0 });
        """));

    [Fact]
    public Task MET025_ConstructorArgumentsDiffer() => MU.VerifyAsync(
        Code("""
                var a = new Precision(threshold: 0.5).Update(classes, scores);
                var merged = {|#0:a.Merge(new Precision(threshold: 0.7))|};
        """),
        MU.Diagnostic(DiagnosticIds.MergeDifferentParameters).WithLocation(0)
            .WithArguments("a.Merge(new Precision(threshold: 0.7))", "Precision", "Threshold: 0.5 vs 0.7"));

    [Fact]
    public Task MET025_DefaultAgainstInitializerOnAUserMetric() => MU.VerifyAsync(
        Code("""
                var a = new Huber();
                a = a.Update(labels, scores);
                var merged = {|#0:a.Merge(new Huber() with { Delta = 3 })|};
        """),
        MU.Diagnostic(DiagnosticIds.MergeDifferentParameters).WithLocation(0)
            .WithArguments("a.Merge(new Huber() with { Delta = 3 })", "Huber", "Delta: 1 vs 3"));

    [Fact]
    public Task MET025_EnumParameter() => MU.VerifyAsync(
        Code("""
                var r = new Recall(zeroDivision: ZeroDivision.Zero);
                var merged = {|#0:r.Merge(new Recall(zeroDivision: ZeroDivision.One))|};
        """),
        MU.Diagnostic(DiagnosticIds.MergeDifferentParameters).WithLocation(0)
            .WithArguments("r.Merge(new Recall(zeroDivision: ZeroDivision.One))", "Recall", "ZeroDivision: ZeroDivision.Zero vs ZeroDivision.One"));

    [Fact]
    public Task MET026_DifferentMetricTypes() => MU.VerifyAsync(
        Sources.Huber + """

        public static class Use
        {
            public static Huber Run(Huber a, Huber b) => a;
        }

        public static class Conversions
        {
            public static object Run(Huber a, Precision p) => {|#0:a.Merge((Huber)(object)p)|};
        }
        """,
        MU.Diagnostic(DiagnosticIds.MergeDifferentTypes).WithLocation(0).WithArguments("a.Merge((Huber)(object)p)", "Precision", "Huber"));

    [Fact]
    public Task UsedResultsHaveNoDiagnostics() => DR.VerifyAsync(Code("""
                var p = new Precision();
                p.Update(classes, scores);
                p.Reset();
                var value = p.Compute();
                var merged = p.Merge(other);
                _ = p.Copy();
                var h = new Huber().Update(labels, scores).Compute();
        """));

    [Theory]
    [InlineData("{|#0:p.Compute()|};", "Precision.Compute()")]
    [InlineData("{|#0:p.Merge(other)|};", "Precision.Merge(Precision)")]
    [InlineData("{|#0:p.Copy()|};", "Precision.Copy()")]
    [InlineData("{|#0:p.Empty()|};", "Precision.Empty()")]
    [InlineData("{|#0:new Huber().Update(labels, scores).Compute()|};", "Huber.Compute()")]
    public Task MET027_DiscardedResult(string statement, string method) => DR.VerifyAsync(
        Code("        var p = new Precision();\n        " + statement),
        DR.Diagnostic(DiagnosticIds.DiscardedResult).WithLocation(0).WithArguments(method));
}
