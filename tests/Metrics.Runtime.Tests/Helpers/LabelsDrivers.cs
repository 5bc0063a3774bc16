using System;
using System.Linq;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>
/// Property-test drivers of Keras' class_id and top_k on (label row, score row) pairs: 0/1 label rows of
/// <see cref="Columns"/> columns and two-decimal scores (ties inside rows and with thresholds).
/// </summary>
internal static class LabelsDrivers
{
    public const int Columns = 4;

    public static readonly IMetricDriver[] All =
    [
        new ClassIdTruePositivesDriver(), new FlattenedRecallAtThresholdsDriver(), new ClassIdPrecisionAtRecallDriver(),
        new ClassIdSpecificityAtSensitivityDriver(), new TopKPrecisionDriver(), new TopKRecallDriver(),
        new MultiLabelBinnedAucDriver(), new MicroBinnedAucDriver(),
    ];

    public static Batch Rows(Random rng, int rows)
    {
        var labels = rng.Integers(rows * Columns, 0, 2);
        var scores = labels.Select(l => Math.Round(Math.Clamp((l * 0.3) + (rng.NextDouble() * 0.7), 0, 1), 1)).ToArray();
        return new Batch(rows, Columns, Columns, labels, scores);
    }

    public static int[,] IntRows(double[,] rows)
    {
        var result = new int[rows.GetLength(0), rows.GetLength(1)];
        for (var i = 0; i < rows.GetLength(0); i++)
        {
            for (var j = 0; j < rows.GetLength(1); j++)
            {
                result[i, j] = (int)rows[i, j];
            }
        }

        return result;
    }
}

internal abstract class LabelRowsDriver<TM> : MetricDriver<TM>
    where TM : struct, IMetric<TM>
{
    public override Batch Generate(Random rng, int rows) => LabelsDrivers.Rows(rng, rows);

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) =>
        batch.Poison(rows, outOfRange ? 5 : null, double.NaN);
}

internal sealed class ClassIdTruePositivesDriver : LabelRowsDriver<TruePositives>
{
    public override string Name => "TruePositives (rows, class_id)";

    public override TruePositives Create() => new([0.2, 0.5], classId: 2);

    public override TruePositives? CreateOther() => new([0.2, 0.5], classId: 1);

    public override TruePositives Update(TruePositives m, Batch b, bool[]? mask, double[]? weights) =>
        m.Update(LabelsDrivers.IntRows(b.LabelRows), b.PredictionRows, mask, weights);

    public override double[] Exact(TruePositives m) =>
        [.. CurveDrivers.Cells(m.PositivesAbove, 2), .. CurveDrivers.Cells(m.NegativesAbove, 2), m.Positives, m.Negatives, .. m.Compute()];

    public override double[] Approximate(TruePositives m) => [];
}

internal sealed class FlattenedRecallAtThresholdsDriver : LabelRowsDriver<RecallAtThresholds>
{
    public override string Name => "RecallAtThresholds (rows, flattened)";

    public override RecallAtThresholds Create() => new([0.3, 0.6]);

    public override RecallAtThresholds? CreateOther() => new([0.3, 0.6], classId: 0);

    public override RecallAtThresholds Update(RecallAtThresholds m, Batch b, bool[]? mask, double[]? weights) =>
        m.Update(LabelsDrivers.IntRows(b.LabelRows), b.PredictionRows, mask, weights);

    public override double[] Exact(RecallAtThresholds m) =>
        [.. CurveDrivers.Cells(m.Counts.PositivesAbove, 2), .. CurveDrivers.Cells(m.Counts.NegativesAbove, 2), m.Counts.Positives, m.Counts.Negatives];

    public override double[] Approximate(RecallAtThresholds m) => m.Compute();
}

internal sealed class ClassIdPrecisionAtRecallDriver : LabelRowsDriver<PrecisionAtRecall>
{
    public override string Name => "PrecisionAtRecall (rows, class_id)";

    public override PrecisionAtRecall Create() => new(0.5, numThresholds: 11, classId: 3);

    public override PrecisionAtRecall? CreateOther() => new(0.5, numThresholds: 11, classId: 2);

    public override PrecisionAtRecall Update(PrecisionAtRecall m, Batch b, bool[]? mask, double[]? weights) =>
        m.Update(LabelsDrivers.IntRows(b.LabelRows), b.PredictionRows, mask, weights);

    public override double[] Exact(PrecisionAtRecall m) => CurveDrivers.Cells(m.Counts, 2 * (m.NumThresholds + 1));

    public override double[] Approximate(PrecisionAtRecall m) => [m.Compute()];
}

