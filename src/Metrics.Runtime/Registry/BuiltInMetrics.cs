namespace Metrics;

/// <summary>The registry's table of built-in metrics and their Keras aliases.</summary>
internal static class BuiltInMetrics
{
    public static void RegisterAll()
    {
        MetricRegistry.Register<Average, double>("mean");
        MetricRegistry.Register<Sum, double>();
        MetricRegistry.Register<Min, double>();
        MetricRegistry.Register<Max, double>();
        MetricRegistry.Register<Welford, Statistics>();
        MetricRegistry.Register<Accuracy, double>("acc");
        MetricRegistry.Register<Precision, double>();
        MetricRegistry.Register<Recall, double>();
        MetricRegistry.Register<F1Score, double>();
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
        MetricRegistry.Register<AveragePrecision, double>("average_precision_score");
        MetricRegistry.Register<OneVsRestAuc, double>();
        MetricRegistry.Register<MultiLabelAuc, double>();
        MetricRegistry.Register<MultiLabelBinnedAuc, double>();
        MetricRegistry.Register<PrecisionAtRecall, double>();
        MetricRegistry.Register<RecallAtPrecision, double>();
        MetricRegistry.Register<SensitivityAtSpecificity, double>();
        MetricRegistry.Register<SpecificityAtSensitivity, double>();
        MetricRegistry.Register<ConfusionMatrix, double[,]>();
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
        MetricRegistry.Register<PrecisionAtK, double>();
        MetricRegistry.Register<RecallAtK, double>();
        MetricRegistry.Register<MeanReciprocalRank, double>("mrr");
        MetricRegistry.Register<MeanAveragePrecision, double>("map");
        MetricRegistry.Register<NDCG, double>();
        MetricRegistry.Register<DCG, double>();
    }
}
