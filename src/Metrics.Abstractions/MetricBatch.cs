namespace Metrics;

/// <summary>
/// One batch in the untyped form shared by every metric: <see cref="double"/> labels and predictions, 1-D
/// (<see cref="Columns"/> = 0) or row-major 2-D <c>[rows, Columns]</c>, with an optional mask and optional
/// weights (one per element of a 1-D batch, one per row of a 2-D batch). The registry's metrics and metric
/// collections are updated with it; the typed <c>Update</c> overloads of each metric are faster and take the
/// metric's own element types.
/// </summary>
/// <remarks>
/// Which of a metric's element shapes a batch feeds is decided from its form: a 1-D batch feeds (label,
/// prediction) pairs, or the predictions alone for a metric of single values; a 2-D batch feeds rows with one
/// label per row when there are <c>rows</c> labels, and rows with a label row each when there are as many labels
/// as predictions. Integer labels (class indices) must hold whole numbers.
/// </remarks>
public readonly ref struct MetricBatch
{
    /// <summary>Creates a batch without mask or weights.</summary>
    /// <param name="labels">The labels: one per element, one per row, or a label row per row.</param>
    /// <param name="predictions">The predictions (for a metric of single values, the values).</param>
    /// <param name="columns">0 for a 1-D batch, else the row length of a row-major 2-D batch.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="columns"/> is negative, or does not divide the number of predictions.</exception>
    public MetricBatch(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, int columns = 0)
    {
        if (columns < 0 || (columns > 0 && predictions.Length % columns != 0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(columns),
                columns,
                $"columns must be 0 (a 1-D batch) or a positive divisor of the {predictions.Length} predictions.");
        }

        Labels = labels;
        Predictions = predictions;
        Columns = columns;
    }

    private MetricBatch(
        ReadOnlySpan<double> labels,
        ReadOnlySpan<double> predictions,
        int columns,
        ReadOnlySpan<bool> mask,
        bool hasMask,
        ReadOnlySpan<double> weights,
        bool hasWeights)
    {
        Labels = labels;
        Predictions = predictions;
        Columns = columns;
        Mask = mask;
        HasMask = hasMask;
        Weights = weights;
        HasWeights = hasWeights;
    }

    /// <summary>The labels.</summary>
    public ReadOnlySpan<double> Labels { get; }

    /// <summary>The predictions.</summary>
    public ReadOnlySpan<double> Predictions { get; }

    /// <summary>0 for a 1-D batch, else the row length.</summary>
    public int Columns { get; }

    /// <summary>The mask (true = include), when <see cref="HasMask"/>.</summary>
    public ReadOnlySpan<bool> Mask { get; }

    /// <summary>Whether the batch has a mask.</summary>
    public bool HasMask { get; }

    /// <summary>The sample weights, when <see cref="HasWeights"/>.</summary>
    public ReadOnlySpan<double> Weights { get; }

    /// <summary>Whether the batch has sample weights.</summary>
    public bool HasWeights { get; }

    /// <summary>The number of elements (1-D) or rows (2-D).</summary>
    public int Length => Columns == 0 ? Predictions.Length : Predictions.Length / Columns;

    /// <summary>Returns this batch with a mask (true = include), one per element or row.</summary>
    /// <param name="mask">The mask.</param>
    public MetricBatch WithMask(ReadOnlySpan<bool> mask) => new(Labels, Predictions, Columns, mask, true, Weights, HasWeights);

    /// <summary>Returns this batch with sample weights, one per element or row.</summary>
    /// <param name="weights">The weights.</param>
    public MetricBatch WithWeights(ReadOnlySpan<double> weights) => new(Labels, Predictions, Columns, Mask, HasMask, weights, true);
}
