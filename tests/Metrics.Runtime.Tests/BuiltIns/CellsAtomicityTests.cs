using System;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>A per-column metric whose cell metric refuses a column leaves every cell as it was.</summary>
public sealed class CellsAtomicityTests
{
    [Fact]
    public void AColumnTheCellRefusesLeavesEveryCellUnchanged()
    {
        var metric = new NotNaNColumns().Update(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }, new double[,] { { 1.5, 2, 3.5 }, { 4, 5.5, 6 } });
        var before = metric.Copy();

        // Columns 0 and 1 are accepted by their cells; column 2 holds a NaN prediction its cell refuses.
        var refused = Assert.Throws<ArgumentException>(() => metric.Update(new double[,] { { 7, 8, 9 } }, new double[,] { { 7.5, 8.5, double.NaN } }));

        Assert.Contains("NaN", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before.Columns.ToArray(), metric.Columns.ToArray());
        Assert.Equal(before.Compute(), metric.Compute());
    }

    [Fact]
    public void AFirstBatchTheCellRefusesCreatesNoCells()
    {
        var metric = new NotNaNColumns();

        Assert.Throws<ArgumentException>(() => metric.Update(new double[,] { { 7, 8 } }, new double[,] { { double.NaN, 8.5 } }));

        Assert.True(metric.Columns.IsEmpty);
    }
}

/// <summary>A cell metric with a guard of its own: the mean absolute error of predictions that must not be NaN.</summary>
[Metric]
public partial record struct NotNaNAbsoluteError
{
    [Sum] public double Total;
    [Sum] public double Count;

    private static NotNaNAbsoluteError Update(double label, [NotNaN] double prediction) => new() { Total = Math.Abs(prediction - label), Count = 1 };

    /// <summary>The mean absolute error.</summary>
    public readonly double Compute() => Total / Count;
}

/// <summary>One <see cref="NotNaNAbsoluteError"/> per column.</summary>
[Metric]
public partial record struct NotNaNColumns
{
    [Cells] public MetricCells<NotNaNAbsoluteError> Columns;

    /// <summary>The largest column error.</summary>
    public readonly double Compute()
    {
        var largest = 0.0;
        foreach (var column in Columns.AsSpan())
        {
            largest = Math.Max(largest, column.Compute());
        }

        return largest;
    }
}
