namespace Metrics.Runtime.Tests.Wrappers;

/// <summary>A metric that counts elements in an integer sum, so its updates take no sample weights.</summary>
[Metric]
public partial record struct ElementCount
{
    /// <summary>The number of elements.</summary>
    [Sum] public long Count;

    private static ElementCount Update(double value) => new() { Count = 1 };

    /// <summary>The number of elements.</summary>
    public readonly double Compute() => Count;
}
