using System;
using System.Collections.Generic;
using System.Linq;
using Metrics;

namespace Metrics.Dsl.Sample;

internal readonly record struct MetricValue(string Name, double Value);

// The metrics of each task. Every list takes an optional mask and optional weights, so that one definition
// serves the plain, the masked, the indexed and the weighted evaluations.
internal static class Evaluations
{
    // The models output logits: positive means "is an eight".
    public const double LogitThreshold = 0.0;

    // The target runs from 25 to 346 and the RMSE is about 58: residuals beyond ~50 are the badly predicted
    // patients, and Huber counts them linearly.
    public const double HuberDelta = 50.0;

    public static MetricValue[] Multiclass(DigitsData digits, bool[]? mask = null)
    {
        var (labels, scores, classes) = (digits.Labels, digits.Scores, digits.Classes);
        return
        [
            new("Accuracy (argmax)", new Accuracy().Update(labels, scores, mask).Compute()),
            new("LogProb (nats/row)", new LogProb().Update(digits.OneHot, scores, mask).Compute()),
            new("SparseTopKCategoricalAccuracy (k = 2)", new SparseTopKCategoricalAccuracy(k: 2).Update(labels, scores, mask).Compute()),
            new("MulticlassPrecision (macro)", new MulticlassPrecision(classes).Update(labels, scores, mask).Compute()),
            new("MulticlassRecall (macro)", new MulticlassRecall(classes).Update(labels, scores, mask).Compute()),
            new("FBetaScore (F1, weighted)", new FBetaScore(classes, average: AverageMode.Weighted).Update(labels, scores, mask).Compute()),
            new("MatthewsCorrelation", new MatthewsCorrelation(classes).Update(labels, scores, mask).Compute()),
            new("CohenKappa (quadratic)", new CohenKappa(classes, KappaWeighting.Quadratic).Update(labels, scores, mask).Compute()),
            new("BalancedAccuracy", new BalancedAccuracy(classes).Update(labels, scores, mask).Compute()),
            new("OneVsRestAuc (macro)", new OneVsRestAuc().Update(labels, scores, mask).Compute()),
            new("MultiLabelFBetaScore (softmax > 0.5, macro)", new MultiLabelFBetaScore(classes, threshold: 0.5).Update(digits.OneHot, digits.Probabilities, mask).Compute()),
        ];
    }

    public static MetricValue[] Binary(DigitsData digits, bool[]? mask = null, double[]? weights = null)
    {
        var (labels, logits) = (digits.IsEight, digits.EightLogits);
        return
        [
            new("Accuracy", new Accuracy(LogitThreshold).Update(labels, logits, mask, weights).Compute()),
            new("Precision", new Precision(LogitThreshold).Update(labels, logits, mask, weights).Compute()),
            new("Recall", new Recall(LogitThreshold).Update(labels, logits, mask, weights).Compute()),
            new("F1Score", new F1Score(LogitThreshold).Update(labels, logits, mask, weights).Compute()),
            new("ExactAuc (ROC)", new ExactAuc().Update(labels, logits, mask, weights).Compute()),
            new("AveragePrecision", new AveragePrecision().Update(labels, logits, mask, weights).Compute()),
        ];
    }

    public static MetricValue[] Regression(DiabetesData diabetes, bool[]? mask = null, double[]? weights = null)
    {
        var (t, p) = (diabetes.Targets, diabetes.Predictions);
        var residuals = new Welford().Update(diabetes.Residuals, mask, weights).Compute();
        return
        [
            new("MAE", new MeanAbsoluteError().Update(t, p, mask, weights).Compute()),
            new("MSE", new MeanSquaredError().Update(t, p, mask, weights).Compute()),
            new("RMSE", new RootMeanSquaredError().Update(t, p, mask, weights).Compute()),
            new("MSLE", new MeanSquaredLogError().Update(t, p, mask, weights).Compute()),
            new("RMSLE", new RootMeanSquaredLogError().Update(t, p, mask, weights).Compute()),
            new("MAPE (%)", new MeanAbsolutePercentageError().Update(t, p, mask, weights).Compute()),
            new("R2Score", new R2Score().Update(t, p, mask, weights).Compute()),
            new("ExplainedVariance", new ExplainedVariance().Update(t, p, mask, weights).Compute()),
            new("PearsonCorrelation", new PearsonCorrelation().Update(t, p, mask, weights).Compute()),
            new("LpError (p = 3)", new LpError(p: 3).Update(t, p, mask, weights).Compute()),
            new($"HuberLoss (delta = {TablePrinter.Count(HuberDelta)})", new HuberLoss(HuberDelta).Update(t, p, mask, weights).Compute()),
            new("residual mean (Welford)", residuals.Mean),
            new("residual sd (Welford)", residuals.StandardDeviation),
            new("residual sem (Welford)", residuals.StandardErrorOfMean),
        ];
    }

    // The correctly classified count of a confusion matrix.
    public static double Diagonal(double[,] matrix) => Enumerable.Range(0, matrix.GetLength(0)).Sum(c => matrix[c, c]);

    // weight = n / (2 · n_class): both classes weigh the same in total, so weighted accuracy is balanced accuracy.
    public static double[] ClassBalanced(int[] labels)
    {
        var positives = labels.Count(label => label == 1);
        var perClass = new[] { labels.Length / (2.0 * (labels.Length - positives)), labels.Length / (2.0 * positives) };
        return Array.ConvertAll(labels, label => perClass[label]);
    }

    // Arbitrary non-uniform weights, only to exercise the weighted path: later folds count less.
    public static double[] ByFold(int[] folds) => Array.ConvertAll(folds, fold => 1.0 / (fold + 1));

    public static double Value(this IEnumerable<MetricValue> values, string name) =>
        values.Single(v => v.Name == name).Value;
}
