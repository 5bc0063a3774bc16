using System;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Keras 2's per-sample loss functions used as metrics and the TF.js aliases, against the values Keras documents for its
/// classes (<c>shared/reference/peers.md</c> of the project §1.4, §1.5, §1.7, §2.1): each class's documented mean is the mean of
/// these per-sample values, and its value with weights [1, 0] is the first sample's.
/// </summary>
public sealed class FunctionalLossTests
{
    private static readonly double[] Labels = [0, 1, 0, 0];
    private static readonly double[] Probabilities = [0.6, 0.4, 0.4, 0.6];
    private static readonly double[] Counts = [1, 1, 0, 0];

    public static TheoryData<string, double[], double, double, double> DocumentedMeans() => new()
    {
        // identifier, predictions, documented mean, documented value with weights [1, 0], tolerance (float32 docs)
        { "hinge", Probabilities, 1.3, 1.1, 1e-6 },
        { "squared_hinge", Probabilities, 1.86, 1.46, 1e-6 },
        { "categorical_hinge", Probabilities, 1.4000001, 1.2, 1e-6 },
        { "kld", Probabilities, 0.45814306, 0.9162892, 1e-6 },
        { "kullback_leibler_divergence", Probabilities, 0.45814306, 0.9162892, 1e-6 },
        { "poisson", Counts, 0.49999997, 0.99999994, 1e-6 },
        { "logcosh", Counts, 0.10844523, 0.21689045, 1e-7 },
        { "huber", Probabilities, 0.155, 0.18, 1e-7 },
        { "mse", Counts, 0.25, 0.5, 0 },
        { "MSE", Counts, 0.25, 0.5, 0 },
        { "mape", Counts, 250000000.0, 500000000.0, 1 },
        { "MAPE", Counts, 250000000.0, 500000000.0, 1 },
    };

    [Theory]
    [MemberData(nameof(DocumentedMeans))]
    public void PerSampleValuesGiveKerasDocumentedMeans(string identifier, double[] predictions, double mean, double first, double tolerance)
    {
        var perSample = Functional.Get(identifier)(Labels, predictions, 2);
        Assert.Equal(2, perSample.Length);
        Assert.Equal(mean, (perSample[0] + perSample[1]) / 2, tolerance);
        Assert.Equal(first, perSample[0], tolerance);
    }

    [Fact]
    public void CosineProximityHasBothSigns()
    {
        // Keras' CosineSimilarity(axis=1) on [[0, 1], [1, 1]] vs [[1, 0], [1, 1]] → 0.49999997; TF.js' cosineProximity is
        // its negative, Keras 2's keras.metrics.cosine_proximity the positive.
        double[] labels = [0, 1, 1, 1];
        double[] predictions = [1, 0, 1, 1];
        var positive = Functional.Get("cosine_proximity")(labels, predictions, 2);
        var negative = Functional.Get("cosineProximity")(labels, predictions, 2);
        Assert.Equal(0.5, (positive[0] + positive[1]) / 2, 6);
        Assert.Equal(-0.5, (negative[0] + negative[1]) / 2, 6);
        Assert.Equal(Functional.CosineSimilarity(labels, predictions, 2), positive);
    }

    [Fact]
    public void AliasesAreTheSameFunctions()
    {
        double[] labels = [0, 1, 3, 4];
        double[] predictions = [0, 1, -3, -4];
        Assert.Equal(Functional.MeanSquaredError(labels, predictions, 2), Functional.MSE(labels, predictions, 2));
        Assert.Equal(Functional.MeanAbsolutePercentageError(labels, predictions, 2), Functional.MAPE(labels, predictions, 2));
        Assert.Equal(Functional.Get("mse")(labels, predictions, 2), Functional.Get("MSE")(labels, predictions, 2));
        Assert.Equal(Functional.Get("mape")(labels, predictions, 2), Functional.Get("MAPE")(labels, predictions, 2));
    }

    [Fact]
    public void AnUnknownIdentifierNamesTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => Functional.Get("msee"));
        Assert.Contains("'msee'", error.Message, StringComparison.Ordinal);
        Assert.Contains("mse", error.Message, StringComparison.Ordinal);
        Assert.Contains("cosine_proximity", Functional.Identifiers);
    }

    [Fact]
    public void HuberTakesItsDelta()
    {
        // |e| = 2 with delta 1: 1·(2 − 0.5) = 1.5; with delta 3: 0.5·4 = 2.
        Assert.Equal(1.5, Functional.Huber([0], [2], 1)[0]);
        Assert.Equal(2.0, Functional.Huber([0], [2], 1, delta: 3)[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Functional.Huber([0], [2], 1, delta: 0));
    }
}
