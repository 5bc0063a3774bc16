using System.Threading.Tasks;
using Metrics.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using V = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.VectorizationAnalyzer>;

namespace Metrics.Analyzers.Tests;

/// <summary>
/// MET024 for metrics with a user Merge: silent when the merge translates lane-wise, else naming what stops it (in the
/// merge itself when it is in the update's file).
/// </summary>
public sealed class LaneMergeAnalyzerTests
{
    private static string Welford(string merge) => Sources.Metric($$"""
            [Sum] public double Count;
            public double Shift;
            public double Mean;
            [Sum] public double M2;
            static M Update(double value) => new() { Count = 1, Shift = value };
            static M Merge(M a, M b)
        {{merge}}
            public readonly double Compute() => M2 / Count;
        """);

    [Fact]
    public Task TranslatableMergeHasNoDiagnostic() => V.VerifyAsync(Welford("""
            {
                if (b.Count == 0) { return a; }
                if (a.Count == 0) return b;
                var count = a.Count + b.Count;
                var delta = (b.Shift - a.Shift) + b.Mean - a.Mean;
                var share = b.Count / count;
                return new() { Count = count, Shift = a.Shift, Mean = a.Mean + (delta * share), M2 = a.M2 + b.M2 + (delta * delta * a.Count * share) };
            }
        """));

    [Fact]
    public Task UntranslatableMergeExpressionIsNamed() => V.VerifyAsync(
        Welford("""
            {
                var count = {|#0:Math.Log(a.Count + b.Count)|};
                return new() { Count = count };
            }
        """),
        V.Diagnostic(DiagnosticIds.NotVectorizable).WithSeverity(DiagnosticSeverity.Info).WithLocation(0)
            .WithArguments("M.Update(double)", "in Merge, the expression 'Math.Log(a.Count + b.Count)' has no lane-wise form"));
}
