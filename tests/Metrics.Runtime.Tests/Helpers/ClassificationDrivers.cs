using System;
using System.Collections.Generic;
using System.Linq;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>A driver assembled from delegates, for the many metrics of the classification set.</summary>
internal sealed class DelegateDriver<TM>(
    string name,
    Func<TM> create,
    Func<TM>? other,
    Func<Random, int, Batch> generate,
    Func<TM, Batch, bool[]?, double[]?, TM> update,
    Func<TM, double[]> exact,
    Func<TM, double[]> approximate,
    Func<Batch, bool[], bool, Batch>? poison = null) : MetricDriver<TM>
    where TM : struct, IMetric<TM>
{
    public override string Name => name;

    public override TM Create() => create();

    public override TM? CreateOther() => other is null ? null : other();

    public override Batch Generate(Random rng, int rows) => generate(rng, rows);

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) =>
        poison is null ? base.Poison(batch, rows, outOfRange) : poison(batch, rows, outOfRange);

    public override TM Update(TM metric, Batch batch, bool[]? mask, double[]? weights) => update(metric, batch, mask, weights);

    public override double[] Exact(TM metric) => exact(metric);

    public override double[] Approximate(TM metric) => approximate(metric);
}

/// <summary>Property-test drivers for every metric of the classification set (see <see cref="MetricDrivers"/>).</summary>
internal static class ClassificationDrivers
{
    private const int Classes = 4;

