namespace Metrics.Runtime.Tests.Custom;

/// <summary>
/// A histogram update whose cell is the prediction itself (a whole number): every element's cell is what the caller
/// passes, so a test can put a kept element outside the array. Labels are ignored.
/// </summary>
[Metric]
public partial record struct CellHistogram
{
    /// <summary>The number of cells.</summary>
    [Parameter(Min = 1)] public int Bins { get; init; } = 4;

    /// <summary>The weighted count per cell.</summary>
    [Sum, SizedBy(nameof(Bins))] public SumArray Counts;

    private static CellHistogram Update(int label, [NotNaN] double prediction) =>
        new() { Counts = SumArray.At((int)prediction) };

    /// <summary>The total weight counted.</summary>
    public readonly double Compute()
    {
        var total = 0.0;
        foreach (var cell in Counts.Cells)
        {
            total += cell;
        }

        return total;
    }
}
