using System;
using System.Collections.Generic;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>Property-test drivers of the curve metrics of issue 18 (they keep samples: the kept weights are exact).</summary>
internal static class CurveParityDrivers
{
    public static readonly IReadOnlyList<IMetricDriver> All = [new PartialRocAucDriver(), new OneVsOneAucDriver()];
}

internal sealed class PartialRocAucDriver : MetricDriver<PartialRocAuc>
{
    public override PartialRocAuc Create() => new(maxFpr: 0.3, zeroDivision: ZeroDivision.Zero);

    public override PartialRocAuc? CreateOther() => new(maxFpr: 0.6, zeroDivision: ZeroDivision.Zero);

    public override Batch Generate(Random rng, int rows) => CurveDrivers.Probabilities(rng, rows);

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) => batch.Poison(rows, outOfRange ? 2 : null, double.NaN);

    public override PartialRocAuc Update(PartialRocAuc m, Batch b, bool[]? mask, double[]? weights) =>
        m.Update(b.IntLabels, b.Predictions, mask, weights);

    public override double[] Exact(PartialRocAuc m) => CurveDrivers.Totals(m.Roc.Samples);

    public override double[] Approximate(PartialRocAuc m) => [m.Compute()];
}

internal sealed class OneVsOneAucDriver : MetricDriver<OneVsOneAuc>
{
    private const int Classes = 3;

    public override OneVsOneAuc Create() => new(zeroDivision: ZeroDivision.Zero);

    public override OneVsOneAuc? CreateOther() => new(average: AucAverage.Weighted, zeroDivision: ZeroDivision.Zero);

    public override Batch Generate(Random rng, int rows) => rng.ClassScoreRows(rows, Classes);

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) => batch.Poison(rows, outOfRange ? -1 : null, double.NaN);

    public override OneVsOneAuc Update(OneVsOneAuc m, Batch b, bool[]? mask, double[]? weights) =>
        m.Update(b.IntLabels, b.PredictionRows, mask, weights);

    public override double[] Exact(OneVsOneAuc m) => [ParityDrivers.TotalWeight(m.Rows.Samples)];

    public override double[] Approximate(OneVsOneAuc m) => [m.Compute()];
}