    public static readonly IReadOnlyList<IMetricDriver> All =
    [
        // accuracy family
        new DelegateDriver<BinaryAccuracy>("BinaryAccuracy", () => new(), () => new(threshold: 0.3), Binary,
            (m, b, k, w) => m.Update(b.IntLabels, b.Predictions, k, w), m => [m.Correct, m.Count, m.Compute()], _ => [], PoisonLabels(7)),
        new DelegateDriver<ExactMatchAccuracy>("ExactMatchAccuracy", () => new(), null, ClassIds,
            (m, b, k, w) => m.Update(b.Labels, b.Predictions, k, w), m => [m.Correct, m.Count, m.Compute()], _ => []),
        new DelegateDriver<CategoricalAccuracy>("CategoricalAccuracy", () => new(), null, OneHotRows,
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => [m.Correct, m.Count, m.Compute()], _ => [], PoisonLabels(double.NaN)),
        new DelegateDriver<SparseCategoricalAccuracy>("SparseCategoricalAccuracy", () => new(), null, SparseRows,
            (m, b, k, w) => m.Update(b.IntLabels, b.PredictionRows, k, w), m => [m.Correct, m.Count, m.Compute()], _ => [], PoisonLabels(-1)),
        new DelegateDriver<Accuracy>("Accuracy (Keras shapes, label rows)", () => new() { KerasShapes = true }, () => new(0.3) { KerasShapes = true }, OneHotRows,
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => [m.Correct, m.Count, m.Compute()], _ => [], PoisonLabels(double.NaN)),
        new DelegateDriver<Accuracy>("Accuracy (Keras shapes, rows of one score)", () => new(0.5) { KerasShapes = true }, () => new(0.3) { KerasShapes = true }, Binary,
            (m, b, k, w) => m.Update(b.IntLabels, b.PredictionRows, k, w), m => [m.Correct, m.Count, m.Compute()], _ => [], PoisonLabels(7)),
        new DelegateDriver<MulticlassHinge>("MulticlassHinge", () => new(), null, SparseRows,
            (m, b, k, w) => m.Update(b.IntLabels, b.PredictionRows, k, w), m => [m.Count], m => [m.Total, m.Compute()], PoisonLabels(-1)),
        new DelegateDriver<TopKCategoricalAccuracy>("TopKCategoricalAccuracy", () => new(k: 2), () => new(k: 3), OneHotRows,
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => [m.Correct, m.Count, m.Compute()], _ => [], PoisonLabels(double.NaN)),
        new DelegateDriver<SparseTopKCategoricalAccuracy>("SparseTopKCategoricalAccuracy", () => new(k: 2), () => new(k: 1), SparseRows,
            (m, b, k, w) => m.Update(b.IntLabels, b.PredictionRows, k, w), m => [m.Correct, m.Count, m.Compute()], _ => [], PoisonLabels(Classes + 3)),

        // probabilistic and hinge
        new DelegateDriver<BinaryCrossentropy>("BinaryCrossentropy", () => new(labelSmoothing: 0.1), () => new(fromLogits: true), SoftBinary,
            (m, b, k, w) => m.Update(b.Labels, b.Predictions, k, w), m => [m.Count], m => [m.Total, m.Compute()]),
        new DelegateDriver<CategoricalCrossentropy>("CategoricalCrossentropy", () => new(labelSmoothing: 0.2), () => new(), ProbabilityRowPairs,
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => [m.Count], m => [m.Total, m.Compute()]),
        new DelegateDriver<SparseCategoricalCrossentropy>("SparseCategoricalCrossentropy", () => new(ignoreClass: 1), () => new(fromLogits: true), SparseRows,
            (m, b, k, w) => m.Update(b.IntLabels, b.PredictionRows, k, w), m => [m.Count], m => [m.Total, m.Compute()], PoisonLabels(-5)),
        new DelegateDriver<KLDivergence>("KLDivergence", () => new(), null, ProbabilityRowPairs,
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => [m.Count], m => [m.Total, m.Compute()]),
        new DelegateDriver<Poisson>("Poisson", () => new(), null, Counts,
            (m, b, k, w) => m.Update(b.Labels, b.Predictions, k, w), m => [m.Count], m => [m.Total, m.Compute()]),
        new DelegateDriver<Hinge>("Hinge", () => new(), null, SignedMargins,
            (m, b, k, w) => m.Update(b.Labels, b.Predictions, k, w), m => [m.Count], m => [m.Total, m.Compute()]),
        new DelegateDriver<SquaredHinge>("SquaredHinge", () => new(), null, SignedMargins,
            (m, b, k, w) => m.Update(b.Labels, b.Predictions, k, w), m => [m.Count], m => [m.Total, m.Compute()]),
        new DelegateDriver<CategoricalHinge>("CategoricalHinge", () => new(), null, OneHotRows,
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => [m.Count], m => [m.Total, m.Compute()]),

        // threshold-list confusion counts
        ThresholdDriver("TruePositives", () => new TruePositives(Thresholds), () => new TruePositives(), (m, b, k, w) => m.Update(b.IntLabels, b.Predictions, k, w), m => m.Compute()),
        ThresholdDriver("FalsePositives", () => new FalsePositives(Thresholds), () => new FalsePositives(), (m, b, k, w) => m.Update(b.IntLabels, b.Predictions, k, w), m => m.Compute()),
        ThresholdDriver("TrueNegatives", () => new TrueNegatives(Thresholds), () => new TrueNegatives(), (m, b, k, w) => m.Update(b.IntLabels, b.Predictions, k, w), m => m.Compute()),
        ThresholdDriver("FalseNegatives", () => new FalseNegatives(Thresholds), () => new FalseNegatives(), (m, b, k, w) => m.Update(b.IntLabels, b.Predictions, k, w), m => m.Compute()),
        ThresholdDriver("PrecisionAtThresholds", () => new PrecisionAtThresholds(Thresholds), () => new PrecisionAtThresholds(Thresholds, ZeroDivision.Zero), (m, b, k, w) => m.Update(b.IntLabels, b.Predictions, k, w), m => m.Compute()),
        ThresholdDriver("RecallAtThresholds", () => new RecallAtThresholds(Thresholds), () => new RecallAtThresholds([0.5]), (m, b, k, w) => m.Update(b.IntLabels, b.Predictions, k, w), m => m.Compute()),

        // multi-class confusion matrix family
        ClassDriver("MulticlassPrecision", () => new MulticlassPrecision(Classes), () => new MulticlassPrecision(Classes, AverageMode.Micro), (m, b, k, w) => m.Update(b.IntLabels, b.IntPredictions, k, w), m => m.Confusion.Counts, m => [m.Compute(), .. m.PerClass()]),
        ClassDriver("MulticlassRecall", () => new MulticlassRecall(Classes, AverageMode.Weighted), () => new MulticlassRecall(Classes), (m, b, k, w) => m.Update(b.IntLabels, b.IntPredictions, k, w), m => m.Confusion.Counts, m => [m.Compute(), .. m.PerClass()]),
        ClassDriver("FBetaScore", () => new FBetaScore(Classes, beta: 2), () => new FBetaScore(Classes), (m, b, k, w) => m.Update(b.IntLabels, b.IntPredictions, k, w), m => m.Confusion.Counts, m => [m.Compute(), .. m.PerClass()]),
        ClassDriver("MatthewsCorrelation", () => new MatthewsCorrelation(Classes), () => new MatthewsCorrelation(Classes + 1), (m, b, k, w) => m.Update(b.IntLabels, b.IntPredictions, k, w), m => m.Confusion.Counts, m => [m.Compute()]),
        ClassDriver("CohenKappa", () => new CohenKappa(Classes, KappaWeighting.Quadratic), () => new CohenKappa(Classes), (m, b, k, w) => m.Update(b.IntLabels, b.IntPredictions, k, w), m => m.Confusion.Counts, m => [m.Compute()]),
        ClassDriver("BalancedAccuracy", () => new BalancedAccuracy(Classes), () => new BalancedAccuracy(Classes + 1), (m, b, k, w) => m.Update(b.IntLabels, b.IntPredictions, k, w), m => m.Counts, m => [m.Compute()]),
        ClassDriver("ConfusionMatrix (normalized)", () => new ConfusionMatrix(Classes, ConfusionNormalization.True), () => new ConfusionMatrix(Classes), (m, b, k, w) => m.Update(b.IntLabels, b.IntPredictions, k, w), m => m.Counts, m => m.Compute().Cast<double>().ToArray()),
        ClassDriver("IoU", () => new IoU(Classes, [0, 2], ignoreClass: 3), () => new IoU(Classes, [0, 2]), (m, b, k, w) => m.Update(b.IntLabels, b.IntPredictions, k, w), m => m.Counts, m => [m.Compute(), .. m.PerClass()]),
        ClassDriver("MeanIoU", () => new MeanIoU(Classes), () => new MeanIoU(Classes, ignoreClass: 0), (m, b, k, w) => m.Update(b.IntLabels, b.IntPredictions, k, w), m => m.Counts, m => [m.Compute(), .. m.PerClass()]),
        new DelegateDriver<MeanIoU>("MeanIoU (rows)", () => new(Classes, ignoreClass: 255), () => new(Classes), SparseRows,
            (m, b, k, w) => m.Update(b.IntLabels, b.PredictionRows, k, w), m => Cells(m.Counts, Classes * Classes), m => [m.Compute()], PoisonLabels(-1)),
        new DelegateDriver<OneHotIoU>("OneHotIoU", () => new(Classes, [1, 3]), () => new(Classes, [1]), OneHotRows,
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => Cells(m.Counts, Classes * Classes), m => [m.Compute()], PoisonLabels(double.NaN)),
        new DelegateDriver<OneHotMeanIoU>("OneHotMeanIoU", () => new(Classes, ignoreClass: 2), () => new(Classes), OneHotRows,
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => Cells(m.Counts, Classes * Classes), m => [m.Compute()], PoisonLabels(double.NaN)),
        new DelegateDriver<BinaryIoU>("BinaryIoU", () => new(threshold: 0.4), () => new(targetClassIds: [1]), Binary,
            (m, b, k, w) => m.Update(b.IntLabels, b.Predictions, k, w), m => [m.TrueNegatives, m.FalsePositives, m.FalseNegatives, m.TruePositives], m => [m.Compute()], PoisonLabels(7)),
    ];

