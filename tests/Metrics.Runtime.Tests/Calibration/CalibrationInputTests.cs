using System;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>Bad probabilities are named errors before anything is accumulated; empty metrics are NaN (or no points).</summary>
public sealed class CalibrationInputTests
{
    [Fact]
    public void AProbabilityAboveOneIsRejectedWithItsPositionAndValue()
    {
        var metric = new CalibrationError(numBins: 4);
        ArgumentChecks.Rejects<ArgumentOutOfRangeException>(
            () => metric.Update(new[] { 0, 1, 1 }, new[] { 0.2, 1.5, 0.7 }), "predictions", "predictions[1] = 1.5", "[0, 1]");
        Assert.True(double.IsNaN(metric.Compute()), "nothing was accumulated");
    }

    [Fact]
    public void ANegativeProbabilityInARowIsRejectedWithItsRowAndColumn() =>
        ArgumentChecks.Rejects<ArgumentOutOfRangeException>(
            () => new BrierScore().Update(new[] { 0, 1 }, new[,] { { 0.5, 0.5 }, { 1.2, -0.2 } }), "predictions", "row 1, column 0 = 1.2");

    [Fact]
    public void NaNProbabilitiesAreRejectedUnlessMasked()
    {
        ArgumentChecks.Rejects<ArgumentOutOfRangeException>(
            () => new CalibrationCurve().Update(new[] { 0, 1 }, new[] { double.NaN, 0.5 }), "predictions", "predictions[0] = NaN");
        var masked = new CalibrationCurve().Update(new[] { 0, 1 }, new[] { double.NaN, 0.5 }, new[] { false, true }).Compute();
        Assert.Equal([1.0], masked.ProbTrue);
        Assert.Equal([0.5], masked.ProbPred);
    }

    [Fact]
    public void LabelsMustBeZeroOrOne() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BrierScore().Update(new[] { 2 }, new[] { 0.5 }));

    [Fact]
    public void EmptyMetricsAreNaNAndTheEmptyCurveHasNoPoints()
    {
        Assert.True(double.IsNaN(new BrierScore().Compute()));
        Assert.True(double.IsNaN(new CalibrationError().Compute()));
        Assert.Empty(new CalibrationCurve().Compute().ProbTrue);
    }

    [Fact]
    public void AProbabilityOfOneHasABinOfItsOwnInCalibrationErrorButNotInTheCurve()
    {
        // TorchMetrics' bucketize(right=True): 0.75 and 1.0 are separate bins of 2 (gaps 0.75 and 0); scikit-learn pools them.
        var error = new CalibrationError(numBins: 2, norm: CalibrationNorm.Max).Update(new[] { 0, 1 }, new[] { 0.75, 1.0 });
        Assert.Equal(0.75, error.Compute());
        var curve = new CalibrationCurve(numBins: 2).Update(new[] { 0, 1 }, new[] { 0.75, 1.0 }).Compute();
        Assert.Equal([0.5], curve.ProbTrue);
        Assert.Equal([0.875], curve.ProbPred);
    }

    [Fact]
    public void RegisteredUnderScikitLearnAndShortAliases()
    {
        Assert.IsType<BrierScore>(MetricRegistry.Create("brier_score_loss").State);
        Assert.IsType<CalibrationError>(MetricRegistry.Create("ece").State);
        Assert.IsType<CalibrationCurve>(MetricRegistry.Create("calibration_curve").State);
    }
}
