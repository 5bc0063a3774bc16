using System;
using System.Collections.Generic;
using System.Linq;

namespace Metrics.Serialization.Tests.Binary;

/// <summary>
/// Every registered built-in, fed through the registry's untyped batches (the dot-product ranking metrics through their
/// typed update). <c>BinaryRoundTripTests.EveryRegisteredBuiltInIsCovered</c> fails when a registered metric is missing.
/// </summary>
public static class BuiltInCases
{
    private static readonly double[] BinaryLabels = [0, 1, 1, 0, 1, 0];
    private static readonly double[] Probabilities = [0.1, 0.8, 0.4, 0.6, 0.9, 0.2];
    private static readonly double[] RealLabels = [1, 2.5, 3, 4.5, 0.5, 2];
    private static readonly double[] RealPredictions = [1.2, 2, 3.3, 4, 1, 2.25];
    private static readonly double[] ClassLabels = [0, 2, 1, 1, 0, 3];
    private static readonly double[] ClassPredictions = [0, 2, 2, 1, 1, 3];
    private static readonly double[] RowLabels = [0, 2, 1, 1];
    private static readonly double[] ScoreRows = [0.7, 0.2, 0.1, 0.1, 0.3, 0.6, 0.2, 0.5, 0.3, 0.3, 0.4, 0.3];
    private static readonly double[] OneHotRows = [1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 0];
    private static readonly double[] MultiLabelRows = [1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 1];
    private static readonly double[] ProbabilityRows = [0.6, 0.3, 0.1, 0.2, 0.2, 0.6, 0.1, 0.8, 0.1, 0.3, 0.3, 0.4];
    private static readonly double[] RelevanceRows = [1, 0, 0, 0, 2, 1, 0, 0, 1, 1, 1, 0];
    private static readonly double[] SortedIdRows = [0, 1, 2, 2, 0, 1, 0, 2, 1, 1, 0, 2];

    /// <summary>The cases, in registration order.</summary>
    public static IReadOnlyList<BuiltInCase> All { get; } = Build();

    /// <summary>The cases as xUnit member data.</summary>
    public static IEnumerable<object[]> Data => All.Select(c => new object[] { c.Name });

