using System;
using System.Linq;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>
/// Property-test drivers of the curve metrics. Scores are rounded to two decimals so that ties occur; the exact
/// components are the class totals (dyadic weights sum exactly) and, for binned metrics, the bin counts.
/// </summary>
internal static class CurveDrivers
{
    public static readonly IMetricDriver[] All =
    [
        new ExactAucDriver(), new ExactPrAucDriver(), new AveragePrecisionDriver(), new BinnedAucDriver(),
        new BinnedPrAucDriver(), new SensitivityAtSpecificityDriver(), new PrecisionAtRecallDriver(), new OneVsRestAucDriver(),
        new MultiLabelAucDriver(),
    ];

    public static Batch Probabilities(Random rng, int rows)
    {
        var labels = rng.Integers(rows, 0, 2);
        var scores = labels.Select(l => Math.Round(1 / (1 + Math.Exp(-(((l - 0.5) * 1.5) + rng.Normal()))), 2)).ToArray();
        return new Batch(rows, 1, 1, labels, scores);
    }

    /// <summary>The cells of a bin-count array, zeros when it was never allocated.</summary>
    public static double[] Cells(SumArray counts, int length) => Enumerable.Range(0, length).Select(i => counts[i]).ToArray();

    public static double[] Totals(SampleBuffer samples)
    {
        double positives = 0, negatives = 0;
        for (var i = 0; i < samples.Count; i++)
        {
            var w = samples.WeightAt(i);
            positives += w * samples.LabelAt(i);
            negatives += w * (1 - samples.LabelAt(i));
        }

        return [positives, negatives];
    }
}

internal abstract class CurveDriver<TM> : MetricDriver<TM>
    where TM : struct, IMetric<TM>
{
    public override Batch Generate(Random rng, int rows) => CurveDrivers.Probabilities(rng, rows);

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) =>
        batch.Poison(rows, outOfRange ? 5 : null, double.NaN);
}

internal sealed class ExactAucDriver : CurveDriver<ExactAuc>
{
    public override string Name => "ExactAuc (ROC)";

    public override ExactAuc Create() => new();

    public override ExactAuc? CreateOther() => new(zeroDivision: ZeroDivision.Zero);

    public override ExactAuc Update(ExactAuc m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.IntLabels, b.Predictions, mask, weights);

    public override double[] Exact(ExactAuc m) => CurveDrivers.Totals(m.Samples);

    public override double[] Approximate(ExactAuc m) => [m.Compute(), .. m.RocCurve().TruePositiveRates.Take(3)];
}

internal sealed class ExactPrAucDriver : CurveDriver<ExactAuc>
{
    public override string Name => "ExactAuc (PR)";

    public override ExactAuc Create() => new(curve: AucCurve.PrecisionRecall, zeroDivision: ZeroDivision.One);

    public override ExactAuc? CreateOther() => new(curve: AucCurve.Roc, zeroDivision: ZeroDivision.One);

    public override ExactAuc Update(ExactAuc m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.IntLabels, b.Predictions, mask, weights);

    public override double[] Exact(ExactAuc m) => CurveDrivers.Totals(m.Samples);

    public override double[] Approximate(ExactAuc m) => [m.Compute()];
}

internal sealed class AveragePrecisionDriver : CurveDriver<AveragePrecision>
{
    public override AveragePrecision Create() => new();

    public override AveragePrecision? CreateOther() => new(zeroDivision: ZeroDivision.Zero);

    public override AveragePrecision Update(AveragePrecision m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.IntLabels, b.Predictions, mask, weights);

    public override double[] Exact(AveragePrecision m) => CurveDrivers.Totals(m.Samples);

    public override double[] Approximate(AveragePrecision m) => [m.Compute(), .. m.PrecisionRecallCurve().Precisions.Take(3)];
}

internal sealed class BinnedAucDriver : CurveDriver<Auc>
{
    public override string Name => "Auc (binned ROC)";

    public override Auc Create() => new(numThresholds: 50);

    public override Auc? CreateOther() => new(numThresholds: 51);

    public override Auc Update(Auc m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.IntLabels, b.Predictions, mask, weights);

    public override double[] Exact(Auc m) => [.. CurveDrivers.Cells(m.Counts, 2 * (m.Grid.Count + 1)), .. m.TruePositives(), .. m.FalsePositives()];

    public override double[] Approximate(Auc m) => [m.Compute()];
}

