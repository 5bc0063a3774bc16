using System;
using System.Linq;
using System.Threading.Tasks;
using Metrics.Orleans.Serialization;
using Metrics.Orleans.Tests.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;

namespace Metrics.Orleans.Tests;

/// <summary>Metrics and collections through Orleans' serializer, copier and grain calls.</summary>
public sealed class CodecTests(ThreeSilos silos) : IClassFixture<ThreeSilos>
{
    private static readonly double[] Labels = [0, 1, 1, 0, 1, 0, 1, 1];
    private static readonly double[] Scores = [0.2, 0.9, 0.6, 0.3, 0.8, 0.1, 0.45, 0.7];

    private static ShiftedMean UserMetric(int from, int to) =>
        new ShiftedMean().Update(Labels.AsSpan(from, to - from), Scores.AsSpan(from, to - from));

    private static MetricCollection Collection()
    {
        var collection = MetricCollection.FromConfig(Shards.WithAuc);
        collection.Update(new MetricBatch(Labels, Scores));
        return collection;
    }

    private static ServiceProvider Services() =>
        new ServiceCollection().AddSerializer(serializer => serializer.AddMetrics()).BuildServiceProvider();

    [Fact]
    public void A_user_metric_without_Orleans_attributes_round_trips_through_the_serializer_bit_for_bit()
    {
        using var services = Services();
        var serializer = services.GetRequiredService<Serializer>();
        var metric = UserMetric(0, 8);

        var typed = serializer.Deserialize<ShiftedMean>(serializer.SerializeToArray(metric));
        var boxed = serializer.Deserialize<object>(serializer.SerializeToArray<object>(metric));

        Assert.Equal(MetricState.ToBytes(metric), MetricState.ToBytes(typed));
        Assert.Equal(MetricState.ToBytes(metric), MetricState.ToBytes((ShiftedMean)boxed!));
        Assert.Equal(8, typed.Samples.Count);
    }

    [Fact]
    public void A_collection_round_trips_through_the_serializer_and_the_copier_bit_for_bit()
    {
        using var services = Services();
        var collection = Collection();

        var read = services.GetRequiredService<Serializer>().Deserialize<MetricCollection>(
            services.GetRequiredService<Serializer>().SerializeToArray(collection));
        var copy = services.GetRequiredService<DeepCopier>().Copy(collection);

        Assert.Equal(MetricCollectionState.ToBytes(collection), MetricCollectionState.ToBytes(read!));
        Assert.Equal(MetricCollectionState.ToBytes(collection), MetricCollectionState.ToBytes(copy!));
        Assert.NotSame(collection, copy);
        collection.Update(new MetricBatch(Labels, Scores));
        Assert.NotEqual(MetricCollectionState.ToBytes(collection), MetricCollectionState.ToBytes(copy!));
    }

    [Fact]
    public void A_copied_metric_shares_no_sample_storage_with_the_original()
    {
        using var services = Services();
        var metric = UserMetric(0, 4);
        var copy = services.GetRequiredService<DeepCopier>().Copy(metric);

        var grown = metric.Merge(UserMetric(4, 8));

        Assert.Equal(4, copy.Samples.Count);
        Assert.Equal(8, grown.Samples.Count);
        Assert.Equal(MetricState.ToBytes(UserMetric(0, 4)), MetricState.ToBytes(copy));
    }

    [Fact]
    public void Only_metrics_and_collections_are_claimed_by_the_codec()
    {
        Assert.True(MetricCodec.IsMetricType(typeof(ShiftedMean)));
        Assert.True(MetricCodec.IsMetricType(typeof(MetricCollection)));
        Assert.False(MetricCodec.IsMetricType(typeof(double)));
        Assert.False(MetricCodec.IsMetricType(typeof(MetricBatch).Assembly.GetTypes().First(t => t.Name == "SumArray")));
    }

    [Fact]
    public async Task A_user_metric_and_a_collection_cross_a_grain_call_both_ways_bit_for_bit()
    {
        var echo = silos.Cluster.GrainFactory.GetGrain<IEchoGrain>(1);
        var collection = Collection();

        var merged = await echo.MergeAsync(UserMetric(0, 3), UserMetric(3, 8));
        var echoed = await echo.EchoAsync(collection);

        Assert.Equal(MetricState.ToBytes(UserMetric(0, 3).Merge(UserMetric(3, 8))), MetricState.ToBytes(merged));
        Assert.Equal(MetricCollectionState.ToBytes(collection), MetricCollectionState.ToBytes(echoed));
        Assert.Equal(collection.Compute()["auc"], echoed.Compute()["auc"]);
    }
}
