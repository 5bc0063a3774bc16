namespace Metrics;

/// <summary>
/// One-vs-rest average precision of multi-class scores: for each class c, the average precision of column c with
/// positives the rows labelled c, combined as <see cref="MultiLabelAverage"/> asks; scikit-learn's
/// <c>average_precision_score</c> on the labels binarized over <c>range(C)</c> (what it does for multi-class labels from
/// version 1.3). Each element is a row of scores with its class index in [0, row length). Every row is kept (the state
/// grows; merge concatenates).
/// </summary>
/// <remarks>A class without positives has an undefined value: NaN by default, or the <see cref="ZeroDivision"/> value (scikit-learn gives 0).</remarks>
[Metric]
[HigherIsBetter]
public partial record struct OneVsRestAveragePrecision
{
    /// <summary>How the per-class values are combined (default: macro).</summary>
    [Parameter] public MultiLabelAverage Average { get; init; } = MultiLabelAverage.Macro;

    /// <summary>A class's (or the micro) value when it has no positives.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>Every accumulated (score row, class index, weight) sample.</summary>
    [Append] public SampleBuffer Samples;

    private static OneVsRestAveragePrecision Update<T>([ClassIndex] int label, [NotNaN] ReadOnlySpan<T> scores)
        where T : INumber<T> =>
        new() { Samples = SampleBuffer.OfRow(label) };

    /// <summary>The combined average precision.</summary>
    public readonly double Compute() => LabelAveragePrecision.OfClassRows(Samples, Average, ZeroDivision, out _);

    /// <summary>Each class's one-vs-rest average precision (scikit-learn's <c>average=None</c>).</summary>
    public readonly double[] PerClass()
    {
        LabelAveragePrecision.OfClassRows(Samples, MultiLabelAverage.Macro, ZeroDivision, out var perClass);
        return perClass;
    }
}