internal sealed class ClassIdSpecificityAtSensitivityDriver : LabelRowsDriver<SpecificityAtSensitivity>
{
    public override string Name => "SpecificityAtSensitivity (rows, flattened)";

    public override SpecificityAtSensitivity Create() => new(0.4, numThresholds: 7);

    public override SpecificityAtSensitivity? CreateOther() => new(0.4, numThresholds: 7, classId: 0);

    public override SpecificityAtSensitivity Update(SpecificityAtSensitivity m, Batch b, bool[]? mask, double[]? weights) =>
        m.Update(LabelsDrivers.IntRows(b.LabelRows), b.PredictionRows, mask, weights);

    public override double[] Exact(SpecificityAtSensitivity m) => CurveDrivers.Cells(m.Bins.Counts, 2 * (m.NumThresholds + 1));

    public override double[] Approximate(SpecificityAtSensitivity m) => [m.Compute()];
}

internal sealed class TopKPrecisionDriver : LabelRowsDriver<TopKPrecision>
{
    public override TopKPrecision Create() => new(2);

    public override TopKPrecision? CreateOther() => new(2, classId: 1, threshold: 0.5);

    public override TopKPrecision Update(TopKPrecision m, Batch b, bool[]? mask, double[]? weights) =>
        m.Update(LabelsDrivers.IntRows(b.LabelRows), b.PredictionRows, mask, weights);

    public override double[] Exact(TopKPrecision m) => [m.TruePositives, m.FalsePositives, m.FalseNegatives];

    public override double[] Approximate(TopKPrecision m) => [m.Compute()];
}

internal sealed class TopKRecallDriver : LabelRowsDriver<TopKRecall>
{
    public override TopKRecall Create() => new(3, threshold: 0.4);

    public override TopKRecall? CreateOther() => new(1);

    public override TopKRecall Update(TopKRecall m, Batch b, bool[]? mask, double[]? weights) =>
        m.Update(LabelsDrivers.IntRows(b.LabelRows), b.PredictionRows, mask, weights);

    public override double[] Exact(TopKRecall m) => [m.TopK.TruePositives, m.TopK.FalsePositives, m.TopK.FalseNegatives];

    public override double[] Approximate(TopKRecall m) => [m.Compute()];
}

internal sealed class MultiLabelBinnedAucDriver : LabelRowsDriver<MultiLabelBinnedAuc>
{
    public override string Name => "MultiLabelBinnedAuc (macro, label weights)";

    public override MultiLabelBinnedAuc Create() => new(LabelsDrivers.Columns, labelWeights: [1, 0.5, 2, 0.25], numThresholds: 21);

    public override MultiLabelBinnedAuc? CreateOther() => new(LabelsDrivers.Columns, numThresholds: 21);

    public override MultiLabelBinnedAuc Update(MultiLabelBinnedAuc m, Batch b, bool[]? mask, double[]? weights) =>
        m.Update(LabelsDrivers.IntRows(b.LabelRows), b.PredictionRows, mask, weights);

    public override double[] Exact(MultiLabelBinnedAuc m) => CurveDrivers.Cells(m.Counts, LabelsDrivers.Columns * 2 * (m.Grid.Count + 1));

    public override double[] Approximate(MultiLabelBinnedAuc m) => [m.Compute(), .. m.PerLabel()];
}

internal sealed class MicroBinnedAucDriver : LabelRowsDriver<MultiLabelBinnedAuc>
{
    public override string Name => "MultiLabelBinnedAuc (micro PR, explicit thresholds)";

    public override MultiLabelBinnedAuc Create() =>
        new(LabelsDrivers.Columns, average: MultiLabelAverage.Micro, thresholds: new CurveThresholds(0.2, 0.5, 0.7), curve: AucCurve.PrecisionRecall);

    public override MultiLabelBinnedAuc? CreateOther() =>
        new(LabelsDrivers.Columns, average: MultiLabelAverage.Micro, thresholds: new CurveThresholds(0.2, 0.5), curve: AucCurve.PrecisionRecall);

    public override MultiLabelBinnedAuc Update(MultiLabelBinnedAuc m, Batch b, bool[]? mask, double[]? weights) =>
        m.Update(LabelsDrivers.IntRows(b.LabelRows), b.PredictionRows, mask, weights);

    public override double[] Exact(MultiLabelBinnedAuc m) => CurveDrivers.Cells(m.Counts, LabelsDrivers.Columns * 2 * (m.Grid.Count + 1));

    public override double[] Approximate(MultiLabelBinnedAuc m) => [m.Compute()];
}