internal sealed class BinnedPrAucDriver : CurveDriver<Auc>
{
    public override string Name => "Auc (binned PR, explicit thresholds)";

    public override Auc Create() => new(thresholds: new CurveThresholds(0.25, 0.5, 0.75), curve: AucCurve.PrecisionRecall, summation: AucSummation.Majoring);

    public override Auc? CreateOther() => new(thresholds: new CurveThresholds(0.25, 0.5), curve: AucCurve.PrecisionRecall, summation: AucSummation.Majoring);

    public override Auc Update(Auc m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.IntLabels, b.Predictions, mask, weights);

    public override double[] Exact(Auc m) => CurveDrivers.Cells(m.Counts, 2 * (m.Grid.Count + 1));

    public override double[] Approximate(Auc m) => [m.Compute()];
}

internal sealed class SensitivityAtSpecificityDriver : CurveDriver<SensitivityAtSpecificity>
{
    public override SensitivityAtSpecificity Create() => new(0.7, numThresholds: 21);

    public override SensitivityAtSpecificity? CreateOther() => new(0.6, numThresholds: 21);

    public override SensitivityAtSpecificity Update(SensitivityAtSpecificity m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.IntLabels, b.Predictions, mask, weights);

    public override double[] Exact(SensitivityAtSpecificity m) => CurveDrivers.Cells(m.Bins.Counts, 2 * (m.NumThresholds + 1));

    public override double[] Approximate(SensitivityAtSpecificity m) => [m.Compute()];
}

internal sealed class PrecisionAtRecallDriver : CurveDriver<PrecisionAtRecall>
{
    public override PrecisionAtRecall Create() => new(0.5);

    public override PrecisionAtRecall? CreateOther() => new(0.5, zeroDivision: ZeroDivision.One);

    public override PrecisionAtRecall Update(PrecisionAtRecall m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.IntLabels, b.Predictions, mask, weights);

    public override double[] Exact(PrecisionAtRecall m) => CurveDrivers.Cells(m.Counts, 2 * (m.NumThresholds + 1));

    public override double[] Approximate(PrecisionAtRecall m) => [m.Compute()];
}

internal sealed class OneVsRestAucDriver : MetricDriver<OneVsRestAuc>
{
    private const int Classes = 3;

    public override OneVsRestAuc Create() => new(zeroDivision: ZeroDivision.Zero);

    public override OneVsRestAuc? CreateOther() => new(average: AucAverage.Weighted, zeroDivision: ZeroDivision.Zero);

    public override Batch Generate(Random rng, int rows) => rng.ClassScoreRows(rows, Classes);

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) =>
        batch.Poison(rows, outOfRange ? -1 : null, double.NaN);

    public override OneVsRestAuc Update(OneVsRestAuc m, Batch b, bool[]? mask, double[]? weights) =>
        m.Update(b.IntLabels, b.PredictionRows, mask, weights);

    public override double[] Exact(OneVsRestAuc m) => CurveDrivers.Totals(m.Samples);

    public override double[] Approximate(OneVsRestAuc m) => [m.Compute(), .. m.PerClass()];
}

internal sealed class MultiLabelAucDriver : MetricDriver<MultiLabelAuc>
{
    private const int Labels = 3;

    public override MultiLabelAuc Create() => new(average: MultiLabelAverage.Micro);

    public override MultiLabelAuc? CreateOther() => new(average: MultiLabelAverage.Weighted, zeroDivision: ZeroDivision.Zero);

    public override Batch Generate(Random rng, int rows)
    {
        var labels = rng.Integers(rows * Labels, 0, 2);
        var scores = labels.Select(l => Math.Round(l + rng.Normal(), 1)).ToArray();
        return new Batch(rows, Labels, Labels, labels, scores);
    }

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) =>
        batch.Poison(rows, outOfRange ? 4 : null, double.NaN);

    public override MultiLabelAuc Update(MultiLabelAuc m, Batch b, bool[]? mask, double[]? weights) =>
        m.Update(IntRows(b.LabelRows), b.PredictionRows, mask, weights);

    private static int[,] IntRows(double[,] rows)
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

    public override double[] Exact(MultiLabelAuc m) => [m.Samples.Count == 0 ? 0 : m.Samples.Width];

    public override double[] Approximate(MultiLabelAuc m) => [m.Compute(), .. m.PerLabel()];
}
