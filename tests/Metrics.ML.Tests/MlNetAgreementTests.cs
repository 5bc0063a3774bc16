using System;
using System.Collections.Generic;
using Microsoft.ML;

namespace Metrics.ML.Tests;

/// <summary>
/// Our metrics on views scored by ML.NET's trainers against ML.NET's own evaluators on the same views. Both read the
/// same Single columns into doubles, so counts, ROC AUC and the regression errors agree to rounding (1e-9);
/// log losses differ by clipping (ML.NET 1e-15, ours Keras' 1e-7) and the row normalisation of the categorical
/// loss, hence 1e-5.
/// </summary>
public sealed class MlNetAgreementTests
{
    private const double Exact = 1e-9;

    [Fact]
    public void BinaryMetricsOnTheScoreMatchMlNet()
    {
        var view = GeneratedViews.Binary();
        var expected = GeneratedViews.Context.BinaryClassification.Evaluate(view);
        var columns = ScoredColumns.Binary();

        Assert.Equal(expected.Accuracy, (double)view.Evaluate(columns, "flax_accuracy").Compute(), Exact);
        Assert.Equal(expected.PositivePrecision, (double)view.Evaluate(columns, "flax_precision").Compute(), Exact);
        Assert.Equal(expected.PositiveRecall, (double)view.Evaluate(columns, "flax_recall").Compute(), Exact);
        Assert.Equal(expected.F1Score, (double)view.Evaluate(columns, "flax_f1_score").Compute(), Exact);
        Assert.Equal(expected.AreaUnderRocCurve, (double)view.Evaluate(columns, "roc_auc").Compute(), Exact);
    }

    [Fact]
    public void BinaryLogLossOnTheProbabilityMatchesMlNetInNats()
    {
        var view = GeneratedViews.Binary();
        var expected = GeneratedViews.Context.BinaryClassification.Evaluate(view);

        var nats = (double)view.Evaluate(ScoredColumns.Binary(BinaryPrediction.Probability), "binary_crossentropy").Compute();

        // ML.NET reports log loss in bits.
        Assert.Equal(expected.LogLoss, nats / Math.Log(2), 1e-5);
    }

    [Fact]
    public void PredictedLabelAndProbabilityAtOneHalfAgreeWithTheScore()
    {
        var view = GeneratedViews.Binary();
        var expected = GeneratedViews.Context.BinaryClassification.Evaluate(view);
        var atOneHalf = new Dictionary<string, object?> { ["threshold"] = 0.5 };

        Assert.Equal(expected.Accuracy, (double)view.Evaluate(ScoredColumns.Binary(BinaryPrediction.PredictedLabel), "accuracy", atOneHalf).Compute(), Exact);
        Assert.Equal(expected.F1Score, (double)view.Evaluate(ScoredColumns.Binary(BinaryPrediction.Probability), "f1_score", atOneHalf).Compute(), Exact);
    }

    [Fact]
    public void MulticlassMetricsOnKeyLabelsMatchMlNet()
    {
        var view = GeneratedViews.Multiclass();
        var expected = GeneratedViews.Context.MulticlassClassification.Evaluate(view);
        var columns = ScoredColumns.Multiclass();
        var classes = new Dictionary<string, object?> { ["num_classes"] = 4 };

        Assert.Equal(expected.MicroAccuracy, (double)view.Evaluate(columns, "sparse_categorical_accuracy").Compute(), Exact);
        Assert.Equal(expected.MacroAccuracy, (double)view.Evaluate(columns, "balanced_accuracy", classes).Compute(), Exact);
        Assert.Equal(expected.LogLoss, (double)view.Evaluate(columns, "sparse_categorical_crossentropy").Compute(), 1e-5);
    }

    [Fact]
    public void RegressionMetricsMatchMlNet()
    {
        var view = GeneratedViews.Regression();
        var expected = GeneratedViews.Context.Regression.Evaluate(view);
        var columns = ScoredColumns.Regression();

        Assert.Equal(expected.MeanAbsoluteError, (double)view.Evaluate(columns, "mae").Compute(), Exact);
        Assert.Equal(expected.MeanSquaredError, (double)view.Evaluate(columns, "mse").Compute(), Exact);
        Assert.Equal(expected.RootMeanSquaredError, (double)view.Evaluate(columns, "rmse").Compute(), Exact);
        Assert.Equal(expected.RSquared, (double)view.Evaluate(columns, "r2").Compute(), Exact);
    }
}
