using System;
using System.Collections.Generic;
using Metrics.Runtime.Tests.Custom;

namespace Metrics.Serialization.Worker;

/// <summary>
/// Every registered built-in and the runtime tests' custom metrics, each with non-default parameters where it has
/// them and the batches it takes. Entries are built in a fixed order: their positions are part of the data seeds.
/// </summary>
public static class Catalog
{
    private static readonly int[] TwoClasses = [0, 1];
    private static readonly double[] Thresholds = [0.3, 0.5, 0.7];

    /// <summary>The entries.</summary>
    public static IReadOnlyList<ICatalogEntry> All { get; } = Build();

    private static List<ICatalogEntry> Build()
    {
        var list = new List<ICatalogEntry>();
        var none = new Dictionary<string, object?>();
        var classes = Args(("num_classes", ShardData.Classes));
        var k = Args(("k", 2));

        void Batch<TMetric, TResult>(string identifier, Dictionary<string, object?> arguments, BatchKind kind)
            where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric> =>
            Typed<TMetric, TResult>(identifier, () => MetricRegistry.Create<TMetric>(identifier, arguments), kind);

        void Named<TMetric, TResult>(string name, string identifier, Dictionary<string, object?> arguments, BatchKind kind)
            where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric> =>
            Typed<TMetric, TResult>(name, () => MetricRegistry.Create<TMetric>(identifier, arguments), kind);

        void Typed<TMetric, TResult>(string name, Func<TMetric> create, BatchKind kind)
            where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric>
        {
            var weighted = TakesWeights(create(), kind);
            list.Add(new CatalogEntry<TMetric, TResult>(name, create, (metric, seed) => Feed(metric, kind, seed, weighted), list.Count));
        }

        Batch<Average, double>("mean", none, BatchKind.Values);
        Batch<Sum, double>("sum", none, BatchKind.Values);
        Batch<Min, double>("min", none, BatchKind.Values);
        Batch<Max, double>("max", none, BatchKind.Values);
        Batch<Welford, Statistics>("welford", none, BatchKind.Values);
        Batch<Accuracy, double>("accuracy", Args(("threshold", 0.4)), BatchKind.Binary);
        Batch<Precision, double>("precision", Args(("threshold", 0.4)), BatchKind.Binary);
        Batch<Recall, double>("recall", Args(("threshold", 0.6)), BatchKind.Binary);
        Batch<F1Score, double>("f1_score", Args(("threshold", 0.4)), BatchKind.Binary);
        Batch<BinaryCounts, ConfusionCounts>("binary_counts", Args(("threshold", 0.4)), BatchKind.Binary);
        Batch<LogProb, double>("log_prob", none, BatchKind.OneHotRows);
        Batch<BinaryAccuracy, double>("binary_accuracy", Args(("threshold", 0.3)), BatchKind.Binary);
        Batch<ExactMatchAccuracy, double>("exact_match_accuracy", none, BatchKind.Classes);
        Batch<CategoricalAccuracy, double>("categorical_accuracy", none, BatchKind.OneHotRows);
        Batch<SparseCategoricalAccuracy, double>("sparse_categorical_accuracy", none, BatchKind.Rows);
        Batch<TopKCategoricalAccuracy, double>("top_k_categorical_accuracy", k, BatchKind.OneHotRows);
        Batch<SparseTopKCategoricalAccuracy, double>("sparse_top_k_categorical_accuracy", k, BatchKind.Rows);
        Batch<SparseTopKSortedIdsAccuracy, double>("sparse_top_k_sorted_ids_accuracy", k, BatchKind.SortedIdRows);
        Batch<BinaryCrossentropy, double>("bce", Args(("label_smoothing", 0.1)), BatchKind.Binary);
        Batch<CategoricalCrossentropy, double>("categorical_crossentropy", none, BatchKind.DistributionRows);
        Batch<SparseCategoricalCrossentropy, double>("sparse_categorical_crossentropy", none, BatchKind.Rows);
        Batch<KLDivergence, double>("kld", none, BatchKind.DistributionRows);
        Batch<Poisson, double>("poisson", none, BatchKind.Regression);
        Batch<Hinge, double>("hinge", none, BatchKind.Binary);
        Batch<SquaredHinge, double>("squared_hinge", none, BatchKind.Binary);
        Batch<CategoricalHinge, double>("categorical_hinge", none, BatchKind.OneHotRows);
        Batch<TruePositives, double[]>("true_positives", Args(("thresholds", Thresholds)), BatchKind.Binary);
        Batch<FalsePositives, double[]>("false_positives", Args(("thresholds", Thresholds)), BatchKind.Binary);
        Batch<TrueNegatives, double[]>("true_negatives", Args(("thresholds", Thresholds)), BatchKind.Binary);
        Batch<FalseNegatives, double[]>("false_negatives", Args(("thresholds", Thresholds)), BatchKind.Binary);
        Batch<PrecisionAtThresholds, double[]>("precision_at_thresholds", Args(("thresholds", Thresholds)), BatchKind.Binary);
        Batch<RecallAtThresholds, double[]>("recall_at_thresholds", Args(("thresholds", Thresholds)), BatchKind.Binary);
        Batch<TopKPrecision, double>("top_k_precision", k, BatchKind.MultiLabelRows);
        Batch<TopKRecall, double>("top_k_recall", k, BatchKind.MultiLabelRows);
        Batch<MulticlassPrecision, double>("multiclass_precision", Args(("num_classes", ShardData.Classes), ("average", "weighted")), BatchKind.Rows);
        Batch<MulticlassRecall, double>("multiclass_recall", classes, BatchKind.OneHotRows);
        Batch<FBetaScore, double>("f_beta_score", Args(("num_classes", ShardData.Classes), ("beta", 2.0)), BatchKind.Rows);
        Batch<MultiLabelFBetaScore, double>("multi_label_f_beta_score", Args(("num_labels", ShardData.Classes), ("threshold", 0.5)), BatchKind.MultiLabelRows);
        Batch<MatthewsCorrelation, double>("mcc", classes, BatchKind.Classes);
        Batch<CohenKappa, double>("cohen_kappa", Args(("num_classes", ShardData.Classes), ("weighting", "quadratic")), BatchKind.Classes);
        Batch<BalancedAccuracy, double>("balanced_accuracy", classes, BatchKind.Classes);
        Batch<IoU, double>("io_u", Args(("num_classes", ShardData.Classes), ("target_class_ids", TwoClasses)), BatchKind.Classes);
        Batch<MeanIoU, double>("mean_io_u", classes, BatchKind.Classes);
        Batch<BinaryIoU, double>("binary_io_u", Args(("threshold", 0.4)), BatchKind.Binary);
        Batch<OneHotIoU, double>("one_hot_io_u", Args(("num_classes", ShardData.Classes), ("target_class_ids", TwoClasses)), BatchKind.OneHotRows);
        Batch<OneHotMeanIoU, double>("one_hot_mean_io_u", classes, BatchKind.OneHotRows);
        Batch<Auc, double>("auc", Args(("num_thresholds", 50)), BatchKind.Binary);
        Named<Auc, double>("auc_explicit_thresholds", "auc", Args(("thresholds", Thresholds), ("curve", "precision_recall")), BatchKind.Binary);
        Batch<ExactAuc, double>("roc_auc", none, BatchKind.Binary);
        Batch<HistogramRocAuc, double>("histogram_roc_auc", Args(("bits", 10)), BatchKind.Binary);
        Batch<AveragePrecision, double>("average_precision", Args(("zero_division", "zero")), BatchKind.Binary);
        Batch<OneVsRestAuc, double>("one_vs_rest_auc", none, BatchKind.Rows);
        Batch<MultiLabelAuc, double>("multi_label_auc", none, BatchKind.MultiLabelRows);
        Batch<MultiLabelBinnedAuc, double>("multi_label_binned_auc", Args(("num_labels", ShardData.Classes)), BatchKind.MultiLabelRows);
        Batch<PrecisionAtRecall, double>("precision_at_recall", Args(("recall", 0.5)), BatchKind.Binary);
        Batch<RecallAtPrecision, double>("recall_at_precision", Args(("precision", 0.5)), BatchKind.Binary);
        Batch<SensitivityAtSpecificity, double>("sensitivity_at_specificity", Args(("specificity", 0.5)), BatchKind.Binary);
        Batch<SpecificityAtSensitivity, double>("specificity_at_sensitivity", Args(("sensitivity", 0.5)), BatchKind.Binary);
        Batch<ConfusionMatrix, double[,]>("confusion_matrix", classes, BatchKind.Classes);
        Batch<BrierScore, double>("brier_score", none, BatchKind.Binary);
        Named<BrierScore, double>("brier_score_rows", "brier_score", none, BatchKind.Rows);
        Batch<CalibrationError, double>("calibration_error", Args(("num_bins", 4), ("norm", "l2")), BatchKind.Binary);
        Named<CalibrationError, double>("calibration_error_rows", "calibration_error", Args(("norm", "max")), BatchKind.Rows);
        Batch<CalibrationCurve, CalibrationCurvePoints>("calibration_curve", Args(("num_bins", 4)), BatchKind.Binary);
        Batch<LpError, double>("lp_error", Args(("p", 3.0)), BatchKind.Regression);
        Batch<MeanAbsoluteError, double>("mae", none, BatchKind.Regression);
        Batch<MeanSquaredError, double>("mse", none, BatchKind.Regression);
        Batch<RootMeanSquaredError, double>("rmse", none, BatchKind.Regression);
        Batch<MeanSquaredLogError, double>("msle", none, BatchKind.Regression);
        Batch<RootMeanSquaredLogError, double>("rmsle", none, BatchKind.Regression);
        Batch<MeanAbsolutePercentageError, double>("mape", none, BatchKind.Regression);
        Batch<Huber, double>("huber", Args(("delta", 0.5)), BatchKind.Regression);
        Batch<LogCoshError, double>("logcosh", none, BatchKind.Regression);
        Batch<CosineSimilarity, double>("cosine", none, BatchKind.DistributionRows);
        Batch<R2Score, double>("r2", Args(("num_regressors", 1)), BatchKind.Regression);
        Batch<MultiOutputR2Score, double>("multi_output_r2_score", none, BatchKind.DistributionRows);
        Batch<ExplainedVariance, double>("explained_variance", none, BatchKind.Regression);
        Batch<PearsonCorrelation, double>("pearson", none, BatchKind.Regression);
        Batch<ConcordanceCorrelation, double>("ccc", none, BatchKind.Regression);
        Batch<RowPearsonCorrelation, double>("row_pearson_correlation", none, BatchKind.DistributionRows);
        Batch<RowConcordanceCorrelation, double>("row_concordance_correlation", none, BatchKind.DistributionRows);
        Batch<PrecisionAtK, double>("precision_at_k", k, BatchKind.RelevanceRows);
        Batch<RecallAtK, double>("recall_at_k", k, BatchKind.RelevanceRows);
        Batch<MeanReciprocalRank, double>("mrr", k, BatchKind.RelevanceRows);
        Batch<MeanAveragePrecision, double>("map", k, BatchKind.RelevanceRows);
        Batch<NDCG, double>("ndcg", k, BatchKind.RelevanceRows);
        Batch<DCG, double>("dcg", k, BatchKind.RelevanceRows);
        Batch<MeanPinballLoss, double>("mean_pinball_loss", Args(("alpha", 0.9)), BatchKind.Regression);
        Batch<SymmetricMeanAbsolutePercentageError, double>("smape", none, BatchKind.Regression);
        Batch<WeightedMeanAbsolutePercentageError, double>("wmape", none, BatchKind.Regression);
        Batch<MeanTweedieDeviance, double>("mean_tweedie_deviance", Args(("power", 1.5)), BatchKind.Regression);
        Batch<D2TweedieScore, double>("d2_tweedie_score", Args(("power", 2.0)), BatchKind.Regression);
        Batch<D2PinballScore, double>("d2_pinball_score", Args(("alpha", 0.25), ("quantile", "weighted_lower")), BatchKind.Regression);
        Batch<MedianAbsoluteError, double>("median_absolute_error", none, BatchKind.Regression);
        Batch<MaxError, double>("max_error", none, BatchKind.Regression);
        Batch<SpearmanCorrelation, double>("spearman", none, BatchKind.Regression);
        Batch<KendallTau, double>("kendall_tau", none, BatchKind.Regression);
        Batch<MulticlassHinge, double>("multiclass_hinge", none, BatchKind.Rows);

        DotProduct<DotProductPrecisionAtK>(list, "dot_product_precision_at_k", () => new(2), (m, d) => m.Update(d.Labels, d.Queries, d.Keys, d.Indices, DotProductData.Features, d.Mask, d.Weights));
        DotProduct<DotProductRecallAtK>(list, "dot_product_recall_at_k", () => new(2), (m, d) => m.Update(d.Labels, d.Queries, d.Keys, d.Indices, DotProductData.Features, d.Mask, d.Weights));
        DotProduct<DotProductMeanReciprocalRank>(list, "dot_product_mrr", () => new(3), (m, d) => m.Update(d.Labels, d.Queries, d.Keys, d.Indices, DotProductData.Features, d.Mask, d.Weights));
        DotProduct<DotProductMeanAveragePrecision>(list, "dot_product_map", () => new(3), (m, d) => m.Update(d.Labels, d.Queries, d.Keys, d.Indices, DotProductData.Features, d.Mask, d.Weights));
        DotProduct<DotProductNDCG>(list, "dot_product_ndcg", () => new(3), (m, d) => m.Update(d.Labels, d.Queries, d.Keys, d.Indices, DotProductData.Features, d.Mask, d.Weights));

        Typed<BinaryTruePositives, double>("custom_binary_true_positives", () => new BinaryTruePositives(), BatchKind.Binary);
        Typed<CellHistogram, double>("custom_cell_histogram", () => new CellHistogram(bins: ShardData.Classes), BatchKind.Classes);
        Typed<ColumnMeanAbsoluteError, double[]>("custom_column_mae", () => new ColumnMeanAbsoluteError(outputs: ShardData.Classes), BatchKind.DistributionRows);
        Typed<HuberLoss, double>("custom_huber_loss", () => new HuberLoss(delta: 0.75), BatchKind.Regression);
        Typed<ShiftedMean, double>("custom_shifted_mean", () => new ShiftedMean(shift: 1.5), BatchKind.Values);
        Typed<SignedError, double>("custom_signed_error", () => new SignedError(), BatchKind.Binary);
        Typed<TopOneHitRate, double>("custom_top_one_hit_rate", () => new TopOneHitRate(), BatchKind.Rows);

        // Issue 18's classification conventions and multi-label family (appended: earlier positions keep their seeds).
        var labels = Args(("num_labels", ShardData.Classes));
        Batch<MultiLabelPrecision, double>("multi_label_precision", Args(("num_labels", ShardData.Classes), ("average", "samples")), BatchKind.MultiLabelRows);
        Batch<MultiLabelRecall, double>("multi_label_recall", Args(("num_labels", ShardData.Classes), ("all_labels", true), ("zero_division", "zero")), BatchKind.MultiLabelRows);
        Batch<MultiLabelJaccard, double>("multi_label_jaccard", labels, BatchKind.MultiLabelRows);
        Batch<MultiLabelExactMatch, double>("multi_label_exact_match", labels, BatchKind.MultiLabelRows);
        Batch<HammingLoss, double>("hamming_loss", labels, BatchKind.MultiLabelRows);
        Batch<LabelRankingAveragePrecision, double>("label_ranking_average_precision", none, BatchKind.MultiLabelRows);
        Batch<CoverageError, double>("coverage_error", none, BatchKind.MultiLabelRows);
        Batch<LabelRankingLoss, double>("label_ranking_loss", none, BatchKind.MultiLabelRows);
        Batch<MultiLabelAveragePrecision, double>("multi_label_average_precision", Args(("zero_division", "zero")), BatchKind.MultiLabelRows);
        Batch<OneVsRestAveragePrecision, double>("one_vs_rest_average_precision", Args(("zero_division", "zero")), BatchKind.Rows);
        Batch<BinaryFBetaScore, double>("binary_f_beta_score", Args(("beta", 2.0), ("threshold", 0.5)), BatchKind.Binary);
        Batch<LogLoss, double>("log_loss", none, BatchKind.Binary);
        Batch<RowLpError, double>("row_lp_error", Args(("p", 3.0)), BatchKind.DistributionRows);
        return list;
    }

