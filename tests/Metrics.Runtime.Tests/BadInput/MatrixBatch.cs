using System;
using System.Linq;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>
/// One batch of the bad-input matrix in the untyped layout of <see cref="MetricBatch"/>: double labels and predictions,
/// 1-D (<see cref="Columns"/> = 0) or row-major rows, with an optional mask and optional weights (one per element or
/// row). Arrays are never shared between batches, so a case may change its copy freely.
/// </summary>
internal sealed record MatrixBatch(double[] Labels, double[] Predictions, int Columns, bool[]? Mask = null, double[]? Weights = null)
{
    /// <summary>The number of elements (1-D) or rows.</summary>
    public int Length => Columns == 0 ? Predictions.Length : Predictions.Length / Columns;

    /// <summary>Labels per element or row: 0 (values), 1 (one label per row or pair) or <see cref="Columns"/> (label rows).</summary>
    public int LabelWidth => Length == 0 ? 0 : Labels.Length / Length;

    /// <summary>A deep copy.</summary>
    public MatrixBatch DeepCopy() => new(
        (double[])Labels.Clone(), (double[])Predictions.Clone(), Columns, (bool[]?)Mask?.Clone(), (double[]?)Weights?.Clone());

    /// <summary>This batch with unit weights.</summary>
    public MatrixBatch WithUnitWeights() => DeepCopy() with { Weights = Enumerable.Repeat(1.0, Length).ToArray() };

    /// <summary>A copy whose element (or row) <paramref name="row"/> has its first label cell set to <paramref name="label"/>.</summary>
    public MatrixBatch WithLabel(int row, double label)
    {
        var copy = DeepCopy();
        copy.Labels[row * LabelWidth] = label;
        return copy;
    }

    /// <summary>A copy whose element (or row) <paramref name="row"/> has its first prediction cell set to <paramref name="prediction"/>.</summary>
    public MatrixBatch WithPrediction(int row, double prediction)
    {
        var copy = DeepCopy();
        copy.Predictions[row * Math.Max(1, Columns)] = prediction;
        return copy;
    }

    /// <summary>A copy with weight <paramref name="weight"/> at <paramref name="row"/> (unit weights elsewhere).</summary>
    public MatrixBatch WithWeight(int row, double weight)
    {
        var copy = WithUnitWeights();
        copy.Weights![row] = weight;
        return copy;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"labels [{string.Join(", ", Labels)}], predictions [{string.Join(", ", Predictions)}], columns {Columns}"
        + (Mask is null ? string.Empty : $", mask [{string.Join(", ", Mask)}]")
        + (Weights is null ? string.Empty : $", weights [{string.Join(", ", Weights)}]");
}