    private static readonly ParameterArray<double> Thresholds = [0.7, 0.2, 0.5, 0.2, 0.0];

    private static DelegateDriver<TM> ThresholdDriver<TM>(
        string name, Func<TM> create, Func<TM> other, Func<TM, Batch, bool[]?, double[]?, TM> update, Func<TM, double[]> compute)
        where TM : struct, IMetric<TM> =>
        new(name, create, other, Binary, update,
            m => [.. ((IConfusionCountsMetric)m).ConfusionCounts().SelectMany(c => new[] { c.TruePositives, c.FalsePositives, c.TrueNegatives, c.FalseNegatives })],
            compute, PoisonLabels(7));

    private static DelegateDriver<TM> ClassDriver<TM>(
        string name, Func<TM> create, Func<TM> other, Func<TM, Batch, bool[]?, double[]?, TM> update, Func<TM, SumArray> counts,
        Func<TM, double[]> approximate)
        where TM : struct, IMetric<TM> =>
        new(name, create, other, ClassPairs, update, m => Cells(counts(m), Classes * Classes), approximate,
            (b, rows, outOfRange) => outOfRange ? b.Poison(rows, -2, Classes + 9) : b);

    private static double[] Cells(SumArray counts, int length) => Enumerable.Range(0, length).Select(i => counts[i]).ToArray();

