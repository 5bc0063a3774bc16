using System;
using System.Collections.Generic;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>
/// Every registered built-in that a <see cref="MetricBatch"/> can carry, as the bad-input matrix drives it. A metric
/// registered later and missing here fails <c>BadInputMatrixTests.EveryRegisteredMetricIsWalked</c>.
/// </summary>
internal static class BuiltInMatrix
{
    private static readonly double[] BinaryLabels = [0, 1, 1, 0, 1, 0];
    private static readonly double[] Probabilities = [0.1, 0.8, 0.4, 0.6, 0.9, 0.2];
    private static readonly double[] RealLabels = [1, 2.5, 3, 4.5, 0.5];
    private static readonly double[] RealPredictions = [1.2, 2, 3.3, 4, 1];
    private static readonly double[] ClassLabels = [0, 2, 1, 1, 0];
    private static readonly double[] ClassPredictions = [0, 2, 2, 1, 1];
    private static readonly double[] RowLabels = [0, 2, 1, 1];
    private static readonly double[] ScoreRows = [0.7, 0.2, 0.1, 0.1, 0.3, 0.6, 0.2, 0.5, 0.3, 0.3, 0.4, 0.3];
    private static readonly double[] OneHotRows = [1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 0];
    private static readonly double[] MultiLabelRows = [1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 1];
    private static readonly double[] ProbabilityRows = [0.6, 0.3, 0.1, 0.2, 0.2, 0.6, 0.1, 0.8, 0.1, 0.3, 0.3, 0.4];
    private static readonly double[] RelevanceRows = [1, 0, 0, 0, 2, 1, 0, 0, 1, 1, 1, 0];
    private static readonly double[] SortedIdRows = [0, 1, 2, 2, 0, 1, 0, 2, 1, 1, 0, 2];

