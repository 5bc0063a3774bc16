using System;
using System.Collections.Generic;
using System.Linq;
using Metrics.Runtime.Tests.Custom;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>
/// Drives one metric type through the generic property tests with boxed states: creation (with non-default
/// parameters where the metric has any), random batches, the array <c>Update</c> overload, merging and observation.
/// </summary>
internal interface IMetricDriver
{
    string Name { get; }

    object Create();

    /// <summary>A metric of the same type with different parameters, or null for a parameterless metric.</summary>
    object? CreateOther();

    Batch Generate(Random rng, int rows);

    /// <summary>Fills the rows where <paramref name="rows"/> is set with poison: NaN for real inputs and, when
    /// <paramref name="outOfRange"/>, out-of-range class indices (to check masked-out rows are never read).</summary>
    Batch Poison(Batch batch, bool[] rows, bool outOfRange);

    object Update(object metric, Batch batch, bool[]? mask, double[]? weights);

    object Merge(object metric, object other);

    object Empty(object metric);

    object Copy(object metric);

    /// <summary>Calls <c>Reset()</c> on an unboxed copy; returns that copy (reset in place) and the returned value.</summary>
    (object InPlace, object Returned) Reset(object metric);

    bool HasSameParameters(object metric, object other);

    /// <summary>State and value components that must agree exactly (counts, extrema, indicator sums with dyadic weights).</summary>
    double[] Exact(object metric);

    /// <summary>State and value components that may differ by rounding (sums of real values, means, variances).</summary>
    double[] Approximate(object metric);

    /// <summary>
    /// Whether an element's contribution is the same bits whatever else its vector holds. False for metrics whose
    /// vector operator calls a vector Log/Exp: .NET's vector forms take a special-value path for the whole vector when
    /// one lane (a masked-out NaN, say) needs it, within 2 ulps of the other path, so masked-out rows can move a sum by
    /// rounding though they never enter it.
    /// </summary>
    bool LaneIndependent => true;
}

internal abstract class MetricDriver<TM> : IMetricDriver
    where TM : struct, IMetric<TM>
{
    public virtual string Name => typeof(TM).Name;

    public abstract TM Create();

    public virtual TM? CreateOther() => null;

    public abstract Batch Generate(Random rng, int rows);

    public virtual Batch Poison(Batch batch, bool[] rows, bool outOfRange) =>
        batch.Poison(rows, batch.LabelWidth == 0 ? null : double.NaN, double.NaN);

    public abstract TM Update(TM metric, Batch batch, bool[]? mask, double[]? weights);

    public abstract double[] Exact(TM metric);

    public abstract double[] Approximate(TM metric);

    object IMetricDriver.Create() => Create();

    object? IMetricDriver.CreateOther() => CreateOther();

    object IMetricDriver.Update(object metric, Batch batch, bool[]? mask, double[]? weights) =>
        Update((TM)metric, batch, mask, weights);

    object IMetricDriver.Merge(object metric, object other) => ((TM)metric).Merge((TM)other);

    object IMetricDriver.Empty(object metric) => ((TM)metric).Empty();

    object IMetricDriver.Copy(object metric) => ((TM)metric).Copy();

    (object InPlace, object Returned) IMetricDriver.Reset(object metric)
    {
        var local = (TM)metric;
        var returned = local.Reset();
        return (local, returned);
    }

    bool IMetricDriver.HasSameParameters(object metric, object other) => ((TM)metric).HasSameParameters((TM)other);

    double[] IMetricDriver.Exact(object metric) => Exact((TM)metric);

    double[] IMetricDriver.Approximate(object metric) => Approximate((TM)metric);

    public override string ToString() => Name;

    protected static Batch Values(double[] values) => new(values.Length, 0, 1, [], values);

    protected static Batch Pairs(double[] labels, double[] predictions) => new(labels.Length, 1, 1, labels, predictions);
}

