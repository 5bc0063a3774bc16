using System;
using System.Collections.Generic;
using System.Linq;

namespace Metrics.Serialization.Tests.Json;

/// <summary>
/// Every registered built-in a batch can carry, with parameters and two realistic batches (the second masked and
/// weighted), so that its state holds data of every kind it has: sums, counts, cells, samples.
/// </summary>
internal static class BuiltInStates
{
    private const int Rows = 40;

    /// <summary>The identifiers, arguments and batch kinds.</summary>
    public static readonly (string Identifier, Dictionary<string, object?> Arguments, Kind Batch)[] Table =
    [
        ("mean", Args(), Kind.Values),
        ("sum", Args(), Kind.Values),
        ("min", Args(), Kind.Values),
        ("max", Args(), Kind.Values),
        ("welford", Args(), Kind.Values),
        ("accuracy", Args(("threshold", 0.3)), Kind.Binary),
        ("precision", Args(("threshold", 0.25)), Kind.Binary),
        ("recall", Args(), Kind.Binary),
        ("f1_score", Args(), Kind.Binary),
        ("binary_counts", Args(), Kind.Binary),
        ("log_prob", Args(), Kind.OneHotRows),
        ("binary_accuracy", Args(), Kind.Binary),
        ("exact_match_accuracy", Args(), Kind.Classes),
        ("categorical_accuracy", Args(), Kind.OneHotRows),
        ("sparse_categorical_accuracy", Args(), Kind.SparseRows),
        ("top_k_categorical_accuracy", Args(("k", 2)), Kind.OneHotRows),
        ("sparse_top_k_categorical_accuracy", Args(("k", 2)), Kind.SparseRows),
        ("sparse_top_k_sorted_ids_accuracy", Args(("k", 2)), Kind.SortedIds),
        ("binary_crossentropy", Args(("label_smoothing", 0.1)), Kind.Binary),
        ("categorical_crossentropy", Args(), Kind.ProbabilityRows),
        ("sparse_categorical_crossentropy", Args(), Kind.SparseRows),
        ("kl_divergence", Args(), Kind.ProbabilityRows),
        ("poisson", Args(), Kind.Regression),
        ("hinge", Args(), Kind.Binary),
        ("squared_hinge", Args(), Kind.Binary),
        ("categorical_hinge", Args(), Kind.OneHotRows),
        ("true_positives", Args(("thresholds", new[] { 0.2, 0.6 })), Kind.Binary),
        ("false_positives", Args(("thresholds", new[] { 0.3 })), Kind.Binary),
        ("true_negatives", Args(("thresholds", new[] { 0.1, 0.9 })), Kind.Binary),
        ("false_negatives", Args(("thresholds", new[] { 0.25, 0.5, 0.75 })), Kind.Binary),
        ("precision_at_thresholds", Args(("thresholds", new[] { 0.3, 0.6 })), Kind.Binary),
        ("recall_at_thresholds", Args(("thresholds", new[] { 0.4 })), Kind.Binary),
        ("top_k_precision", Args(("k", 2)), Kind.MultiLabelRows),
        ("top_k_recall", Args(("k", 2)), Kind.MultiLabelRows),
        ("multiclass_precision", Args(("num_classes", 3)), Kind.SparseRows),
        ("multiclass_recall", Args(("num_classes", 3), ("average", "micro")), Kind.SparseRows),
        ("f_beta_score", Args(("num_classes", 3), ("beta", 0.5)), Kind.SparseRows),
        ("multi_label_f_beta_score", Args(("num_labels", 3), ("threshold", 0.5)), Kind.MultiLabelRows),
        ("multi_label_counts", Args(("num_labels", 3)), Kind.MultiLabelRows),
        ("multi_label_precision", Args(("num_labels", 3), ("average", "samples")), Kind.MultiLabelRows),
        ("multi_label_recall", Args(("num_labels", 3)), Kind.MultiLabelRows),
        ("multi_label_jaccard", Args(("num_labels", 3)), Kind.MultiLabelRows),
        ("multi_label_exact_match", Args(("num_labels", 3)), Kind.MultiLabelRows),
        ("hamming_loss", Args(("num_labels", 3)), Kind.MultiLabelRows),
        ("label_ranking_average_precision", Args(), Kind.MultiLabelRows),
        ("coverage_error", Args(), Kind.MultiLabelRows),
        ("label_ranking_loss", Args(), Kind.MultiLabelRows),
        ("multi_label_average_precision", Args(), Kind.MultiLabelRows),
        ("one_vs_rest_average_precision", Args(), Kind.SparseRows),
        ("binary_f_beta_score", Args(("threshold", 0.5)), Kind.Binary),
        ("log_loss", Args(), Kind.Binary),
        ("row_lp_error", Args(("p", 2.0)), Kind.ProbabilityRows),
        ("matthews_correlation", Args(("num_classes", 3)), Kind.Classes),
        ("cohen_kappa", Args(("num_classes", 3), ("weighting", "linear")), Kind.Classes),
        ("balanced_accuracy", Args(("num_classes", 3)), Kind.Classes),
        ("io_u", Args(("num_classes", 3), ("target_class_ids", new[] { 0, 2 })), Kind.Classes),
        ("mean_io_u", Args(("num_classes", 3)), Kind.Classes),
        ("binary_io_u", Args(), Kind.Binary),
        ("one_hot_io_u", Args(("num_classes", 3), ("target_class_ids", new[] { 1 })), Kind.OneHotRows),
        ("one_hot_mean_io_u", Args(("num_classes", 3)), Kind.OneHotRows),
        ("auc", Args(("num_thresholds", 50)), Kind.Binary),
        ("histogram_roc_auc", Args(("bits", 9)), Kind.Binary),
        ("exact_auc", Args(), Kind.Binary),
        ("average_precision", Args(), Kind.Binary),
        ("one_vs_rest_auc", Args(), Kind.SparseRows),
        ("one_vs_one_auc", Args(("average", "weighted")), Kind.SparseRows),
        ("partial_roc_auc", Args(("max_fpr", 0.3)), Kind.Binary),
        ("multi_label_auc", Args(), Kind.MultiLabelRows),
        ("multi_label_binned_auc", Args(("num_labels", 3), ("num_thresholds", 20)), Kind.MultiLabelRows),
        ("precision_at_recall", Args(("recall", 0.5)), Kind.Binary),
        ("recall_at_precision", Args(("precision", 0.5)), Kind.Binary),
        ("sensitivity_at_specificity", Args(("specificity", 0.5)), Kind.Binary),
        ("specificity_at_sensitivity", Args(("sensitivity", 0.5)), Kind.Binary),
        ("confusion_matrix", Args(("num_classes", 3)), Kind.Classes),
        ("brier_score", Args(), Kind.Binary),
        ("calibration_error", Args(("num_bins", 4), ("norm", "l2")), Kind.Binary),
        ("calibration_curve", Args(("num_bins", 4)), Kind.Binary),
        ("lp_error", Args(("p", 3.0)), Kind.Regression),
        ("mae", Args(), Kind.Regression),
        ("mse", Args(), Kind.Regression),
        ("rmse", Args(), Kind.Regression),
        ("msle", Args(), Kind.Regression),
        ("rmsle", Args(), Kind.Regression),
        ("mape", Args(), Kind.Regression),
        ("huber", Args(("delta", 0.5)), Kind.Regression),
        ("logcosh", Args(), Kind.Regression),
        ("cosine", Args(), Kind.ProbabilityRows),
        ("r2", Args(("num_regressors", 1)), Kind.Regression),
        ("multi_output_r2_score", Args(("num_regressors", 1)), Kind.ProbabilityRows),
        ("explained_variance", Args(), Kind.Regression),
        ("pearson", Args(), Kind.Regression),
        ("ccc", Args(), Kind.Regression),
        ("row_pearson_correlation", Args(), Kind.ProbabilityRows),
        ("row_concordance_correlation", Args(), Kind.ProbabilityRows),
        ("precision_at_k", Args(("k", 2)), Kind.RelevanceRows),
        ("recall_at_k", Args(("k", 2)), Kind.RelevanceRows),
        ("mrr", Args(), Kind.RelevanceRows),
        ("map", Args(), Kind.RelevanceRows),
        ("ndcg", Args(), Kind.RelevanceRows),
        ("dcg", Args(), Kind.RelevanceRows),
        ("mean_pinball_loss", Args(("alpha", 0.9)), Kind.Regression),
        ("smape", Args(), Kind.Regression),
        ("wmape", Args(), Kind.Regression),
        ("mean_tweedie_deviance", Args(("power", 1.5)), Kind.Regression),
        ("d2_tweedie_score", Args(("power", 2.0)), Kind.Regression),
        ("d2_pinball_score", Args(("alpha", 0.25)), Kind.Regression),
        ("median_absolute_error", Args(), Kind.Regression),
        ("max_error", Args(), Kind.Regression),
        ("spearman", Args(), Kind.Regression),
        ("kendall_tau", Args(), Kind.Regression),
        ("multiclass_hinge", Args(), Kind.SparseRows),
        ("retrieval_items", Args(), Kind.RetrievalItems),
        ("retrieval_map", Args(("top_k", 2)), Kind.RetrievalItems),
        ("retrieval_mrr", Args(), Kind.RetrievalItems),
        ("retrieval_precision", Args(("top_k", 2), ("adaptive_k", true)), Kind.RetrievalItems),
        ("retrieval_recall", Args(("top_k", 2)), Kind.RetrievalItems),
        ("retrieval_normalized_dcg", Args(("ignore_index", 2)), Kind.RetrievalItems),
        ("retrieval_hit_rate", Args(("top_k", 1)), Kind.RetrievalItems),
        ("retrieval_r_precision", Args(("empty_target_action", "skip")), Kind.RetrievalItems),
        ("retrieval_fall_out", Args(("top_k", 2)), Kind.RetrievalItems),
    ];

