using System;
using System.Numerics;

namespace Metrics.Runtime.Tests.Custom;

/// <summary>
/// A custom multi-output metric: the mean absolute error of each output column of [rows, outputs] batches. One row adds
/// to several cells through a <see cref="SumArrayWriter"/>, which is how a user writes per-column or per-label state.
/// </summary>
[Metric]
public partial record struct ColumnMeanAbsoluteError
{
    /// <summary>The number of output columns.</summary>
    [Parameter(Min = 1)] public int Outputs { get; init; }

    /// <summary>The (weighted) sum of absolute errors of each column.</summary>
    [Sum, SizedBy(nameof(Outputs))] public SumArray Errors;

    /// <summary>The (weighted) number of rows.</summary>
    [Sum] public double Count;

    private static ColumnMeanAbsoluteError Update<T>(ReadOnlySpan<T> labels, [RowLength(EqualTo = nameof(Outputs))] ReadOnlySpan<T> predictions, SumArrayWriter errors)
        where T : INumber<T>
    {
        for (var c = 0; c < predictions.Length; c++)
        {
            errors.Add(c, double.CreateTruncating(T.Abs(predictions[c] - labels[c])));
        }

        return new() { Count = 1 };
    }

    /// <summary>The mean absolute error of each column (NaN when empty).</summary>
    public readonly double[] Compute()
    {
        var result = new double[Outputs];
        for (var c = 0; c < result.Length; c++)
        {
            result[c] = Errors[c] / Count;
        }

        return result;
    }
}