    /// <summary>The metrics, in registration order.</summary>
    public static IReadOnlyList<MatrixMetric> All { get; } = Build();

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] arguments)
    {
        var result = new Dictionary<string, object?>();
        foreach (var (name, value) in arguments)
        {
            result[name] = value;
        }

        return result;
    }

    private static MatrixBatch Values() => new([], [1, 2.5, -3, 4], 0);

    private static MatrixBatch Binary() => new((double[])BinaryLabels.Clone(), (double[])Probabilities.Clone(), 0);

    private static MatrixBatch Regression() => new((double[])RealLabels.Clone(), (double[])RealPredictions.Clone(), 0);

    private static MatrixBatch Classes() => new((double[])ClassLabels.Clone(), (double[])ClassPredictions.Clone(), 0);

    private static MatrixBatch Rows() => new((double[])RowLabels.Clone(), (double[])ScoreRows.Clone(), 3);

    private static MatrixBatch RowPairs(double[] labels) => new((double[])labels.Clone(), (double[])ScoreRows.Clone(), 3);

    private static MatrixBatch RetrievalRows() =>
        new((double[])ClassLabels.Clone(), RetrievalItems.Rows(Probabilities.AsSpan(0, ClassLabels.Length), ClassPredictions), 2);

    private static List<MatrixMetric> Build()
    {
        var none = Args();
        var threshold = Args(("threshold", 0.3));
        var thresholds = Args(("thresholds", new[] { 0.3, 0.5, 0.7 }));
        var otherThresholds = Args(("thresholds", new[] { 0.4 }));
        var classes = Args(("num_classes", 3));
        var otherClasses = Args(("num_classes", 4));
        var k = Args(("k", 2));
        var otherK = Args(("k", 1));
        var zero = Args(("zero_division", "zero"));
        var rank = ValueRule.Index(3);
        var list = new List<MatrixMetric>();
        void Add(Type type, string identifier, Dictionary<string, object?> arguments, Dictionary<string, object?>? other, MatrixBatch batch, ValueRule labels, ValueRule predictions) =>
            list.Add(new MatrixMetric(type, identifier, arguments, other, batch, labels, predictions));

        Add(typeof(Average), "mean", none, null, Values(), ValueRule.None, ValueRule.Real);
        Add(typeof(Sum), "sum", none, null, Values(), ValueRule.None, ValueRule.Real);
        Add(typeof(Min), "min", none, null, Values(), ValueRule.None, ValueRule.Real);
        Add(typeof(Max), "max", none, null, Values(), ValueRule.None, ValueRule.Real);
        Add(typeof(Welford), "welford", none, null, Values(), ValueRule.None, ValueRule.Real);
        Add(typeof(Accuracy), "accuracy", Args(("threshold", 0.5)), threshold, Binary(), ValueRule.Binary, ValueRule.NeverPositive);
        Add(typeof(Precision), "precision", Args(("threshold", 0.5)), threshold, Binary(), ValueRule.Binary, ValueRule.NeverPositive);
        Add(typeof(Recall), "recall", Args(("threshold", 0.5)), threshold, Binary(), ValueRule.Binary, ValueRule.NeverPositive);
        Add(typeof(F1Score), "f1_score", Args(("threshold", 0.5)), threshold, Binary(), ValueRule.Binary, ValueRule.NeverPositive);
        Add(typeof(BinaryCounts), "binary_counts", Args(("threshold", 0.5)), threshold, Binary(), ValueRule.Binary, ValueRule.NeverPositive);
        Add(typeof(LogProb), "log_prob", none, null, RowPairs(OneHotRows), ValueRule.Real, ValueRule.Real);
        Add(typeof(BinaryAccuracy), "binary_accuracy", none, threshold, Binary(), ValueRule.Binary, ValueRule.NeverPositive);
        Add(typeof(ExactMatchAccuracy), "ExactMatchAccuracy", none, null, Classes(), ValueRule.Equality, ValueRule.Equality);
        Add(typeof(CategoricalAccuracy), "categorical_accuracy", none, null, RowPairs(OneHotRows), ValueRule.Probability, ValueRule.ArgmaxWins);
        Add(typeof(SparseCategoricalAccuracy), "sparse_categorical_accuracy", none, null, Rows(), rank, ValueRule.ArgmaxWins);
        Add(typeof(TopKCategoricalAccuracy), "top_k_categorical_accuracy", k, otherK, RowPairs(OneHotRows), ValueRule.Probability, ValueRule.RankLast);
        Add(typeof(SparseTopKCategoricalAccuracy), "sparse_top_k_categorical_accuracy", k, otherK, Rows(), rank, ValueRule.RankLast);
        Add(typeof(SparseTopKSortedIdsAccuracy), "sparse_top_k_sorted_ids_accuracy", k, otherK, new MatrixBatch((double[])RowLabels.Clone(), (double[])SortedIdRows.Clone(), 3), ValueRule.Index(0), ValueRule.Index(0));
        Add(typeof(BinaryCrossentropy), "bce", none, Args(("from_logits", true)), Binary(), ValueRule.Real, ValueRule.Real);
        Add(typeof(CategoricalCrossentropy), "categorical_crossentropy", none, Args(("from_logits", true)), RowPairs(ProbabilityRows), ValueRule.Real, ValueRule.Real);
        Add(typeof(SparseCategoricalCrossentropy), "sparse_categorical_crossentropy", none, Args(("from_logits", true)), Rows(), rank, ValueRule.Real);
        Add(typeof(KLDivergence), "kld", none, null, RowPairs(ProbabilityRows), ValueRule.Real, ValueRule.Real);
        Add(typeof(Poisson), "poisson", none, null, Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(Hinge), "hinge", none, null, Binary(), ValueRule.Real, ValueRule.Real);
        Add(typeof(SquaredHinge), "squared_hinge", none, null, Binary(), ValueRule.Real, ValueRule.Real);
        Add(typeof(CategoricalHinge), "categorical_hinge", none, null, RowPairs(OneHotRows), ValueRule.Real, ValueRule.Real);
        Add(typeof(MulticlassHinge), "multiclass_hinge", none, null, Rows(), rank, ValueRule.Real);
        Add(typeof(TruePositives), "true_positives", thresholds, otherThresholds, Binary(), ValueRule.Binary, ValueRule.NeverPositive);
        Add(typeof(FalsePositives), "false_positives", thresholds, otherThresholds, Binary(), ValueRule.Binary, ValueRule.NeverPositive);
        Add(typeof(TrueNegatives), "true_negatives", thresholds, otherThresholds, Binary(), ValueRule.Binary, ValueRule.NeverPositive);
        Add(typeof(FalseNegatives), "false_negatives", thresholds, otherThresholds, Binary(), ValueRule.Binary, ValueRule.NeverPositive);
        Add(typeof(PrecisionAtThresholds), "precision_at_thresholds", thresholds, otherThresholds, Binary(), ValueRule.Binary, ValueRule.NeverPositive);
        Add(typeof(RecallAtThresholds), "recall_at_thresholds", thresholds, otherThresholds, Binary(), ValueRule.Binary, ValueRule.NeverPositive);
        Add(typeof(TopKPrecision), "top_k_precision", k, otherK, RowPairs(MultiLabelRows), ValueRule.Binary, ValueRule.NotNaN);
        Add(typeof(TopKRecall), "top_k_recall", k, otherK, RowPairs(MultiLabelRows), ValueRule.Binary, ValueRule.NotNaN);
        Add(typeof(MulticlassPrecision), "multiclass_precision", classes, otherClasses, Rows(), rank, ValueRule.ArgmaxWins);
        Add(typeof(MulticlassRecall), "multiclass_recall", classes, otherClasses, RowPairs(OneHotRows), rank, ValueRule.ArgmaxWins);
        Add(typeof(FBetaScore), "f_beta_score", classes, Args(("num_classes", 3), ("beta", 2.0)), Rows(), rank, ValueRule.ArgmaxWins);
        Add(typeof(MultiLabelFBetaScore), "multi_label_f_beta_score", Args(("num_labels", 3), ("threshold", 0.5)), Args(("num_labels", 3)), RowPairs(MultiLabelRows), ValueRule.Probability, ValueRule.NeverPositive);
        Add(typeof(MultiLabelCounts), "multi_label_counts", Args(("num_labels", 3), ("threshold", 0.5)), Args(("num_labels", 3), ("threshold", 0.3)), RowPairs(MultiLabelRows), ValueRule.Probability, ValueRule.NeverPositive);
        Add(typeof(MultiLabelPrecision), "multi_label_precision", Args(("num_labels", 3), ("average", "samples")), Args(("num_labels", 3)), RowPairs(MultiLabelRows), ValueRule.Probability, ValueRule.NeverPositive);
        Add(typeof(MultiLabelRecall), "multi_label_recall", Args(("num_labels", 3)), Args(("num_labels", 3), ("threshold", 0.3)), RowPairs(MultiLabelRows), ValueRule.Probability, ValueRule.NeverPositive);
        Add(typeof(MultiLabelJaccard), "multi_label_jaccard", Args(("num_labels", 3), ("all_labels", true)), Args(("num_labels", 3)), RowPairs(MultiLabelRows), ValueRule.Probability, ValueRule.NeverPositive);
        Add(typeof(MultiLabelExactMatch), "subset_accuracy", Args(("num_labels", 3)), Args(("num_labels", 3), ("threshold", 0.3)), RowPairs(MultiLabelRows), ValueRule.Probability, ValueRule.NeverPositive);
        Add(typeof(HammingLoss), "hamming_loss", Args(("num_labels", 3)), Args(("num_labels", 3), ("threshold", 0.3)), RowPairs(MultiLabelRows), ValueRule.Probability, ValueRule.NeverPositive);
        Add(typeof(LabelRankingAveragePrecision), "lrap", none, null, RowPairs(MultiLabelRows), ValueRule.Binary, ValueRule.NotNaN);
        Add(typeof(CoverageError), "coverage_error", none, null, RowPairs(MultiLabelRows), ValueRule.Binary, ValueRule.NotNaN);
        Add(typeof(LabelRankingLoss), "label_ranking_loss", none, null, RowPairs(MultiLabelRows), ValueRule.Binary, ValueRule.NotNaN);
        Add(typeof(MultiLabelAveragePrecision), "multi_label_average_precision", none, zero, RowPairs(MultiLabelRows), ValueRule.Binary, ValueRule.NotNaN);
        Add(typeof(OneVsRestAveragePrecision), "one_vs_rest_average_precision", none, zero, Rows(), rank, ValueRule.NotNaN);
        Add(typeof(BinaryFBetaScore), "binary_f_beta_score", Args(("threshold", 0.5), ("beta", 2.0)), threshold, Binary(), ValueRule.Binary, ValueRule.NeverPositive);
        Add(typeof(LogLoss), "log_loss", none, Args(("epsilon", 1e-7)), Binary(), ValueRule.Binary, ValueRule.Probability);
        Add(typeof(RowLpError), "row_lp_error", Args(("p", 2.0)), Args(("p", 3.0)), RowPairs(ProbabilityRows), ValueRule.Real, ValueRule.Real);
        Add(typeof(MatthewsCorrelation), "mcc", classes, otherClasses, Classes(), rank, rank);
        Add(typeof(CohenKappa), "cohen_kappa", classes, otherClasses, Classes(), rank, rank);
        Add(typeof(BalancedAccuracy), "balanced_accuracy", classes, otherClasses, Classes(), rank, rank);
        Add(typeof(IoU), "io_u", Args(("num_classes", 3), ("target_class_ids", new[] { 0, 1 })), Args(("num_classes", 3), ("target_class_ids", new[] { 2 })), Classes(), rank, rank);
        Add(typeof(MeanIoU), "mean_io_u", classes, otherClasses, Classes(), rank, rank);
        Add(typeof(BinaryIoU), "binary_io_u", none, threshold, Binary(), ValueRule.Binary, ValueRule.NeverPositive);
        Add(typeof(OneHotIoU), "one_hot_io_u", Args(("num_classes", 3), ("target_class_ids", new[] { 0, 1 })), Args(("num_classes", 3), ("target_class_ids", new[] { 2 })), RowPairs(OneHotRows), rank, ValueRule.ArgmaxWins);
        Add(typeof(OneHotMeanIoU), "one_hot_mean_io_u", classes, Args(("num_classes", 3), ("ignore_class", 0)), RowPairs(OneHotRows), rank, ValueRule.ArgmaxWins);
        Add(typeof(Auc), "auc", none, Args(("num_thresholds", 50)), Binary(), ValueRule.Binary, ValueRule.NotNaN);
        Add(typeof(ExactAuc), "roc_auc", none, Args(("curve", "precision_recall")), Binary(), ValueRule.Binary, ValueRule.NotNaN);
        Add(typeof(HistogramRocAuc), "histogram_roc_auc", Args(("bits", 10)), Args(("bits", 11)), Binary(), ValueRule.Binary, ValueRule.NotNaN);
        Add(typeof(AveragePrecision), "average_precision", none, zero, Binary(), ValueRule.Binary, ValueRule.NotNaN);
        Add(typeof(OneVsRestAuc), "one_vs_rest_auc", none, zero, Rows(), rank, ValueRule.NotNaN);
        Add(typeof(OneVsOneAuc), "one_vs_one_auc", none, zero, Rows(), rank, ValueRule.NotNaN);
        Add(typeof(PartialRocAuc), "partial_roc_auc", Args(("max_fpr", 0.5)), Args(("max_fpr", 0.25)), Binary(), ValueRule.Binary, ValueRule.NotNaN);
        Add(typeof(MultiLabelAuc), "multi_label_auc", none, zero, RowPairs(MultiLabelRows), ValueRule.Binary, ValueRule.NotNaN);
        Add(typeof(MultiLabelBinnedAuc), "multi_label_binned_auc", Args(("num_labels", 3)), Args(("num_labels", 3), ("num_thresholds", 50)), RowPairs(MultiLabelRows), ValueRule.Binary, ValueRule.NotNaN);
        Add(typeof(PrecisionAtRecall), "precision_at_recall", Args(("recall", 0.5)), Args(("recall", 0.7)), Binary(), ValueRule.Binary, ValueRule.NotNaN);
        Add(typeof(RecallAtPrecision), "recall_at_precision", Args(("precision", 0.5)), Args(("precision", 0.7)), Binary(), ValueRule.Binary, ValueRule.NotNaN);
        Add(typeof(SensitivityAtSpecificity), "sensitivity_at_specificity", Args(("specificity", 0.5)), Args(("specificity", 0.7)), Binary(), ValueRule.Binary, ValueRule.NotNaN);
        Add(typeof(SpecificityAtSensitivity), "specificity_at_sensitivity", Args(("sensitivity", 0.5)), Args(("sensitivity", 0.7)), Binary(), ValueRule.Binary, ValueRule.NotNaN);
        Add(typeof(ConfusionMatrix), "confusion_matrix", classes, otherClasses, Classes(), rank, rank);
        Add(typeof(BrierScore), "brier_score", none, null, Binary(), ValueRule.Binary, ValueRule.Probability);
        Add(typeof(CalibrationError), "calibration_error", Args(("num_bins", 4)), Args(("num_bins", 5)), Binary(), ValueRule.Binary, ValueRule.Probability);
        Add(typeof(CalibrationCurve), "calibration_curve", Args(("num_bins", 4)), Args(("num_bins", 3)), Binary(), ValueRule.Binary, ValueRule.Probability);
        Add(typeof(LpError), "lp_error", Args(("p", 2.0)), Args(("p", 3.0)), Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(MeanAbsoluteError), "mae", none, null, Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(MeanSquaredError), "mse", none, null, Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(RootMeanSquaredError), "rmse", none, null, Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(MeanSquaredLogError), "msle", none, null, Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(RootMeanSquaredLogError), "rmsle", none, null, Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(MeanAbsolutePercentageError), "mape", none, null, Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(Huber), "huber", none, Args(("delta", 2.0)), Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(LogCoshError), "logcosh", none, null, Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(CosineSimilarity), "cosine", none, null, RowPairs(ProbabilityRows), ValueRule.Real, ValueRule.Real);
        Add(typeof(R2Score), "r2", none, Args(("num_regressors", 1)), Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(MultiOutputR2Score), "multi_output_r2_score", none, Args(("num_regressors", 1)), RowPairs(ProbabilityRows), ValueRule.Real, ValueRule.Real);
        Add(typeof(ExplainedVariance), "explained_variance", none, null, Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(PearsonCorrelation), "pearson", none, null, Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(ConcordanceCorrelation), "ccc", none, null, Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(RowPearsonCorrelation), "row_pearson_correlation", none, null, RowPairs(ProbabilityRows), ValueRule.Real, ValueRule.Real);
        Add(typeof(RowConcordanceCorrelation), "row_concordance_correlation", none, Args(("epsilon", 0.1)), RowPairs(ProbabilityRows), ValueRule.Real, ValueRule.Real);
        Add(typeof(MeanPinballLoss), "mean_pinball_loss", none, Args(("alpha", 0.9)), Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(SymmetricMeanAbsolutePercentageError), "smape", none, Args(("epsilon", 0.1)), Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(WeightedMeanAbsolutePercentageError), "wmape", none, Args(("epsilon", 0.1)), Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(MeanTweedieDeviance), "mean_tweedie_deviance", none, Args(("power", 1.5)), Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(D2TweedieScore), "d2_tweedie_score", none, Args(("power", 2.0)), Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(D2PinballScore), "d2_pinball_score", none, Args(("alpha", 0.25)), Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(MedianAbsoluteError), "median_absolute_error", none, Args(("quantile", "weighted_lower")), Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(MaxError), "max_error", none, null, Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(SpearmanCorrelation), "spearman", none, null, Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(KendallTau), "kendall_tau", none, null, Regression(), ValueRule.Real, ValueRule.Real);
        Add(typeof(PrecisionAtK), "precision_at_k", k, otherK, RowPairs(RelevanceRows), ValueRule.Relevance, ValueRule.RankLast);
        Add(typeof(RecallAtK), "recall_at_k", k, otherK, RowPairs(RelevanceRows), ValueRule.Relevance, ValueRule.RankLast);
        Add(typeof(MeanReciprocalRank), "mrr", none, otherK, RowPairs(RelevanceRows), ValueRule.Relevance, ValueRule.RankLast);
        Add(typeof(MeanAveragePrecision), "map", none, otherK, RowPairs(RelevanceRows), ValueRule.Relevance, ValueRule.RankLast);
        Add(typeof(NDCG), "ndcg", none, otherK, RowPairs(RelevanceRows), ValueRule.Real, ValueRule.RankLast);
        Add(typeof(DCG), "dcg", none, otherK, RowPairs(RelevanceRows), ValueRule.Real, ValueRule.RankLast);

        // Query ids: any whole number (bound 0: no range to leave); rows of (score, relevance), NaN rejected.
        var queryIds = ValueRule.Index(0);
        var topK = Args(("top_k", 2));
        Add(typeof(RetrievalItems), "retrieval_items", none, null, RetrievalRows(), queryIds, ValueRule.NotNaN);
        Add(typeof(RetrievalMAP), "retrieval_map", none, topK, RetrievalRows(), queryIds, ValueRule.NotNaN);
        Add(typeof(RetrievalMRR), "retrieval_mrr", none, topK, RetrievalRows(), queryIds, ValueRule.NotNaN);
        Add(typeof(RetrievalPrecision), "retrieval_precision", topK, Args(("top_k", 2), ("adaptive_k", true)), RetrievalRows(), queryIds, ValueRule.NotNaN);
        Add(typeof(RetrievalRecall), "retrieval_recall", topK, none, RetrievalRows(), queryIds, ValueRule.NotNaN);
        Add(typeof(RetrievalNormalizedDCG), "retrieval_normalized_dcg", none, topK, RetrievalRows(), queryIds, ValueRule.NotNaN);
        Add(typeof(RetrievalHitRate), "retrieval_hit_rate", topK, none, RetrievalRows(), queryIds, ValueRule.NotNaN);
        Add(typeof(RetrievalRPrecision), "retrieval_r_precision", none, Args(("empty_target_action", "skip")), RetrievalRows(), queryIds, ValueRule.NotNaN);
        Add(typeof(RetrievalFallOut), "retrieval_fall_out", topK, none, RetrievalRows(), queryIds, ValueRule.NotNaN);
        return list;
    }
}
