using System;
using System.Collections.Generic;
using System.Linq;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>
/// Property-test drivers of the scikit-learn parity regression metrics of issue 18. Metrics that keep their samples
/// expose the total kept weight (exact with dyadic weights) and the value; the others their sums as usual.
/// </summary>
internal static class ParityDrivers
{
    public static readonly IReadOnlyList<IMetricDriver> All =
    [
        new SumsDriver<MeanPinballLoss>(new(alpha: 0.9), new(), (m, l, p, mask, w) => m.Update(l, p, mask, w), m => [m.Count], m => [m.Total, m.Compute()]),
        new SumsDriver<SymmetricMeanAbsolutePercentageError>(new(), new(epsilon: 0.5), (m, l, p, mask, w) => m.Update(l, p, mask, w), m => [m.Count], m => [m.Total, m.Compute()]),
        new SumsDriver<WeightedMeanAbsolutePercentageError>(new(), new(epsilon: 0.5), (m, l, p, mask, w) => m.Update(l, p, mask, w), m => [m.Count], m => [m.AbsoluteError, m.Scale, m.Compute()]),
        new SumsDriver<MeanTweedieDeviance>(new(power: 1.5), new(), (m, l, p, mask, w) => m.Update(l, p, mask, w), m => [m.Count], m => [m.Total, m.Compute()]),
        new SumsDriver<MaxError>(new(), null, (m, l, p, mask, w) => m.Update(l, p, mask, w), m => [m.Count, m.Value, m.Compute()], m => []),
        new SamplesDriver<D2TweedieScore>(new(power: 2), new(), (m, l, p, mask, w) => m.Update(l, p, mask, w), m => m.Samples, m => m.Compute()),
        new SamplesDriver<D2PinballScore>(new(alpha: 0.25), new(quantile: QuantileMethod.WeightedLower), (m, l, p, mask, w) => m.Update(l, p, mask, w), m => m.Samples, m => m.Compute()),
        new SamplesDriver<MedianAbsoluteError>(new(), new(quantile: QuantileMethod.WeightedLower), (m, l, p, mask, w) => m.Update(l, p, mask, w), m => m.Samples, m => m.Compute()),
        new SamplesDriver<SpearmanCorrelation>(new(), null, (m, l, p, mask, w) => m.Update(l, p, mask, w), m => m.Samples, m => m.Compute()),
        new SamplesDriver<KendallTau>(new(), null, (m, l, p, mask, w) => m.Update(l, p, mask, w), m => m.Samples, m => m.Compute()),
    ];

    /// <summary>Positive targets and predictions around 5, rounded to a tenth so that ties occur.</summary>
    public static Batch Positive(Random rng, int rows)
    {
        var targets = rng.Uniforms(rows, 1, 10).Select(t => Math.Round(t, 1)).ToArray();
        var predictions = targets.Select(t => Math.Round(Math.Abs(t + rng.Normal()) + 0.1, 1)).ToArray();
        return new Batch(rows, 1, 1, targets, predictions);
    }

    public static double TotalWeight(SampleBuffer samples)
    {
        double total = 0;
        for (var i = 0; i < samples.Count; i++)
        {
            total += samples.WeightAt(i);
        }

        return total;
    }
}

/// <summary>The array pair update of a metric.</summary>
internal delegate TM PairUpdate<TM>(TM metric, double[] labels, double[] predictions, bool[]? mask, double[]? weights);

/// <summary>A pair metric of summed (or maximal) state.</summary>
internal sealed class SumsDriver<TM>(TM created, TM? other, PairUpdate<TM> update, Func<TM, double[]> exact, Func<TM, double[]> approximate) : MetricDriver<TM>
    where TM : struct, IMetric<TM>
{
    public override TM Create() => created;

    public override TM? CreateOther() => other;

    public override Batch Generate(Random rng, int rows) => ParityDrivers.Positive(rng, rows);

    public override TM Update(TM m, Batch b, bool[]? mask, double[]? weights) => update(m, b.Labels, b.Predictions, mask, weights);

    public override double[] Exact(TM m) => exact(m);

    public override double[] Approximate(TM m) => approximate(m);
}

/// <summary>A pair metric that keeps its samples.</summary>
internal sealed class SamplesDriver<TM>(TM created, TM? other, PairUpdate<TM> update, Func<TM, SampleBuffer> samples, Func<TM, double> compute) : MetricDriver<TM>
    where TM : struct, IMetric<TM>
{
    public override TM Create() => created;

    public override TM? CreateOther() => other;

    public override Batch Generate(Random rng, int rows) => ParityDrivers.Positive(rng, rows);

    public override TM Update(TM m, Batch b, bool[]? mask, double[]? weights) => update(m, b.Labels, b.Predictions, mask, weights);

    public override double[] Exact(TM m) => [ParityDrivers.TotalWeight(samples(m))];

    public override double[] Approximate(TM m) => [compute(m)];
}
