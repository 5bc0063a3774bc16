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
