namespace Metrics;

/// <summary>The registry's table of built-in metrics and their Keras aliases.</summary>
internal static class BuiltInMetrics
{
    /// <summary>Keras' defaults for <c>Precision</c>, <c>Recall</c> and <c>F1Score(threshold=0.5)</c>: strict <c>&gt; 0.5</c>, 0/0 = 0 (<c>divide_no_nan</c>).</summary>
    internal static readonly IReadOnlyDictionary<string, object?> KerasCountsDefaults = new Dictionary<string, object?>
    {
        ["threshold"] = 0.5,
        ["zero_division"] = "zero",
    };

    /// <summary>The parameter by which <c>"accuracy"</c> follows Keras' shape rule; version 1 files predate it (see <see cref="MetricRegistry.InFirstFormat"/>).</summary>
    internal const string KerasShapesKey = "keras_shapes";

    /// <summary>
    /// Keras' <c>"accuracy"</c> in <c>compile()</c>: the batch's shapes choose binary accuracy at 0.5, sparse categorical or
    /// categorical accuracy.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, object?> KerasAccuracyDefaults = new Dictionary<string, object?>
    {
        ["threshold"] = 0.5,
        [KerasShapesKey] = true,
    };

    private static readonly IReadOnlyDictionary<string, object?> OwnDefaults = new Dictionary<string, object?>();

    /// <summary>scikit-learn's binary <c>jaccard_score</c>: class 1 only (BinaryIoU's <c>target_class_ids</c> [1]).</summary>
    private static readonly IReadOnlyDictionary<string, object?> ClassOneJaccard = new Dictionary<string, object?>
    {
        ["target_class_ids"] = new[] { 1 },
    };

