using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Metrics.Benchmarks;

/// <summary>
/// The regression and binary-classification reports against ML.NET's evaluators on the same 1M float rows (targets:
/// regression ≥ 50×, binary ≥ 20× with exact AUC, ≥ 200× with binned AUC). The binned AUC, like Keras's, takes the
/// probabilities themselves (its thresholds lie in [0, 1]); everything else takes the centred scores ML.NET sees, which
/// rank the rows as the probabilities do. The binary scores are centred (probability − 0.5) because
/// <c>EvaluateNonCalibrated</c> takes the decisions from a <c>PredictedLabel</c> column, which ML.NET's scorers fill
/// with score &gt; 0; we precompute it the same way (outside the timing) and use our default threshold 0.
/// ML.NET's data views are built once in the setup, outside the timing; BenchmarkDotNet warms each call up in its own
/// process. <see cref="Agreement"/> checks that both sides compute the same values.
/// </summary>
public class MlNetBenchmarks
{
    public const int Rows = 1 << 20;

    private readonly MLContext _ml = new(seed: 0);
    private IDataView _regression = null!;
    private IDataView _binary = null!;
    private float[] _labels = [];
    private float[] _predictions = [];
    private int[] _classes = [];
    private float[] _scores = [];
    private float[] _probabilities = [];

    [GlobalSetup]
    public void Setup()
    {
        var d = BenchData.Create(Rows);
        _labels = d.LabelsF;
        _predictions = d.PredictionsF;
        _classes = d.Classes;
        _probabilities = d.ScoresF;
        _scores = Array.ConvertAll(d.ScoresF, s => s - 0.5f);
        _regression = _ml.Data.LoadFromEnumerable(
            Enumerable.Range(0, Rows).Select(i => new RegressionRow { Label = _labels[i], Score = _predictions[i] }).ToArray());
        _binary = _ml.Data.LoadFromEnumerable(
            Enumerable.Range(0, Rows).Select(i => new BinaryRow { Label = _classes[i] == 1, Score = _scores[i], PredictedLabel = _scores[i] > 0 }).ToArray());
    }

    [Benchmark(Description = "ML.NET Regression.Evaluate")]
    public RegressionMetrics MlNetRegression() => _ml.Regression.Evaluate(_regression, "Label", "Score");

    [Benchmark(Description = "Metrics.Dsl regression report")]
    public RegressionReport OurRegression() => RegressionReport.Of(_labels, _predictions);

    [Benchmark(Description = "Metrics.Dsl regression report, R2 via Welford")]
    public RegressionReport OurRegressionWelford() => RegressionReport.WithWelford(_labels, _predictions);

    [Benchmark(Description = "Metrics.Dsl regression report, built-in R2Score")]
    public RegressionReport OurRegressionR2Score() => RegressionReport.WithR2Score(_labels, _predictions);

    [Benchmark(Description = "ML.NET BinaryClassification.EvaluateNonCalibrated")]
    public BinaryClassificationMetrics MlNetBinary() => _ml.BinaryClassification.EvaluateNonCalibrated(_binary, "Label", "Score");

    [Benchmark(Description = "Metrics.Dsl binary report (no AUC)")]
    public BinaryReport OurBinary() => BinaryReport.Of(_classes, _scores);

    [Benchmark(Description = "Metrics.Dsl binary report + exact AUC")]
    public (BinaryReport Report, double Auc) OurBinaryExactAuc() =>
        (BinaryReport.Of(_classes, _scores), new ExactAuc().Update(_classes, _scores).Compute());

    [Benchmark(Description = "Metrics.Dsl binary report + binned AUC")]
    public (BinaryReport Report, double Auc) OurBinaryBinnedAuc() =>
        (BinaryReport.Of(_classes, _scores), new Auc().Update(_classes, _probabilities).Compute());

    /// <summary>One ML.NET regression row.</summary>
    public sealed class RegressionRow
    {
        public float Label { get; set; }

        public float Score { get; set; }
    }

    /// <summary>One ML.NET binary-classification row.</summary>
    public sealed class BinaryRow
    {
        public bool Label { get; set; }

        public float Score { get; set; }

        /// <summary>What an ML.NET scorer emits beside the score (score &gt; 0); the evaluator requires the column.</summary>
        public bool PredictedLabel { get; set; }
    }
}

/// <summary>
/// MAE, MSE, RMSE and R² = 1 − MSE / Var(labels), the population variance the stable two-pass way: the mean with
/// <see cref="Average"/>, then everything else in one pass of the custom <see cref="RegressionMoments"/>. <see cref="WithWelford"/> takes the variance
/// from the built-in <see cref="Welford"/> instead, and <see cref="WithR2Score"/> takes R² from the built-in
/// <see cref="R2Score"/> (both vectorized with one Welford state per lane, their user merge translated lane-wise).
/// </summary>
public readonly record struct RegressionReport(double MeanAbsoluteError, double MeanSquaredError, double RootMeanSquaredError, double R2)
{
    public static RegressionReport Of(float[] labels, float[] predictions)
    {
        var mean = new Average().Update(labels).Compute();
        var m = new RegressionMoments(mean).Update(labels, predictions);
        var mse = m.SquaredError / m.Count;
        return new(m.AbsoluteError / m.Count, mse, Math.Sqrt(mse), 1 - (m.SquaredError / m.SquaredDeviation));
    }

    public static RegressionReport WithWelford(float[] labels, float[] predictions) =>
        From(labels, predictions, new Welford().Update(labels).Compute().Variance);

    public static RegressionReport WithR2Score(float[] labels, float[] predictions)
    {
        var mae = new MeanAbsoluteError().Update(labels, predictions).Compute();
        var mse = new MeanSquaredError().Update(labels, predictions).Compute();
        return new(mae, mse, Math.Sqrt(mse), new R2Score().Update(labels, predictions).Compute());
    }

    private static RegressionReport From(float[] labels, float[] predictions, double variance)
    {
        var mae = new MeanAbsoluteError().Update(labels, predictions).Compute();
        var mse = new MeanSquaredError().Update(labels, predictions).Compute();
        return new(mae, mse, Math.Sqrt(mse), 1 - (mse / variance));
    }
}

/// <summary>Accuracy, precision, recall and F1 at threshold 0, from one pass of the built-in <see cref="BinaryCounts"/>.</summary>
public readonly record struct BinaryReport(double Accuracy, double Precision, double Recall, double F1)
{
    public static BinaryReport Of(int[] classes, float[] scores)
    {
        var counts = new BinaryCounts().Update(classes, scores).Compute();
        return new(counts.Accuracy(), counts.Precision(), counts.Recall(), counts.FBeta());
    }
}