    private static Func<Batch, bool[], bool, Batch> PoisonLabels(double label) =>
        (b, rows, outOfRange) => b.Poison(rows, outOfRange ? label : null, double.NaN);

    /// <summary>0/1 labels with scores on a 0.1 grid in [0, 1] (scores equal to thresholds happen).</summary>
    private static Batch Binary(Random rng, int n)
    {
        var labels = rng.Integers(n, 0, 2);
        return new Batch(n, 1, 1, labels, labels.Select(l => Math.Round(Math.Clamp((l * 0.3) + (rng.NextDouble() * 0.7), 0, 1), 1)).ToArray());
    }

    private static Batch SoftBinary(Random rng, int n) =>
        new(n, 1, 1, rng.Uniforms(n, 0, 1), rng.Uniforms(n, 0.001, 0.999));

    private static Batch ClassIds(Random rng, int n)
    {
        var labels = rng.Integers(n, 0, Classes);
        return new Batch(n, 1, 1, labels, labels.Select(l => rng.NextDouble() < 0.6 ? l : rng.Next(0, Classes)).ToArray());
    }

    private static Batch ClassPairs(Random rng, int n) => ClassIds(rng, n);

    private static Batch Counts(Random rng, int n) =>
        new(n, 1, 1, rng.Integers(n, 0, 5), rng.Uniforms(n, 0.05, 4));

    private static Batch SignedMargins(Random rng, int n)
    {
        var labels = rng.Integers(n, 0, 2).Select(l => l == 1 ? 1.0 : (rng.NextDouble() < 0.5 ? 0.0 : -1.0)).ToArray();
        return new Batch(n, 1, 1, labels, rng.Normals(n, 0, 1.5));
    }

    private static double[] Scores(Random rng, double[] labels)
    {
        var scores = new double[labels.Length * Classes];
        for (var r = 0; r < labels.Length; r++)
        {
            for (var c = 0; c < Classes; c++)
            {
                scores[(r * Classes) + c] = Math.Round(rng.Normal() + (c == (int)labels[r] ? 0.8 : 0), 1);
            }
        }

        return scores;
    }

    private static Batch SparseRows(Random rng, int n)
    {
        var labels = rng.Integers(n, 0, Classes);
        return new Batch(n, 1, Classes, labels, Scores(rng, labels));
    }

    private static Batch OneHotRows(Random rng, int n)
    {
        var labels = rng.Integers(n, 0, Classes);
        var oneHot = new double[n * Classes];
        for (var r = 0; r < n; r++)
        {
            oneHot[(r * Classes) + (int)labels[r]] = 1;
        }

        return new Batch(n, Classes, Classes, oneHot, Scores(rng, labels));
    }

    private static Batch ProbabilityRowPairs(Random rng, int n) =>
        new(n, Classes, Classes, rng.Uniforms(n * Classes, 0, 1), rng.Uniforms(n * Classes, 0.01, 1));
}