/// <summary>All drivers: every built-in metric (Accuracy in both shapes) and the custom metrics of this project.</summary>
internal static class MetricDrivers
{
    public static readonly IReadOnlyList<IMetricDriver> All =
    [
        new AverageDriver(), new SumDriver(), new MinDriver(), new MaxDriver(), new WelfordDriver(),
        new AccuracyBinaryDriver(), new AccuracyMultiClassDriver(), new PrecisionDriver(), new RecallDriver(),
        new F1ScoreDriver(), new ConfusionMatrixDriver(), new LogProbDriver(), new LpErrorDriver(),
        new MeanAbsoluteErrorDriver(), new MeanSquaredErrorDriver(), new RootMeanSquaredErrorDriver(),
        new MeanSquaredLogErrorDriver(), new RootMeanSquaredLogErrorDriver(), new HuberLossDriver(),
        new TopOneHitRateDriver(), .. RegressionDrivers.All, .. ParityDrivers.All, .. ClassificationDrivers.All, .. CurveDrivers.All, .. MultiLabelDrivers.All, .. ClassificationParityDrivers.All,
        .. LabelsDrivers.All, .. OutputsDrivers.All, .. SortedIdsDrivers.All, .. CalibrationDrivers.All, .. RetrievalDrivers.All, .. CurveParityDrivers.All,
    ];

    public static IMetricDriver Get(string name) => All.Single(d => d.Name == name);
}

// ---------------------------------------------------------------------- value metrics

internal sealed class AverageDriver : MetricDriver<Average>
{
    public override Average Create() => new();

    public override Batch Generate(Random rng, int rows) => Values(rng.Uniforms(rows, -5, 10));

    public override Average Update(Average m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Predictions, mask, weights);

    public override double[] Exact(Average m) => [m.Count];

    public override double[] Approximate(Average m) => [m.Total, m.Compute()];
}

internal sealed class SumDriver : MetricDriver<Sum>
{
    public override Sum Create() => new();

    public override Batch Generate(Random rng, int rows) => Values(rng.Uniforms(rows, -5, 10));

    public override Sum Update(Sum m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Predictions, mask, weights);

    public override double[] Exact(Sum m) => [];

    public override double[] Approximate(Sum m) => [m.Total, m.Compute()];
}

internal sealed class MinDriver : MetricDriver<Min>
{
    public override Min Create() => new();

    public override Batch Generate(Random rng, int rows) => Values(rng.Uniforms(rows, -5, 10));

    public override Min Update(Min m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Predictions, mask, weights);

    public override double[] Exact(Min m) => [m.Value, m.Count, m.Compute()];

    public override double[] Approximate(Min m) => [];
}

internal sealed class MaxDriver : MetricDriver<Max>
{
    public override Max Create() => new();

    public override Batch Generate(Random rng, int rows) => Values(rng.Uniforms(rows, -5, 10));

    public override Max Update(Max m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Predictions, mask, weights);

    public override double[] Exact(Max m) => [m.Value, m.Count, m.Compute()];

    public override double[] Approximate(Max m) => [];
}

internal sealed class WelfordDriver : MetricDriver<Welford>
{
    public override Welford Create() => new();

    public override Batch Generate(Random rng, int rows) => Values(rng.Uniforms(rows, -5, 10));

    public override Welford Update(Welford m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Predictions, mask, weights);

    public override double[] Exact(Welford m) => [m.Count, m.Compute().Count];

    public override double[] Approximate(Welford m)
    {
        var s = m.Compute();
        return [m.M2, s.Mean, s.Variance, s.SampleVariance, s.StandardDeviation, s.SampleStandardDeviation, s.StandardErrorOfMean];
    }
}

// ---------------------------------------------------------------------- classification

internal abstract class BinaryDriver<TM> : MetricDriver<TM>
    where TM : struct, IMetric<TM>
{
    public override Batch Generate(Random rng, int rows)
    {
        var labels = rng.Integers(rows, 0, 2);
        var scores = labels.Select(l => ((l - 0.5) * 1.2) + rng.Normal()).ToArray();
        return Pairs(labels, scores);
    }

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) =>
        batch.Poison(rows, outOfRange ? 7 : null, double.NaN);
}

internal sealed class AccuracyBinaryDriver : BinaryDriver<Accuracy>
{
    public override string Name => "Accuracy (binary)";

    public override Accuracy Create() => new(threshold: 0.25);

    public override Accuracy? CreateOther() => new(threshold: -0.5);

    public override Accuracy Update(Accuracy m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.IntLabels, b.Predictions, mask, weights);

    public override double[] Exact(Accuracy m) => [m.Correct, m.Count, m.Compute()];

    public override double[] Approximate(Accuracy m) => [];
}

internal sealed class AccuracyMultiClassDriver : MetricDriver<Accuracy>
{
    private const int Classes = 4;

    public override string Name => "Accuracy (multiclass)";

    public override Accuracy Create() => new();

    public override Accuracy? CreateOther() => new(threshold: 0.5);