    public static void RegisterAll()
    {
        MetricRegistry.Register<Average, double>("mean");
        MetricRegistry.Register<Sum, double>();
        MetricRegistry.Register<Min, double>();
        MetricRegistry.Register<Max, double>();
        MetricRegistry.Register<Welford, Statistics>();
        RegisterKerasAndFlaxNames();
        MetricRegistry.Register<BinaryCounts, ConfusionCounts>();
        MetricRegistry.Register<LogProb, double>();
        MetricRegistry.Register<BinaryAccuracy, double>();
        MetricRegistry.Register<ExactMatchAccuracy, double>();
        MetricRegistry.Register<CategoricalAccuracy, double>();
        MetricRegistry.Register<SparseCategoricalAccuracy, double>();
        MetricRegistry.Register<TopKCategoricalAccuracy, double>();
        MetricRegistry.Register<SparseTopKCategoricalAccuracy, double>();
        MetricRegistry.Register<SparseTopKSortedIdsAccuracy, double>();
        MetricRegistry.Register<BinaryCrossentropy, double>("bce", "binary_crossentropy");
        MetricRegistry.Register<CategoricalCrossentropy, double>();
        MetricRegistry.Register<SparseCategoricalCrossentropy, double>();
        MetricRegistry.Register<KLDivergence, double>("kld", "kullback_leibler_divergence");
        MetricRegistry.Register<Poisson, double>();
        MetricRegistry.Register<Hinge, double>();
        MetricRegistry.Register<SquaredHinge, double>();
        MetricRegistry.Register<CategoricalHinge, double>();
        MetricRegistry.Register<MulticlassHinge, double>("crammer_singer_hinge");
        MetricRegistry.Register<TruePositives, double[]>();
        MetricRegistry.Register<FalsePositives, double[]>();
        MetricRegistry.Register<TrueNegatives, double[]>();
        MetricRegistry.Register<FalseNegatives, double[]>();
        MetricRegistry.Register<PrecisionAtThresholds, double[]>();
        MetricRegistry.Register<RecallAtThresholds, double[]>();
        MetricRegistry.Register<TopKPrecision, double>();
        MetricRegistry.Register<TopKRecall, double>();
        MetricRegistry.Register<MulticlassPrecision, double>();
        MetricRegistry.Register<MulticlassRecall, double>();
        MetricRegistry.Register<FBetaScore, double>();
        MetricRegistry.Register<MultiLabelFBetaScore, double>();
        MetricRegistry.Register<MultiLabelCounts, ConfusionCounts[]>();
        MetricRegistry.Register<MultiLabelPrecision, double>();
        MetricRegistry.Register<MultiLabelRecall, double>();
        MetricRegistry.Register<MultiLabelJaccard, double>();
        MetricRegistry.Register<MultiLabelExactMatch, double>("subset_accuracy");
        MetricRegistry.Register<HammingLoss, double>();
        MetricRegistry.Register<LabelRankingAveragePrecision, double>("label_ranking_average_precision_score", "lrap");
        MetricRegistry.Register<CoverageError, double>();
        MetricRegistry.Register<LabelRankingLoss, double>();
        MetricRegistry.Register<MultiLabelAveragePrecision, double>();
        MetricRegistry.Register<OneVsRestAveragePrecision, double>();
        MetricRegistry.Register<BinaryFBetaScore, double>();
        MetricRegistry.Register<LogLoss, double>();
        MetricRegistry.Register<RowLpError, double>();
        MetricRegistry.Register<MatthewsCorrelation, double>("mcc", "matthews_corrcoef");
        MetricRegistry.Register<CohenKappa, double>("cohen_kappa_score");
        MetricRegistry.Register<BalancedAccuracy, double>("balanced_accuracy_score");
        MetricRegistry.Register<IoU, double>();
        MetricRegistry.Register<MeanIoU, double>();
        MetricRegistry.Register<BinaryIoU, double>();
        MetricRegistry.Register<OneHotIoU, double>();
        MetricRegistry.Register<OneHotMeanIoU, double>();
        MetricRegistry.Register<Auc, double>("auc");
        MetricRegistry.Register<ExactAuc, double>("roc_auc", "roc_auc_score");
        MetricRegistry.Register<HistogramRocAuc, double>();
        MetricRegistry.Register<AveragePrecision, double>("average_precision_score");
        MetricRegistry.Register<OneVsRestAuc, double>();
        MetricRegistry.Register<OneVsOneAuc, double>();
        MetricRegistry.Register<PartialRocAuc, double>();
        MetricRegistry.Register<MultiLabelAuc, double>();
        MetricRegistry.Register<MultiLabelBinnedAuc, double>();
        MetricRegistry.Register<PrecisionAtRecall, double>();
        MetricRegistry.Register<RecallAtPrecision, double>();
        MetricRegistry.Register<SensitivityAtSpecificity, double>();
        MetricRegistry.Register<SpecificityAtSensitivity, double>();
        MetricRegistry.Register<ConfusionMatrix, double[,]>();
        MetricRegistry.Register<BrierScore, double>("brier_score_loss");
        MetricRegistry.Register<CalibrationError, double>("ece", "expected_calibration_error");
        MetricRegistry.Register<CalibrationCurve, CalibrationCurvePoints>();
        MetricRegistry.Register<LpError, double>();
        MetricRegistry.Register<MeanAbsoluteError, double>("mae");
        MetricRegistry.Register<MeanSquaredError, double>("mse");
        MetricRegistry.Register<RootMeanSquaredError, double>("rmse");
        MetricRegistry.Register<MeanSquaredLogError, double>("msle", "mean_squared_logarithmic_error");
        MetricRegistry.Register<RootMeanSquaredLogError, double>("rmsle", "root_mean_squared_logarithmic_error");
        MetricRegistry.Register<MeanAbsolutePercentageError, double>("mape");
        MetricRegistry.Register<Huber, double>();
        MetricRegistry.Register<LogCoshError, double>("logcosh");
        MetricRegistry.Register<CosineSimilarity, double>("cosine");
        MetricRegistry.Register<R2Score, double>("r2");
        MetricRegistry.Register<MultiOutputR2Score, double>();
        MetricRegistry.Register<ExplainedVariance, double>("explained_variance_score");
        MetricRegistry.Register<PearsonCorrelation, double>("pearson");
        MetricRegistry.Register<ConcordanceCorrelation, double>("ccc");
        MetricRegistry.Register<RowPearsonCorrelation, double>();
        MetricRegistry.Register<RowConcordanceCorrelation, double>();
        MetricRegistry.Register<MeanPinballLoss, double>();
        MetricRegistry.Register<SymmetricMeanAbsolutePercentageError, double>("smape");
        MetricRegistry.Register<WeightedMeanAbsolutePercentageError, double>("wmape");
        MetricRegistry.Register<MeanTweedieDeviance, double>();
        MetricRegistry.Register<D2TweedieScore, double>();
        MetricRegistry.Register<D2PinballScore, double>("d2_absolute_error_score");
        MetricRegistry.Register<MedianAbsoluteError, double>();
        MetricRegistry.Register<MaxError, double>();
        MetricRegistry.Register<SpearmanCorrelation, double>("spearman", "spearmanr");
        MetricRegistry.Register<KendallTau, double>("kendalltau");
        MetricRegistry.Register<PrecisionAtK, double>();
        MetricRegistry.Register<RecallAtK, double>();
        MetricRegistry.Register<MeanReciprocalRank, double>("mrr");
        MetricRegistry.Register<MeanAveragePrecision, double>("map");
        MetricRegistry.Register<NDCG, double>();
        MetricRegistry.Register<DCG, double>();
        MetricRegistry.Register<RetrievalItems, int>();
        MetricRegistry.Register<RetrievalMAP, double>();
        MetricRegistry.Register<RetrievalMRR, double>();
        MetricRegistry.Register<RetrievalPrecision, double>();
        MetricRegistry.Register<RetrievalRecall, double>();
        MetricRegistry.Register<RetrievalNormalizedDCG, double>("retrieval_ndcg");
        MetricRegistry.Register<RetrievalHitRate, double>();
        MetricRegistry.Register<RetrievalRPrecision, double>();
        MetricRegistry.Register<RetrievalFallOut, double>();
        const string DotProductInputs = "(labels, queries, keys, indices, features) rows";
        MetricRegistry.Register(DotProductPrecisionAtK.FromArguments, DotProductInputs);
        MetricRegistry.Register(DotProductRecallAtK.FromArguments, DotProductInputs);
        MetricRegistry.Register(DotProductMeanReciprocalRank.FromArguments, DotProductInputs);
        MetricRegistry.Register(DotProductMeanAveragePrecision.FromArguments, DotProductInputs);
        MetricRegistry.Register(DotProductNDCG.FromArguments, DotProductInputs);
    }

