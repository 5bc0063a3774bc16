// expect: MET001
using Metrics;

namespace PackageConsumer;

/// <summary>Not partial: the analyzers report MET001 and the generator emits nothing.</summary>
[Metric]
public record struct NotPartial
{
    /// <summary>A sum.</summary>
    [Sum] public double Total;

    private static NotPartial Update(double value) => new() { Total = value };

    /// <summary>The total.</summary>
    public readonly double Compute() => Total;
}