    public override Batch Generate(Random rng, int rows) => rng.ClassScoreRows(rows, Classes);

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) =>
        batch.Poison(rows, outOfRange ? -1 : null, double.NaN);

    public override Accuracy Update(Accuracy m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.IntLabels, b.PredictionRows, mask, weights);

    public override double[] Exact(Accuracy m) => [m.Correct, m.Count, m.Compute()];

    public override double[] Approximate(Accuracy m) => [];
}

internal sealed class PrecisionDriver : BinaryDriver<Precision>
{
    public override Precision Create() => new(threshold: 0.1, zeroDivision: ZeroDivision.One);

    public override Precision? CreateOther() => new(threshold: 0.1, zeroDivision: ZeroDivision.Zero);

    public override Precision Update(Precision m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.IntLabels, b.Predictions, mask, weights);

    public override double[] Exact(Precision m) => [m.Counts.TruePositives, m.Counts.FalsePositives, m.Compute()];

    public override double[] Approximate(Precision m) => [];
}

internal sealed class RecallDriver : BinaryDriver<Recall>
{
    public override Recall Create() => new();

    public override Recall? CreateOther() => new(threshold: 1.0);

    public override Recall Update(Recall m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.IntLabels, b.Predictions, mask, weights);

    public override double[] Exact(Recall m) => [m.Counts.TruePositives, m.Counts.FalseNegatives, m.Compute()];

    public override double[] Approximate(Recall m) => [];
}

internal sealed class F1ScoreDriver : BinaryDriver<F1Score>
{
    public override F1Score Create() => new(threshold: -0.2, zeroDivision: ZeroDivision.Zero);

    public override F1Score? CreateOther() => new(threshold: -0.2, zeroDivision: ZeroDivision.NaN);

    public override F1Score Update(F1Score m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.IntLabels, b.Predictions, mask, weights);

    public override double[] Exact(F1Score m) => [m.Counts.TruePositives, m.Counts.FalsePositives, m.Counts.FalseNegatives, m.Compute()];

    public override double[] Approximate(F1Score m) => [];
}

internal sealed class ConfusionMatrixDriver : MetricDriver<ConfusionMatrix>
{
    private const int Classes = 3;

    public override ConfusionMatrix Create() => new(numClasses: Classes);

    public override ConfusionMatrix? CreateOther() => new(numClasses: Classes + 1);

    public override Batch Generate(Random rng, int rows)
    {
        var labels = rng.Integers(rows, 0, Classes);
        var predictions = labels.Select(l => rng.NextDouble() < 0.6 ? l : rng.Next(0, Classes)).ToArray();
        return Pairs(labels, predictions);
    }

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) =>
        outOfRange ? batch.Poison(rows, -3, Classes + 5) : batch;

    public override ConfusionMatrix Update(ConfusionMatrix m, Batch b, bool[]? mask, double[]? weights) =>
        m.Update(b.IntLabels, b.IntPredictions, mask, weights);

    public override double[] Exact(ConfusionMatrix m)
    {
        var matrix = m.Compute();
        var cells = new double[Classes * Classes];
        for (var i = 0; i < Classes; i++)
        {
            for (var j = 0; j < Classes; j++)
            {
                cells[(i * Classes) + j] = matrix[i, j];
            }
        }

        return [.. cells, .. Enumerable.Range(0, Classes * Classes).Select(i => m.Counts[i]), matrix.GetLength(0)];
    }

    public override double[] Approximate(ConfusionMatrix m) => [];
}

internal sealed class LogProbDriver : MetricDriver<LogProb>
{
    private const int Classes = 4;

    public override LogProb Create() => new();

    public override Batch Generate(Random rng, int rows)
    {
        var counts = rng.Integers(rows * Classes, 0, 3);
        var logits = rng.Normals(rows * Classes, 0, 2);
        return new Batch(rows, Classes, Classes, counts, logits);
    }

    public override LogProb Update(LogProb m, Batch b, bool[]? mask, double[]? weights) =>
        m.Update(b.LabelRows, b.PredictionRows, mask, weights);

    public override double[] Exact(LogProb m) => [m.Count];

    public override double[] Approximate(LogProb m) => [m.Total, m.Compute()];
}

// ---------------------------------------------------------------------- regression

internal abstract class RegressionDriver<TM> : MetricDriver<TM>
    where TM : struct, IMetric<TM>
{
    /// <summary>Non-negative targets and predictions, so that the log variants are defined.</summary>
    public override Batch Generate(Random rng, int rows)
    {
        var targets = rng.Uniforms(rows, 0, 10);
        var predictions = targets.Select(t => Math.Max(0, t + rng.Normal())).ToArray();
        return Pairs(targets, predictions);
    }
}

