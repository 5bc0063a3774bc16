using System.Threading.Tasks;
using Metrics.CodeFixes;
using Metrics.Generators.Analyzers;

namespace Metrics.Analyzers.Tests;

/// <summary>Each code fix, applied to the diagnostic it fixes, with the exact resulting source.</summary>
public sealed class CodeFixTests
{
    [Fact]
    public Task AddPartialToTheMetric() => CodeFixVerifier<DeclarationAnalyzer, AddPartialCodeFixProvider>.VerifyAsync(
        """
        using Metrics;

        namespace App;

        [Metric]
        public record struct {|MET001:M|}
        {
            [Sum] public double Total;
            static M Update(double value) => new() { Total = value };
            public readonly double Compute() => Total;
        }
        """,
        """
        using Metrics;

        namespace App;

        [Metric]
        public partial record struct M
        {
            [Sum] public double Total;
            static M Update(double value) => new() { Total = value };
            public readonly double Compute() => Total;
        }
        """);

    [Fact]
    public Task AddPartialToAContainingTypeWithoutModifiers() => CodeFixVerifier<DeclarationAnalyzer, AddPartialCodeFixProvider>.VerifyAsync(
        """
        using Metrics;

        namespace App;

        class {|MET005:Outer|}
        {
            [Metric]
            public partial record struct M
            {
                [Sum] public double Total;
                static M Update(double value) => new() { Total = value };
                public readonly double Compute() => Total;
            }
        }
        """,
        """
        using Metrics;

        namespace App;

        partial class Outer
        {
            [Metric]
            public partial record struct M
            {
                [Sum] public double Total;
                static M Update(double value) => new() { Total = value };
                public readonly double Compute() => Total;
            }
        }
        """);

    [Fact]
    public Task AddComputeSkeleton() => CodeFixVerifier<ComputeAndMergeAnalyzer, AddComputeCodeFixProvider>.VerifyAsync(
        """
        using Metrics;

        namespace App;

        [Metric]
        public partial record struct {|MET013:M|}
        {
            [Sum] public double Total;
            static M Update(double value) => new() { Total = value };
        }
        """,
        """
        using Metrics;

        namespace App;

        [Metric]
        public partial record struct M
        {
            [Sum] public double Total;
            static M Update(double value) => new() { Total = value };

            public readonly double Compute() => throw new System.NotImplementedException("Compute the metric's value from its state.");
        }
        """);

    [Fact]
    public Task AddMergeSkeleton() => CodeFixVerifier<StateFieldAnalyzer, AddMergeCodeFixProvider>.VerifyAsync(
        """
        using Metrics;

        namespace App;

        [Metric]
        public partial record struct M
        {
            [Sum] public double Count;
            [Max] public double Highest;
            public double {|MET016:Mean|};
            static M Update(double value) => new() { Count = 1, Highest = value, Mean = value };
            public readonly double Compute() => Mean;
        }
        """,
        """
        using Metrics;

        namespace App;

        [Metric]
        public partial record struct M
        {
            [Sum] public double Count;
            [Max] public double Highest;
            public double Mean;
            static M Update(double value) => new() { Count = 1, Highest = value, Mean = value };
            public readonly double Compute() => Mean;

            private static M Merge(M a, M b)
            {
                var merged = a;
                merged.Count = a.Count + b.Count;
                merged.Highest = System.Math.Max(a.Highest, b.Highest);
                throw new System.NotImplementedException("Combine Mean of a and b into merged, then return merged.");
            }
        }
        """);

    [Fact]
    public Task MakeParameterInitOnly() => CodeFixVerifier<ParameterAnalyzer, MakeParameterInitOnlyCodeFixProvider>.VerifyAsync(
        """
        using Metrics;

        namespace App;

        [Metric]
        public partial record struct M
        {
            [Parameter] public double {|MET021:Scale|} { get; set; } = 1.0;
            [Sum] public double Total;
            static M Update(double value, double scale) => new() { Total = value * scale };
            public readonly double Compute() => Total;
        }
        """,
        """
        using Metrics;

        namespace App;

        [Metric]
        public partial record struct M
        {
            [Parameter] public double Scale { get; init; } = 1.0;
            [Sum] public double Total;
            static M Update(double value, double scale) => new() { Total = value * scale };
            public readonly double Compute() => Total;
        }
        """);

    [Fact]
    public Task MakeGetOnlyParameterInitOnly() => CodeFixVerifier<ParameterAnalyzer, MakeParameterInitOnlyCodeFixProvider>.VerifyAsync(
        """
        using Metrics;

        namespace App;

        [Metric]
        public partial record struct M
        {
            [Parameter] public int {|MET021:Bins|} { get; }
            [Sum] public double Total;
            static M Update(double value) => new() { Total = value };
            public readonly double Compute() => Total;
        }
        """,
        """
        using Metrics;

        namespace App;

        [Metric]
        public partial record struct M
        {
            [Parameter] public int Bins { get; init; }
            [Sum] public double Total;
            static M Update(double value) => new() { Total = value };
            public readonly double Compute() => Total;
        }
        """);

    [Fact]
    public Task MakeUpdateStatic() => CodeFixVerifier<UpdateFunctionAnalyzer, MakeUpdateStaticCodeFixProvider>.VerifyAsync(
        """
        using Metrics;

        namespace App;

        [Metric]
        public partial record struct M
        {
            [Sum] public double Total;
            private readonly M {|MET009:Update|}(double value) => new() { Total = value };
            public readonly double Compute() => Total;
        }
        """,
        """
        using Metrics;

        namespace App;

        [Metric]
        public partial record struct M
        {
            [Sum] public double Total;
            private static M Update(double value) => new() { Total = value };
            public readonly double Compute() => Total;
        }
        """);

    [Fact]
    public Task MakeUpdateWithoutModifiersStatic() => CodeFixVerifier<UpdateFunctionAnalyzer, MakeUpdateStaticCodeFixProvider>.VerifyAsync(
        """
        using Metrics;

        namespace App;

        [Metric]
        public partial record struct M
        {
            [Sum] public double Total;
            M {|MET009:Update|}(double value) => new() { Total = value };
            public readonly double Compute() => Total;
        }
        """,
        """
        using Metrics;

        namespace App;

        [Metric]
        public partial record struct M
        {
            [Sum] public double Total;
            static M Update(double value) => new() { Total = value };
            public readonly double Compute() => Total;
        }
        """);
}
