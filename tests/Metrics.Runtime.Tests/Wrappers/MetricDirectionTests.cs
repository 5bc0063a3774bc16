using System;
using System.Linq;
using Xunit;

namespace Metrics.Runtime.Tests.Wrappers;

public sealed class MetricDirectionTests
{
    [Theory]
    [InlineData(typeof(Accuracy), true)]
    [InlineData(typeof(Auc), true)]
    [InlineData(typeof(R2Score), true)]
    [InlineData(typeof(NDCG), true)]
    [InlineData(typeof(MeanSquaredError), false)]
    [InlineData(typeof(BinaryCrossentropy), false)]
    [InlineData(typeof(CalibrationError), false)]
    [InlineData(typeof(Hinge), false)]
    public void BuiltInsDeclareTheirDirection(Type metric, bool higherIsBetter) =>
        Assert.Equal(higherIsBetter, MetricDirection.HigherIsBetter(metric));

    [Fact]
    public void CountsAndCurvesDeclareNone()
    {
        Assert.Null(MetricDirection.HigherIsBetter<Sum>());
        Assert.Null(MetricDirection.HigherIsBetter<ConfusionMatrix>());
        Assert.Null(MetricDirection.HigherIsBetter<TruePositives>());
        Assert.True(MetricDirection.HigherIsBetter<Precision>());
    }

    [Fact]
    public void EveryLossOrErrorIsLowerIsBetter()
    {
        // Names that say loss: whatever else a built-in declares, these must be minimized.
        var losses = typeof(MeanSquaredError).Assembly.GetTypes()
            .Where(t => t.IsValueType && t.IsDefined(typeof(MetricAttribute), false))
            .Where(t => t.Name.EndsWith("Error", StringComparison.Ordinal) || t.Name.Contains("Crossentropy", StringComparison.Ordinal)
                || t.Name.Contains("Hinge", StringComparison.Ordinal) || t.Name == nameof(KLDivergence) || t.Name == nameof(BrierScore))
            .ToArray();

        Assert.True(losses.Length >= 15, $"{losses.Length} losses found.");
        Assert.All(losses, t => Assert.False(MetricDirection.HigherIsBetter(t) ?? true, t.Name));
    }
}