    private static void DotProduct<TMetric>(List<ICatalogEntry> list, string name, Func<TMetric> create, Func<TMetric, DotProductData, TMetric> update)
        where TMetric : struct, IMetric<TMetric, double>, IPersistentMetric<TMetric> =>
        list.Add(new CatalogEntry<TMetric, double>(name, create, (metric, seed) => update(metric, DotProductData.Batch(seed)), list.Count));

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] arguments)
    {
        var result = new Dictionary<string, object?>();
        foreach (var (name, value) in arguments)
        {
            result[name] = value;
        }

        return result;
    }

    // Metrics that count in whole numbers refuse sample weights; they get masked batches only.
    private static bool TakesWeights<TMetric>(TMetric metric, BatchKind kind)
        where TMetric : struct, IRegistrableMetric<TMetric>
    {
        try
        {
            Feed(metric, kind, 0, weighted: true);
            return true;
        }
        catch (ArgumentException e) when (e.Message.Contains("weights", StringComparison.Ordinal))
        {
            return false;
        }
    }

    private static TMetric Feed<TMetric>(TMetric metric, BatchKind kind, int seed, bool weighted)
        where TMetric : struct, IRegistrableMetric<TMetric>
    {
        var (labels, predictions, columns, mask, weights) = ShardData.Batch(kind, seed);
        var batch = new MetricBatch(labels, predictions, columns).WithMask(mask);
        return metric.Update(weighted ? batch.WithWeights(weights) : batch);
    }
}
