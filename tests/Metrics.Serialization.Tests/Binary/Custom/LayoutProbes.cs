namespace Metrics.Serialization.Tests.Binary.Custom;

/// <summary>A metric named "layout_probe" with one double field, the layout the other probes change.</summary>
[Metric(Name = "layout_probe")]
public partial record struct LayoutProbe
{
    /// <summary>The sum.</summary>
    [Sum] public double Total;

    private static LayoutProbe Update(double value) => new() { Total = value };

    /// <summary>The sum.</summary>
    public readonly double Compute() => Total;
}

/// <summary>"layout_probe" with a field added.</summary>
[Metric(Name = "layout_probe")]
public partial record struct LayoutProbeWithCount
{
    /// <summary>The sum.</summary>
    [Sum] public double Total;

    /// <summary>The count.</summary>
    [Sum] public double Count;

    private static LayoutProbeWithCount Update(double value) => new() { Total = value, Count = 1 };

    /// <summary>The mean.</summary>
    public readonly double Compute() => Total / Count;
}

/// <summary>"layout_probe" with its field retyped.</summary>
[Metric(Name = "layout_probe")]
public partial record struct LayoutProbeRetyped
{
    /// <summary>The sum.</summary>
    [Sum] public long Total;

    private static LayoutProbeRetyped Update(long value) => new() { Total = value };

    /// <summary>The sum.</summary>
    public readonly long Compute() => Total;
}