    // flax-metrics and Keras share four class names; a name means Keras' metric, with Keras' defaults, and flax-metrics'
    // metric (threshold 0 for logits, 0/0 = NaN) is named with the prefix "flax_". One C# type stands behind both names.
    private static void RegisterKerasAndFlaxNames()
    {
        MetricRegistry.RegisterSpellings<Accuracy, double>(KerasAccuracyDefaults, "flax_accuracy", "Accuracy", "accuracy", "acc");
        MetricRegistry.RegisterSpellings<Precision, double>(KerasCountsDefaults, "flax_precision", "Precision", "precision");
        MetricRegistry.RegisterSpellings<Recall, double>(KerasCountsDefaults, "flax_recall", "Recall", "recall");
        MetricRegistry.RegisterSpellings<F1Score, double>(KerasCountsDefaults, "flax_f1_score", "F1Score", "f1_score");
        MetricRegistry.RegisterSpellings<Accuracy, double>(OwnDefaults, null, "FlaxAccuracy", "flax_accuracy");
        MetricRegistry.RegisterSpellings<Precision, double>(OwnDefaults, null, "FlaxPrecision", "flax_precision");
        MetricRegistry.RegisterSpellings<Recall, double>(OwnDefaults, null, "FlaxRecall", "flax_recall");
        MetricRegistry.RegisterSpellings<F1Score, double>(OwnDefaults, null, "FlaxF1Score", "flax_f1_score");

        // scikit-learn's jaccard_score(y, p > 0.5) (average="binary"): the IoU of class 1 alone, without listing it.
        MetricRegistry.RegisterSpellings<BinaryIoU, double>(ClassOneJaccard, null, "jaccard_score", "binary_jaccard");
    }
}
