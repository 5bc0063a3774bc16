using System;
using System.Linq;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>
/// Property-test drivers of the calibration metrics. Probabilities are multiples of 0.05 (0 and 1 included) so that
/// elements fall on bin boundaries; the exact components are the weighted bin counts and outcome sums (dyadic weights
/// sum exactly), the confidence sums and the values are rounded.
/// </summary>
internal static class CalibrationDrivers
{
    private const int Classes = 4;

    public static readonly IMetricDriver[] All =
    [
        new BrierScoreBinaryDriver(), new BrierScoreMultiClassDriver(), new CalibrationErrorBinaryDriver(),
        new CalibrationErrorMultiClassDriver(), new CalibrationCurveDriver(),
    ];

    public static Batch Binary(Random rng, int rows)
    {
        var labels = rng.Integers(rows, 0, 2);
        var probabilities = labels.Select(l => Math.Clamp(Math.Round(((0.3 * l) + (0.7 * rng.NextDouble())) * 20) / 20, 0, 1)).ToArray();
        return new Batch(rows, 1, 1, labels, probabilities);
    }

    public static Batch Rows(Random rng, int rows)
    {
        var labels = rng.Integers(rows, 0, Classes);
        var probabilities = new double[rows * Classes];
        for (var r = 0; r < rows; r++)
        {
            // Twentieths that sum to 1, biased towards the label; ties for the maximum happen.
            var left = 20;
            for (var c = 0; c < Classes - 1; c++)
            {
                var share = Math.Min(left, rng.Next(0, 8) + (c == (int)labels[r] ? 4 : 0));
                probabilities[(r * Classes) + c] = share / 20.0;
                left -= share;
            }

            probabilities[(r * Classes) + Classes - 1] = left / 20.0;
        }

        return new Batch(rows, 1, Classes, labels, probabilities);
    }

    public static Batch PoisonOutOfRange(Batch batch, bool[] rows, bool outOfRange) =>
        batch.Poison(rows, outOfRange ? -1 : null, outOfRange ? 7 : double.NaN);

    public static double[] Cells(SumArray bins, int length, int component) =>
        Enumerable.Range(0, length / 3).Select(b => bins[(3 * b) + component]).ToArray();
}

internal sealed class BrierScoreBinaryDriver : MetricDriver<BrierScore>
{
    public override string Name => "BrierScore (binary)";

    public override BrierScore Create() => new();

    public override Batch Generate(Random rng, int rows) => CalibrationDrivers.Binary(rng, rows);

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) => CalibrationDrivers.PoisonOutOfRange(batch, rows, outOfRange);

    public override BrierScore Update(BrierScore m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.IntLabels, b.Predictions, mask, weights);

    public override double[] Exact(BrierScore m) => [m.Count];

    public override double[] Approximate(BrierScore m) => [m.Total, m.Compute()];
}

internal sealed class BrierScoreMultiClassDriver : MetricDriver<BrierScore>
{
    public override string Name => "BrierScore (multiclass)";

    public override BrierScore Create() => new();

    public override Batch Generate(Random rng, int rows) => CalibrationDrivers.Rows(rng, rows);

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) => CalibrationDrivers.PoisonOutOfRange(batch, rows, outOfRange);

    public override BrierScore Update(BrierScore m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.IntLabels, b.PredictionRows, mask, weights);

    public override double[] Exact(BrierScore m) => [m.Count];

    public override double[] Approximate(BrierScore m) => [m.Total, m.Compute()];
}

internal sealed class CalibrationErrorBinaryDriver : MetricDriver<CalibrationError>
{
    private const int Bins = 10;

    public override string Name => "CalibrationError (binary)";

    public override CalibrationError Create() => new(numBins: Bins);

    public override CalibrationError? CreateOther() => new(numBins: Bins, norm: CalibrationNorm.Max);

    public override Batch Generate(Random rng, int rows) => CalibrationDrivers.Binary(rng, rows);

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) => CalibrationDrivers.PoisonOutOfRange(batch, rows, outOfRange);

    public override CalibrationError Update(CalibrationError m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.IntLabels, b.Predictions, mask, weights);

    public override double[] Exact(CalibrationError m) =>
        [.. CalibrationDrivers.Cells(m.Bins, 3 * (m.NumBins + 1), 0), .. CalibrationDrivers.Cells(m.Bins, 3 * (m.NumBins + 1), 2)];

    public override double[] Approximate(CalibrationError m) =>
        [.. CalibrationDrivers.Cells(m.Bins, 3 * (m.NumBins + 1), 1), m.Compute(), (m with { Norm = CalibrationNorm.L2 }).Compute(), (m with { Norm = CalibrationNorm.Max }).Compute()];
}

internal sealed class CalibrationErrorMultiClassDriver : MetricDriver<CalibrationError>
{
    private const int Bins = 15;

    public override string Name => "CalibrationError (multiclass)";

    public override CalibrationError Create() => new(numBins: Bins, norm: CalibrationNorm.L2);

    public override CalibrationError? CreateOther() => new(numBins: Bins - 1, norm: CalibrationNorm.L2);

    public override Batch Generate(Random rng, int rows) => CalibrationDrivers.Rows(rng, rows);

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) => CalibrationDrivers.PoisonOutOfRange(batch, rows, outOfRange);

    public override CalibrationError Update(CalibrationError m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.IntLabels, b.PredictionRows, mask, weights);

    public override double[] Exact(CalibrationError m) =>
        [.. CalibrationDrivers.Cells(m.Bins, 3 * (m.NumBins + 1), 0), .. CalibrationDrivers.Cells(m.Bins, 3 * (m.NumBins + 1), 2)];

    public override double[] Approximate(CalibrationError m) =>
        [.. CalibrationDrivers.Cells(m.Bins, 3 * (m.NumBins + 1), 1), m.Compute()];
}

internal sealed class CalibrationCurveDriver : MetricDriver<CalibrationCurve>
{
    private const int Bins = 8;

    public override CalibrationCurve Create() => new(numBins: Bins);

    public override CalibrationCurve? CreateOther() => new(numBins: Bins + 2);

    public override Batch Generate(Random rng, int rows) => CalibrationDrivers.Binary(rng, rows);

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) => CalibrationDrivers.PoisonOutOfRange(batch, rows, outOfRange);

    public override CalibrationCurve Update(CalibrationCurve m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.IntLabels, b.Predictions, mask, weights);

    public override double[] Exact(CalibrationCurve m) =>
        [.. CalibrationDrivers.Cells(m.Bins, 3 * m.NumBins, 0), .. CalibrationDrivers.Cells(m.Bins, 3 * m.NumBins, 2), m.Compute().ProbTrue.Length];

    public override double[] Approximate(CalibrationCurve m)
    {
        var curve = m.Compute();
        return [.. CalibrationDrivers.Cells(m.Bins, 3 * m.NumBins, 1), .. curve.ProbTrue, .. curve.ProbPred];
    }
}
