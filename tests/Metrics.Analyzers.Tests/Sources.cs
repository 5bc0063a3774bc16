namespace Metrics.Analyzers.Tests;

/// <summary>Declarations shared by the analyzer tests.</summary>
internal static class Sources
{
    /// <summary>A valid metric with a parameter, two sums and a pair update: no analyzer reports anything on it.</summary>
    public const string Huber = """
        using System;
        using Metrics;

        namespace App;

        [Metric]
        public partial record struct Huber
        {
            [Parameter(Min = 0, MinExclusive = true)] public double Delta { get; init; } = 1.0;
            [Sum] public double Total;
            [Sum] public double Count;

            static Huber Update(double label, double prediction, double delta)
            {
                var e = Math.Abs(prediction - label);
                return new() { Total = e <= delta ? 0.5 * e * e : delta * (e - 0.5 * delta), Count = 1 };
            }

            public readonly double Compute() => Total / Count;
        }
        """;

    /// <summary>Wraps members in a metric named <c>M</c> (namespace App) with the usings a test needs.</summary>
    public static string Metric(string members) => $$"""
        using System;
        using System.Numerics;
        using Metrics;

        namespace App;

        [Metric]
        public partial record struct M
        {
        {{members}}
        }
        """;
}
