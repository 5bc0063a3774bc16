using Metrics.Serialization.Tests.Binary.Custom;

namespace Metrics.Serialization.Tests.Json;

/// <summary>
/// Custom metrics declared in these tests (a user merge, an array sized by a parameter, kept samples, a Boolean and an
/// <see cref="IConfigValue{TSelf}"/> parameter) round-trip their configuration and their state through JSON exactly,
/// as the built-ins do.
/// </summary>
public sealed class CustomStateJsonTests
{
    [Fact]
    public void AUserMergeRoundTrips() =>
        Check(new RunningMoments().Update([1.5, 2, -3, 10]).Merge(new RunningMoments().Update([4.25, 0.1])));

    [Fact]
    public void AnArraySizedByAParameterRoundTrips() =>
        Check(new BucketCounts { Buckets = 7 }.Update([0.1, 0.5, 0.99, 0.5], [true, true, false, true], [1, 2, 0.5, 1]));

    [Fact]
    public void KeptSamplesRoundTripInEachStorage()
    {
        Check(new KeptScores().Update([1f, 0f, 1f], [0.5f, 0.25f, 0.75f]));
        Check(new KeptScores().Update([1.0, 300, 0.5], [0.1, 0.2, 0.3]));
        Check(new KeptScores().Update([1.0, 0, 1], [0.1, 0.2, 0.3], [true, true, true], [0.5, 1, 2]));
    }

    [Fact]
    public void BooleanAndConfigValueParametersRoundTrip() =>
        Check(new CutoffRate { Inclusive = true, Cutoffs = new Cutoffs("tenths", 0.3, 0.7) }.Update([0.2, 0.3, 0.9]));

    private static void Check<TMetric>(TMetric metric)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        Assert.NotEqual(metric.Empty(), metric);

        var json = MetricStateJson.ToJson(metric);
        var read = MetricStateJson.FromJson<TMetric>(json);
        Assert.Equal(metric, read);
        Assert.Equal(json, MetricStateJson.ToJson(read));

        var config = MetricConfig.FromJson(metric.GetConfig().ToJson());
        var configured = TMetric.FromConfig(config);
        Assert.True(configured.HasSameParameters(metric), $"{TMetric.MetricName}: {config.ToJson()}");
        Assert.Equal(metric.Empty(), configured);
    }
}
