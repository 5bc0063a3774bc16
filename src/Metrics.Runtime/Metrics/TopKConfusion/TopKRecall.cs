namespace Metrics;

/// <summary>
/// Recall TP / (TP + FN) of the top k scores of each row, as Keras' <c>Recall(top_k=k, class_id, thresholds)</c>. Inputs are
/// rows of 0/1 labels and rows of scores. Of each score row exactly <see cref="K"/> elements are kept, the largest
/// (equal scores keep the lower index first, as <c>tf.math.top_k</c>, so a tie at the boundary keeps the leftmost);
/// the others are predicted negative. A kept element is predicted positive iff its score exceeds <see cref="Threshold"/>;
/// without a threshold (Keras' default for <c>top_k</c>) every kept element is positive (Keras compares with −1e10).
/// With <see cref="ClassId"/> only that column counts, else every element of the rows (Keras flattens).
/// 0/0 follows <see cref="ZeroDivision"/> (NaN by default; Keras gives 0).
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct TopKRecall
{
    /// <summary>How many of the largest scores of each row are kept (at least 1, at most the row length; required).</summary>
    [Parameter(Min = 1)] public int K { get; init; }

    /// <summary>The only column that counts (Keras' <c>class_id</c>), or null for every element of the rows.</summary>
    [Parameter(Min = 0)] public int? ClassId { get; init; } = null;

    /// <summary>The decision threshold in [0, 1] for the kept scores (strict <c>&gt;</c>), or null: every kept score is positive.</summary>
    [Parameter(Min = 0, Max = 1)] public double? Threshold { get; init; } = null;

    /// <summary>The value when the ratio is 0/0 (NaN by default; Keras gives 0).</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>The top-k counts, the state of <see cref="TopKPrecision"/>, which both metrics share.</summary>
    [Statistics] public TopKPrecision TopK;

    /// <summary>The counts as confusion counts (true negatives are not tracked: 0).</summary>
    public readonly ConfusionCounts Counts() => TopK.Counts();

    /// <summary>The recall of the kept scores.</summary>
    public readonly double Compute() => Counts().Recall(ZeroDivision);

    /// <summary>The statistics this metric shares in a <see cref="MetricCollection"/>: the counts of <see cref="TopKPrecision"/>, whose own <c>ZeroDivision</c> does not matter to them.</summary>
    public readonly TopKPrecision StatisticsTemplate() => new(K, ClassId, Threshold);
}