    /// <summary>The case named <paramref name="name"/>.</summary>
    public static BuiltInCase Get(string name) => All.Single(c => c.Name == name);

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] arguments) =>
        arguments.ToDictionary(a => a.Name, a => a.Value);

    private static (double[] Labels, double[] Predictions, int Columns) Values() => ([], [1, 2.5, -3, 4, 0.1, 7], 0);

    private static (double[], double[], int) Binary() => (BinaryLabels, Probabilities, 0);

    private static (double[], double[], int) Regression() => (RealLabels, RealPredictions, 0);

    private static (double[], double[], int) Classes() => (ClassLabels, ClassPredictions, 0);

    private static (double[], double[], int) Rows() => (RowLabels, ScoreRows, 3);

    private static (double[], double[], int) RowPairs(double[] labels) => (labels, ScoreRows, 3);

    private static IMetricInstance Feed(string identifier, Dictionary<string, object?> arguments, (double[] Labels, double[] Predictions, int Columns) batch)
    {
        var instance = MetricRegistry.Create(identifier, arguments);
        instance.Update(new MetricBatch(batch.Labels, batch.Predictions, batch.Columns));
        var rows = batch.Columns == 0 ? batch.Predictions.Length : batch.Predictions.Length / batch.Columns;
        var weights = Enumerable.Range(0, rows).Select(i => 0.5 + (0.25 * i)).ToArray();
        var mask = Enumerable.Range(0, rows).Select(i => i != 1).ToArray();
        instance.Update(new MetricBatch(batch.Labels, batch.Predictions, batch.Columns).WithMask(mask).WithWeights(weights));
        return instance;
    }

    private static object DotProduct<TMetric>(string identifier, Func<TMetric, TMetric> first, Func<TMetric, TMetric> second)
        where TMetric : struct, IMetric<TMetric> =>
        second(first(MetricRegistry.Create<TMetric>(identifier, Args(("k", 2)))));

    private static List<BuiltInCase> Build()
    {
        var none = Args();
        var classes = Args(("num_classes", 4));
        var k = Args(("k", 2));
        var thresholds = Args(("thresholds", new[] { 0.3, 0.5, 0.7 }));
        var list = new List<BuiltInCase>();
        void Add(string identifier, Dictionary<string, object?> arguments, (double[], double[], int) batch, string? name = null) =>
            list.Add(new BuiltInCase(name ?? identifier, () => Feed(identifier, arguments, batch).State, () => Feed(identifier, arguments, batch)));

        Add("mean", none, Values());
        Add("sum", none, Values());
        Add("min", none, Values());
        Add("max", none, Values());
        Add("welford", none, Values());
        Add("accuracy", Args(("threshold", 0.3)), Binary());
        Add("precision", Args(("threshold", 0.3)), Binary());
        Add("recall", Args(("threshold", 0.3)), Binary());
        Add("f1_score", Args(("threshold", 0.3)), Binary());
        Add("binary_counts", Args(("threshold", 0.3)), Binary());
        Add("log_prob", none, RowPairs(OneHotRows));
        Add("binary_accuracy", Args(("threshold", 0.3)), Binary());
        Add("ExactMatchAccuracy", none, Classes());
        Add("categorical_accuracy", none, RowPairs(OneHotRows));
        Add("sparse_categorical_accuracy", none, Rows());
        Add("top_k_categorical_accuracy", k, RowPairs(OneHotRows));
        Add("sparse_top_k_categorical_accuracy", k, Rows());
        Add("sparse_top_k_sorted_ids_accuracy", k, (RowLabels, SortedIdRows, 3));
        Add("bce", Args(("from_logits", true)), Binary());
        Add("categorical_crossentropy", Args(("from_logits", true)), RowPairs(ProbabilityRows));
        Add("sparse_categorical_crossentropy", Args(("from_logits", true)), Rows());
        Add("kld", none, RowPairs(ProbabilityRows));
        Add("poisson", none, Regression());
        Add("hinge", none, Binary());
        Add("squared_hinge", none, Binary());
        Add("categorical_hinge", none, RowPairs(OneHotRows));
        Add("true_positives", thresholds, Binary());
        Add("false_positives", thresholds, Binary());
        Add("true_negatives", thresholds, Binary());
        Add("false_negatives", thresholds, Binary());
        Add("precision_at_thresholds", thresholds, Binary());
        Add("recall_at_thresholds", thresholds, Binary());
        Add("top_k_precision", k, RowPairs(MultiLabelRows));
        Add("top_k_recall", k, RowPairs(MultiLabelRows));
        Add("multiclass_precision", Args(("num_classes", 3)), Rows());
        Add("multiclass_recall", Args(("num_classes", 3)), RowPairs(OneHotRows));
        Add("f_beta_score", Args(("num_classes", 3), ("beta", 2.0)), Rows());
        Add("multi_label_f_beta_score", Args(("num_labels", 3), ("threshold", 0.4)), RowPairs(MultiLabelRows));
        Add("multi_label_counts", Args(("num_labels", 3)), RowPairs(MultiLabelRows));
        Add("multi_label_precision", Args(("num_labels", 3), ("average", "samples")), RowPairs(MultiLabelRows));
        Add("multi_label_recall", Args(("num_labels", 3), ("all_labels", true)), RowPairs(MultiLabelRows));
        Add("multi_label_jaccard", Args(("num_labels", 3)), RowPairs(MultiLabelRows));
        Add("subset_accuracy", Args(("num_labels", 3), ("threshold", 0.4)), RowPairs(MultiLabelRows));
        Add("hamming_loss", Args(("num_labels", 3)), RowPairs(MultiLabelRows));
        Add("lrap", none, RowPairs(MultiLabelRows));
        Add("coverage_error", none, RowPairs(MultiLabelRows));
        Add("label_ranking_loss", none, RowPairs(MultiLabelRows));
        Add("multi_label_average_precision", Args(("zero_division", "zero")), RowPairs(MultiLabelRows));
        Add("one_vs_rest_average_precision", Args(("average", "weighted")), Rows());
        Add("binary_f_beta_score", Args(("beta", 2.0), ("threshold", 0.5)), Binary());
        Add("log_loss", Args(("num_classes", 3)), Rows());
        Add("row_lp_error", Args(("p", 2.0)), RowPairs(ProbabilityRows));
        Add("mcc", classes, Classes());
        Add("cohen_kappa", classes, Classes());
        Add("balanced_accuracy", classes, Classes());
        Add("io_u", Args(("num_classes", 4), ("target_class_ids", new[] { 0, 2 })), Classes());
        Add("mean_io_u", classes, Classes());
        Add("binary_io_u", Args(("threshold", 0.3)), Binary());
        Add("one_hot_io_u", Args(("num_classes", 3), ("target_class_ids", new[] { 2 })), RowPairs(OneHotRows));
        Add("one_hot_mean_io_u", Args(("num_classes", 3), ("ignore_class", 0)), RowPairs(OneHotRows));
        Add("auc", Args(("num_thresholds", 50), ("curve", "precision_recall")), Binary());
        Add("auc", Args(("thresholds", new[] { 0.25, 0.5, 0.75 })), Binary(), "auc with thresholds");
        Add("histogram_roc_auc", Args(("bits", 10)), Binary());
        Add("roc_auc", Args(("curve", "precision_recall")), Binary());
        Add("average_precision", Args(("zero_division", "zero")), Binary());
        Add("one_vs_rest_auc", Args(("zero_division", "zero")), Rows());
        Add("one_vs_one_auc", Args(("zero_division", "zero")), Rows());
        Add("partial_roc_auc", Args(("max_fpr", 0.5)), Binary());
        Add("multi_label_auc", Args(("zero_division", "zero")), RowPairs(MultiLabelRows));
        Add("multi_label_binned_auc", Args(("num_labels", 3), ("num_thresholds", 50)), RowPairs(MultiLabelRows));
        Add("precision_at_recall", Args(("recall", 0.7)), Binary());
        Add("recall_at_precision", Args(("precision", 0.7)), Binary());
        Add("sensitivity_at_specificity", Args(("specificity", 0.7)), Binary());
        Add("specificity_at_sensitivity", Args(("sensitivity", 0.7)), Binary());
        Add("confusion_matrix", classes, Classes());
        Add("brier_score", none, Binary());
        Add("brier_score", none, Rows(), "brier_score of rows");
        Add("calibration_error", Args(("num_bins", 4), ("norm", "l2")), Binary());
        Add("calibration_error", Args(("norm", "max")), Rows(), "calibration_error of rows");
        Add("calibration_curve", Args(("num_bins", 4)), Binary());
        Add("lp_error", Args(("p", 3.0)), Regression());
        Add("mae", none, Regression());
        Add("mse", none, Regression());
        Add("rmse", none, Regression());
        Add("msle", none, Regression());
        Add("rmsle", none, Regression());
        Add("mape", none, Regression());
        Add("huber", Args(("delta", 2.0)), Regression());
        Add("logcosh", none, Regression());
        Add("cosine", none, RowPairs(ProbabilityRows));
        Add("r2", Args(("num_regressors", 1)), Regression());
        Add("multi_output_r2_score", Args(("num_regressors", 1)), RowPairs(ProbabilityRows));
        Add("explained_variance", none, Regression());
        Add("pearson", none, Regression());
        Add("ccc", none, Regression());
        Add("mean_pinball_loss", Args(("alpha", 0.9)), Regression());
        Add("smape", none, Regression());
        Add("wmape", none, Regression());
        Add("mean_tweedie_deviance", Args(("power", 1.5)), Regression());
        Add("d2_tweedie_score", Args(("power", 2.0)), Regression());
        Add("d2_pinball_score", Args(("alpha", 0.25), ("quantile", "weighted_lower")), Regression());
        Add("median_absolute_error", none, Regression());
        Add("max_error", none, Regression());
        Add("spearman", none, Regression());
        Add("kendall_tau", none, Regression());
        Add("multiclass_hinge", none, Rows());
        Add("row_pearson_correlation", none, RowPairs(ProbabilityRows));
        Add("row_concordance_correlation", Args(("epsilon", 0.1)), RowPairs(ProbabilityRows));
        Add("precision_at_k", k, RowPairs(RelevanceRows));
        Add("recall_at_k", k, RowPairs(RelevanceRows));
        Add("mrr", k, RowPairs(RelevanceRows));
        Add("map", k, RowPairs(RelevanceRows));
        Add("ndcg", k, RowPairs(RelevanceRows));
        Add("dcg", k, RowPairs(RelevanceRows));
        var retrievalItems = (ClassLabels, RetrievalItems.Rows(Probabilities, ClassPredictions), 2);
        Add("retrieval_items", none, retrievalItems);
        Add("retrieval_map", Args(("top_k", 2)), retrievalItems);
        Add("retrieval_mrr", none, retrievalItems);
        Add("retrieval_precision", Args(("top_k", 2), ("adaptive_k", true)), retrievalItems);
        Add("retrieval_recall", Args(("top_k", 2)), retrievalItems);
        Add("retrieval_normalized_dcg", Args(("ignore_index", 3)), retrievalItems);
        Add("retrieval_hit_rate", Args(("top_k", 1)), retrievalItems);
        Add("retrieval_r_precision", Args(("empty_target_action", "skip")), retrievalItems);
        Add("retrieval_fall_out", Args(("top_k", 2)), retrievalItems);

        // 2 queries of 2 features, 3 candidates each among 3 keys; the second batch weighted.
        double[] labels = [1, 0, 1, 0, 1, 0];
        double[] queries = [1, 0, 0.5, 1];
        double[] keys = [0.9, 0.1, 0.2, 0.8, 0.5, 0.5];
        int[] indices = [0, 1, 2, 2, 1, 0];
        bool[] all = [true, true];
        double[] weights = [0.5, 2];
        list.Add(new("dot_product_precision_at_k", () => DotProduct<DotProductPrecisionAtK>("dot_product_precision_at_k", m => m.Update(labels, queries, keys, indices, 2), m => m.Update(labels, queries, keys, indices, 2, all, weights))));
        list.Add(new("dot_product_recall_at_k", () => DotProduct<DotProductRecallAtK>("dot_product_recall_at_k", m => m.Update(labels, queries, keys, indices, 2), m => m.Update(labels, queries, keys, indices, 2, all, weights))));
        list.Add(new("dot_product_mean_reciprocal_rank", () => DotProduct<DotProductMeanReciprocalRank>("dot_product_mean_reciprocal_rank", m => m.Update(labels, queries, keys, indices, 2), m => m.Update(labels, queries, keys, indices, 2, all, weights))));
        list.Add(new("dot_product_mean_average_precision", () => DotProduct<DotProductMeanAveragePrecision>("dot_product_mean_average_precision", m => m.Update(labels, queries, keys, indices, 2), m => m.Update(labels, queries, keys, indices, 2, all, weights))));
        list.Add(new("dot_product_ndcg", () => DotProduct<DotProductNDCG>("dot_product_ndcg", m => m.Update(labels, queries, keys, indices, 2), m => m.Update(labels, queries, keys, indices, 2, all, weights))));
        return list;
    }
}
