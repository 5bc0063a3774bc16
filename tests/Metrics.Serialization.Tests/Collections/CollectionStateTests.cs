using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Metrics.Serialization.Worker;

namespace Metrics.Serialization.Tests.Collections;

/// <summary>
/// Collections with shared statistics, after masked and weighted updates, round-trip through the binary and JSON
/// collection formats bit for bit, merge after the trip as before it, and store each shared state once.
/// </summary>
public sealed class CollectionStateTests
{
    public static TheoryData<string> Entries() => [.. CollectionCatalog.All.Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(Entries))]
    public void BinaryRoundTripIsBitIdenticalAndMergesAsTheOriginals(string name)
    {
        var entry = Entry(name);
        var first = Fed(entry, shard: 0);
        var second = Fed(entry, shard: 1);
        var bytes = MetricCollectionState.ToBytes(first);

        var read = MetricCollectionState.Read(bytes);
        Assert.Equal(first.Names, read.Names);
        Assert.Equal(first.StatesPerUpdate, read.StatesPerUpdate);
        Assert.Equal(first.GetConfig(), read.GetConfig());
        Assert.Equal(bytes, MetricCollectionState.ToBytes(read));
        Assert.Equal(Values(first), Values(read));

        var readSecond = MetricCollectionState.Read(MetricCollectionState.ToBytes(second));
        read.Merge(readSecond);
        first.Merge(second);
        Assert.Equal(MetricCollectionState.ToBytes(first), MetricCollectionState.ToBytes(read));
        Assert.Equal(Values(first), Values(read));

        // Updated further after the trip, as the original: a read collection is a working one.
        entry.Feed(first, 2, 0);
        entry.Feed(read, 2, 0);
        Assert.Equal(MetricCollectionState.ToBytes(first), MetricCollectionState.ToBytes(read));
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void JsonRoundTripIsBitIdenticalAndMergesAsTheOriginals(string name)
    {
        var entry = Entry(name);
        var first = Fed(entry, shard: 0);
        var second = Fed(entry, shard: 1);
        var json = MetricCollectionState.ToJson(first);

        var read = MetricCollectionState.FromJson(json);
        Assert.Equal(json, MetricCollectionState.ToJson(read));
        Assert.Equal(MetricCollectionState.ToBytes(first), MetricCollectionState.ToBytes(read));
        Assert.Equal(Values(first), Values(read));

        read.Merge(MetricCollectionState.FromJson(MetricCollectionState.ToJson(second)));
        first.Merge(second);
        Assert.Equal(MetricCollectionState.ToBytes(first), MetricCollectionState.ToBytes(read));
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void EachStateIsStoredOnce(string name)
    {
        var collection = Fed(Entry(name), shard: 0);
        Assert.True(collection.StatesPerUpdate < collection.Names.Count, $"{name}: no member shares a state");

        var (config, count, states) = CollectionBytes.Parse(MetricCollectionState.ToBytes(collection));
        Assert.Equal(collection.GetConfig().ToJson(), Encoding.UTF8.GetString(config));
        Assert.Equal(collection.StatesPerUpdate, count);
        Assert.Equal(collection.StatesPerUpdate, states.Count);

        using var document = JsonDocument.Parse(MetricCollectionState.ToJson(collection));
        Assert.Equal(collection.StatesPerUpdate, document.RootElement.GetProperty("states").GetArrayLength());
    }

    [Fact]
    public void PrecisionRecallAndF1WriteOneBinaryCountsState()
    {
        var collection = MetricCollection.FromConfig(CollectionConfig.FromJson("""
            {"version": 2, "metrics": [
              {"name": "p", "class_name": "Precision", "config": {"threshold": 0.3}},
              {"name": "r", "class_name": "Recall", "config": {"threshold": 0.3}},
              {"name": "f", "class_name": "F1Score", "config": {"threshold": 0.3}}
            ]}
            """));
        collection.Update(new MetricBatch([1, 0, 1, 1], [0.9, 0.2, 0.1, 0.6]).WithWeights([1, 2, 0.5, 1]));
        Assert.Equal(1, collection.StatesPerUpdate);

        var bytes = MetricCollectionState.ToBytes(collection);
        var (config, count, states) = CollectionBytes.Parse(bytes);
        Assert.Equal(1, count);
        var state = Assert.Single(states);
        var counts = MetricState.Read<BinaryCounts>(state);
        Assert.Equal(2.5, counts.TruePositives + counts.FalseNegatives);
        Assert.Equal(14 + 4 + config.Length + 4 + MetricState.GetByteCount(counts) + 8, bytes.Length);
    }

    [Fact]
    public void ACollectionFromAConfigurationFileRoundTrips()
    {
        var entry = Entry("classes");
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, entry.ConfigJson);
            var collection = MetricCollection.FromConfig(CollectionConfig.FromJson(File.ReadAllText(path)));
            entry.Feed(collection, 0, 0);
            var read = MetricCollectionState.Read(MetricCollectionState.ToBytes(collection));
            Assert.Equal(MetricCollection.FromConfig(CollectionConfig.FromJson(File.ReadAllText(path))).GetConfig(), read.GetConfig());
            Assert.Equal(Values(collection), Values(read));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadIntoReplacesTheStatesOfACollectionBuiltFromTheSameConfiguration()
    {
        var entry = Entry("binary");
        var fed = Fed(entry, shard: 0);
        var bytes = MetricCollectionState.ToBytes(fed);

        var resumed = entry.Create();
        entry.Feed(resumed, 5, 5);
        MetricCollectionState.ReadInto(bytes, resumed);
        Assert.Equal(bytes, MetricCollectionState.ToBytes(resumed));
    }

    [Fact]
    public void StreamsAndBufferWritersHoldTheSameBytesOneCollectionAfterAnother()
    {
        var classes = Fed(Entry("classes"), shard: 0);
        var binary = Fed(Entry("binary"), shard: 1);
        var output = new ArrayBufferWriter<byte>();
        MetricCollectionState.Write(classes, output);
        Assert.Equal(MetricCollectionState.ToBytes(classes), output.WrittenSpan.ToArray());

        using var stream = new MemoryStream();
        MetricCollectionState.Write(classes, stream);
        MetricCollectionState.Write(binary, stream);
        stream.Position = 0;
        Assert.Equal(MetricCollectionState.ToBytes(classes), MetricCollectionState.ToBytes(MetricCollectionState.Read(stream)));
        Assert.Equal(MetricCollectionState.ToBytes(binary), MetricCollectionState.ToBytes(MetricCollectionState.Read(stream)));
        Assert.Equal(stream.Length, stream.Position);
    }

    [Fact]
    public void AnEmptyCollectionRoundTrips()
    {
        var empty = new MetricCollection();
        var bytes = MetricCollectionState.ToBytes(empty);
        Assert.Empty(MetricCollectionState.Read(bytes).Names);
        Assert.Empty(MetricCollectionState.FromJson(MetricCollectionState.ToJson(empty)).Names);
    }

    internal static CollectionEntry Entry(string name) => CollectionCatalog.All.Single(e => e.Name == name);

    internal static MetricCollection Fed(CollectionEntry entry, int shard)
    {
        var collection = entry.Create();
        for (var batch = 0; batch < 3; batch++)
        {
            entry.Feed(collection, shard, batch);
        }

        return collection;
    }

    private static string Values(MetricCollection collection) =>
        string.Join("\n", collection.Compute().Select(p => $"{p.Key} = {ValueText.Of(p.Value)}"));
}