internal sealed class LpErrorDriver : RegressionDriver<LpError>
{
    public override LpError Create() => new(p: 3, norm: true, transform: LpTransform.Log1P);

    public override LpError? CreateOther() => new(p: 3, norm: false, transform: LpTransform.Log1P);

    public override LpError Update(LpError m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Labels, b.Predictions, mask, weights);

    public override double[] Exact(LpError m) => [m.Count];

    public override double[] Approximate(LpError m) => [m.Total, m.Compute()];
}

internal sealed class MeanAbsoluteErrorDriver : RegressionDriver<MeanAbsoluteError>
{
    public override MeanAbsoluteError Create() => new();

    public override MeanAbsoluteError Update(MeanAbsoluteError m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Labels, b.Predictions, mask, weights);

    public override double[] Exact(MeanAbsoluteError m) => [m.Count];

    public override double[] Approximate(MeanAbsoluteError m) => [m.AbsoluteError, m.Compute()];
}

internal sealed class MeanSquaredErrorDriver : RegressionDriver<MeanSquaredError>
{
    public override MeanSquaredError Create() => new();

    public override MeanSquaredError Update(MeanSquaredError m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Labels, b.Predictions, mask, weights);

    public override double[] Exact(MeanSquaredError m) => [m.Count];

    public override double[] Approximate(MeanSquaredError m) => [m.SquaredError, m.Compute()];
}

internal sealed class RootMeanSquaredErrorDriver : RegressionDriver<RootMeanSquaredError>
{
    public override RootMeanSquaredError Create() => new();

    public override RootMeanSquaredError Update(RootMeanSquaredError m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Labels, b.Predictions, mask, weights);

    public override double[] Exact(RootMeanSquaredError m) => [m.Count];

    public override double[] Approximate(RootMeanSquaredError m) => [m.SquaredError, m.Compute()];
}

internal sealed class MeanSquaredLogErrorDriver : RegressionDriver<MeanSquaredLogError>, IMetricDriver
{
    bool IMetricDriver.LaneIndependent => false;

    public override MeanSquaredLogError Create() => new();

    public override MeanSquaredLogError Update(MeanSquaredLogError m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Labels, b.Predictions, mask, weights);

    public override double[] Exact(MeanSquaredLogError m) => [m.Count];

    public override double[] Approximate(MeanSquaredLogError m) => [m.SquaredLogError, m.Compute()];
}

internal sealed class RootMeanSquaredLogErrorDriver : RegressionDriver<RootMeanSquaredLogError>, IMetricDriver
{
    bool IMetricDriver.LaneIndependent => false;

    public override RootMeanSquaredLogError Create() => new();

    public override RootMeanSquaredLogError Update(RootMeanSquaredLogError m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Labels, b.Predictions, mask, weights);

    public override double[] Exact(RootMeanSquaredLogError m) => [m.Count];

    public override double[] Approximate(RootMeanSquaredLogError m) => [m.SquaredLogError, m.Compute()];
}

// ---------------------------------------------------------------------- custom metrics

internal sealed class HuberLossDriver : RegressionDriver<HuberLoss>
{
    public override HuberLoss Create() => new(delta: 0.75);

    public override HuberLoss? CreateOther() => new();

    public override HuberLoss Update(HuberLoss m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Labels, b.Predictions, mask, weights);

    public override double[] Exact(HuberLoss m) => [m.Count];

    public override double[] Approximate(HuberLoss m) => [m.Total, m.Compute()];
}

internal sealed class TopOneHitRateDriver : MetricDriver<TopOneHitRate>
{
    private const int Classes = 5;

    public override TopOneHitRate Create() => new();

    public override Batch Generate(Random rng, int rows)
    {
        var labels = rng.Integers(rows, 0, Classes);
        var scores = rng.Integers(rows * Classes, 0, 4); // small integers: many ties for the top
        return new Batch(rows, 1, Classes, labels, scores);
    }

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) =>
        batch.Poison(rows, outOfRange ? Classes : null, double.NaN);

    public override TopOneHitRate Update(TopOneHitRate m, Batch b, bool[]? mask, double[]? weights) =>
        m.Update(b.IntLabels, b.PredictionRows, mask, weights);

    public override double[] Exact(TopOneHitRate m) => [m.Hits, m.Count, m.Compute()];

    public override double[] Approximate(TopOneHitRate m) => [];
}