    /// <summary>What a metric's batches hold.</summary>
    public enum Kind
    {
        Values,
        Binary,
        Regression,
        Classes,
        SparseRows,
        OneHotRows,
        MultiLabelRows,
        ProbabilityRows,
        RelevanceRows,
        SortedIds,
        RetrievalItems,
    }

    /// <summary>The metric, updated with two batches of its kind (the second masked and weighted).</summary>
    public static IMetricInstance Updated(string identifier, Dictionary<string, object?> arguments, Kind kind)
    {
        var metric = MetricRegistry.Create(identifier, arguments);
        var rng = new Random(identifier.Length * 7919 + identifier[0]);
        metric.Update(Batch(kind, rng));
        var second = Batch(kind, rng);
        var rows = second.Columns == 0 ? second.Predictions.Length : second.Predictions.Length / second.Columns;
        var mask = Enumerable.Range(0, rows).Select(_ => rng.NextDouble() < 0.8).ToArray();
        var weights = Enumerable.Range(0, rows).Select(_ => 0.25 + (rng.NextDouble() * 2)).ToArray();
        metric.Update(second.WithMask(mask).WithWeights(weights));
        return metric;
    }

    private static MetricBatch Batch(Kind kind, Random rng)
    {
        switch (kind)
        {
            case Kind.Values:
                return new MetricBatch([], Reals(rng, Rows, -5, 5));
            case Kind.Binary:
                return new MetricBatch(Ints(rng, Rows, 2), Reals(rng, Rows, 0, 1));
            case Kind.Regression:
                return new MetricBatch(Reals(rng, Rows, 0.5, 10), Reals(rng, Rows, 0.5, 10));
            case Kind.Classes:
                return new MetricBatch(Ints(rng, Rows, 3), Ints(rng, Rows, 3));
            case Kind.SparseRows:
                return new MetricBatch(Ints(rng, Rows, 3), Reals(rng, Rows * 3, 0, 1), 3);
            case Kind.OneHotRows:
                return new MetricBatch(Ints(rng, Rows, 3).SelectMany(c => Enumerable.Range(0, 3).Select(j => j == (int)c ? 1.0 : 0.0)).ToArray(), Reals(rng, Rows * 3, 0, 1), 3);
            case Kind.MultiLabelRows:
                return new MetricBatch(Ints(rng, Rows * 3, 2), Reals(rng, Rows * 3, 0, 1), 3);
            case Kind.ProbabilityRows:
                return new MetricBatch(Normalized(Reals(rng, Rows * 3, 0.05, 1)), Normalized(Reals(rng, Rows * 3, 0.05, 1)), 3);
            case Kind.RelevanceRows:
                return new MetricBatch(Ints(rng, Rows * 3, 3), Reals(rng, Rows * 3, 0, 1), 3);
            case Kind.RetrievalItems:
                return new MetricBatch(Ints(rng, Rows, 3), RetrievalItems.Rows(Reals(rng, Rows, 0, 1), Ints(rng, Rows, 3)), 2);
            default:
                var ids = Enumerable.Range(0, Rows).SelectMany(_ => new[] { 0.0, 1.0, 2.0 }.OrderBy(_ => rng.Next()).ToArray()).ToArray();
                return new MetricBatch(Ints(rng, Rows, 3), ids, 3);
        }
    }

    private static double[] Reals(Random rng, int count, double low, double high) =>
        Enumerable.Range(0, count).Select(_ => low + (rng.NextDouble() * (high - low))).ToArray();

    private static double[] Ints(Random rng, int count, int classes) =>
        Enumerable.Range(0, count).Select(_ => (double)rng.Next(classes)).ToArray();

    // Rows of 3 that sum to 1.
    private static double[] Normalized(double[] values)
    {
        for (var row = 0; row < values.Length; row += 3)
        {
            var sum = values[row] + values[row + 1] + values[row + 2];
            for (var j = 0; j < 3; j++)
            {
                values[row + j] /= sum;
            }
        }

        return values;
    }

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] arguments) =>
        arguments.ToDictionary(a => a.Name, a => a.Value);
}
