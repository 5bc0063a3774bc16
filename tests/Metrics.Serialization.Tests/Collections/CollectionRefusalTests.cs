using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Metrics.Serialization.Tests.Binary;
using Metrics.Serialization.Worker;

namespace Metrics.Serialization.Tests.Collections;

/// <summary>
/// What the collection readers refuse: inputs that are not collection states, truncated, changed, newer, another
/// collection's, or with fewer or more states than the configuration needs. Every refusal is a
/// <see cref="MetricStateException"/>; a refused <c>ReadInto</c> leaves the collection unchanged.
/// </summary>
public sealed class CollectionRefusalTests
{
    private static readonly CollectionEntry Binary = CollectionStateTests.Entry("binary");
    private static readonly byte[] Bytes = MetricCollectionState.ToBytes(CollectionStateTests.Fed(Binary, shard: 0));

    [Fact]
    public void AnEmptyInputOrASingleMetricsStateIsNotACollectionState()
    {
        Assert.Equal(MetricStateProblem.NotAState, Refusal(() => MetricCollectionState.Read([])).Problem);
        var single = Refusal(() => MetricCollectionState.Read(MetricState.ToBytes(new Accuracy())));
        Assert.Equal(MetricStateProblem.NotAState, single.Problem);
        Assert.Contains("MetricState", single.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryTruncationIsRefusedAsTruncated()
    {
        for (var length = 1; length < Bytes.Length; length++)
        {
            var e = Refusal(() => MetricCollectionState.Read(Bytes.AsSpan(0, length)));
            Assert.True(e.Problem == MetricStateProblem.Truncated, $"{length} bytes: {e.Problem}: {e.Message}");
        }
    }

    [Fact]
    public void AFlippedBitIsRefusedAsCorrupted()
    {
        foreach (var at in new[] { 20, Bytes.Length / 2, Bytes.Length - 20, Bytes.Length - 1 })
        {
            var flipped = (byte[])Bytes.Clone();
            flipped[at] ^= 0x10;
            Assert.Equal(MetricStateProblem.Corrupted, Refusal(() => MetricCollectionState.Read(flipped)).Problem);
        }
    }

    [Fact]
    public void ANewerFormatIsRefusedNamingBothVersions()
    {
        var newer = (byte[])Bytes.Clone();
        newer[4] = 2;
        var e = Refusal(() => MetricCollectionState.Read(newer));
        Assert.Equal(MetricStateProblem.NewerFormat, e.Problem);
        Assert.Contains("version 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BytesAfterTheCollectionAreRefused()
    {
        var e = Refusal(() => MetricCollectionState.Read([.. Bytes, 0]));
        Assert.Equal(MetricStateProblem.Invalid, e.Problem);
    }

    [Fact]
    public void ReadIntoRefusesAnotherCollectionsStateAndChangesNothing()
    {
        var target = CollectionStateTests.Fed(Binary, shard: 1);
        var before = MetricCollectionState.ToBytes(target);

        var otherMembers = MetricCollectionState.ToBytes(CollectionStateTests.Fed(CollectionStateTests.Entry("classes"), shard: 0));
        var members = Refusal(() => MetricCollectionState.ReadInto(otherMembers, target));
        Assert.Equal(MetricStateProblem.OtherLayout, members.Problem);
        Assert.Contains("kappa", members.Message, StringComparison.Ordinal);

        var otherParameters = MetricCollection.FromConfig(CollectionConfig.FromJson(Binary.ConfigJson.Replace("\"threshold\": 0.6", "\"threshold\": 0.7", StringComparison.Ordinal)));
        var parameters = Refusal(() => MetricCollectionState.ReadInto(MetricCollectionState.ToBytes(otherParameters), target));
        Assert.Equal(MetricStateProblem.OtherLayout, parameters.Problem);
        Assert.Contains("recall@0.6", parameters.Message, StringComparison.Ordinal);
        Assert.Contains("0.7", parameters.Message, StringComparison.Ordinal);

        Assert.Equal(before, MetricCollectionState.ToBytes(target));
    }

    [Fact]
    public void FewerOrMoreStatesThanTheConfigurationNeedsAreRefused()
    {
        var (config, count, states) = CollectionBytes.Parse(Bytes);
        Assert.Equal(count, states.Count);

        // The count agrees with the states present but not with the collection.
        Assert.Equal(MetricStateProblem.OtherLayout, Refusal(() => MetricCollectionState.Read(CollectionBytes.Assemble(config, count - 1, states.SkipLast(1)))).Problem);
        Assert.Equal(MetricStateProblem.OtherLayout, Refusal(() => MetricCollectionState.Read(CollectionBytes.Assemble(config, count + 1, [.. states, states[0]]))).Problem);

        // The count agrees with the collection but not with the states present.
        var fewer = Refusal(() => MetricCollectionState.Read(CollectionBytes.Assemble(config, count, states.SkipLast(1))));
        Assert.Equal(MetricStateProblem.Invalid, fewer.Problem);
        var more = Refusal(() => MetricCollectionState.Read(CollectionBytes.Assemble(config, count, [.. states, states[0]])));
        Assert.Equal(MetricStateProblem.Invalid, more.Problem);

        // ReadInto refuses them all or nothing: the target keeps its state.
        var target = CollectionStateTests.Fed(Binary, shard: 1);
        var before = MetricCollectionState.ToBytes(target);
        Refusal(() => MetricCollectionState.ReadInto(CollectionBytes.Assemble(config, count, [.. states, states[0]]), target));
        Assert.Equal(before, MetricCollectionState.ToBytes(target));
    }

    [Fact]
    public void StatesInAnotherOrderOrWithOtherParametersAreRefused()
    {
        var (config, count, states) = CollectionBytes.Parse(Bytes);
        // States 1 and 2 are both BinaryCounts (thresholds 0.4 and 0.6); the last is another metric's.
        var swapped = states.ToList();
        (swapped[0], swapped[1]) = (swapped[1], swapped[0]);
        var thresholds = Refusal(() => MetricCollectionState.Read(CollectionBytes.Assemble(config, count, swapped)));
        Assert.Equal(MetricStateProblem.OtherLayout, thresholds.Problem);
        Assert.Contains("State 1 of", thresholds.Message, StringComparison.Ordinal);
        Assert.Contains("threshold: 0.6 in the bytes, 0.4 here", thresholds.Message, StringComparison.Ordinal);

        swapped = states.ToList();
        (swapped[0], swapped[^1]) = (swapped[^1], swapped[0]);
        Assert.Equal(MetricStateProblem.OtherMetric, Refusal(() => MetricCollectionState.Read(CollectionBytes.Assemble(config, count, swapped))).Problem);

        // The configuration of a collection with other parameters above the states of this one.
        var otherConfig = Encoding.UTF8.GetBytes(Binary.ConfigJson.Replace("\"threshold\": 0.4", "\"threshold\": 0.45", StringComparison.Ordinal));
        var parameters = Refusal(() => MetricCollectionState.Read(CollectionBytes.Assemble(otherConfig, count, states)));
        Assert.Equal(MetricStateProblem.OtherLayout, parameters.Problem);
        Assert.Contains("threshold", parameters.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidStoredConfigurationIsRefused()
    {
        var (_, count, states) = CollectionBytes.Parse(Bytes);
        Assert.Equal(MetricStateProblem.Invalid, Refusal(() => MetricCollectionState.Read(CollectionBytes.Assemble("{\"metrics\": 3}"u8.ToArray(), count, states))).Problem);
        var unknown = Binary.ConfigJson.Replace("\"Accuracy\"", "\"Acuracy\"", StringComparison.Ordinal);
        var e = Refusal(() => MetricCollectionState.Read(CollectionBytes.Assemble(Encoding.UTF8.GetBytes(unknown), count, states)));
        Assert.Equal(MetricStateProblem.Invalid, e.Problem);
        Assert.Contains("Acuracy", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonWithFewerStatesOrOtherParametersIsRefused()
    {
        var json = MetricCollectionState.ToJson(CollectionStateTests.Fed(Binary, shard: 0));

        var fewer = JsonNode.Parse(json)!;
        fewer["states"]!.AsArray().RemoveAt(0);
        Assert.Equal(MetricStateProblem.OtherLayout, Refusal(() => MetricCollectionState.FromJson(fewer.ToJsonString())).Problem);

        var other = JsonNode.Parse(json)!;
        var first = other["states"]![0]!["config"]!.AsObject();
        var parameter = first.First().Key;
        first[parameter] = 0.123;
        var e = Refusal(() => MetricCollectionState.FromJson(other.ToJsonString()));
        Assert.Equal(MetricStateProblem.OtherLayout, e.Problem);
        Assert.Contains(parameter, e.Message, StringComparison.Ordinal);

        Assert.Equal(MetricStateProblem.Invalid, Refusal(() => MetricCollectionState.FromJson("{\"config\": ")).Problem);
        Assert.Equal(MetricStateProblem.Invalid, Refusal(() => MetricCollectionState.FromJson("[]")).Problem);
        Assert.Equal(MetricStateProblem.Invalid, Refusal(() => MetricCollectionState.FromJson("{\"config\": {\"metrics\": []}, \"states\": [], \"extra\": 1}")).Problem);
    }

    [Fact]
    public void FuzzedBytesAreReadOrRefusedWithAMetricStateExceptionOnly()
    {
        var random = new Random(20261207);
        var refused = 0;
        for (var i = 0; i < 400; i++)
        {
            var bytes = (byte[])Bytes.Clone();
            var resealed = i % 2 == 1;
            var flips = 1 + random.Next(3);
            for (var f = 0; f < flips; f++)
            {
                // Flips past the prefix when resealing, so that the parsers behind the checksum are reached.
                var at = resealed ? 14 + random.Next(bytes.Length - 22) : random.Next(bytes.Length);
                bytes[at] ^= (byte)(1 << random.Next(8));
            }

            if (resealed)
            {
                ForgedBytes.Reseal(bytes);
            }
            else if (i % 4 == 0)
            {
                bytes = bytes[..random.Next(bytes.Length)];
            }

            try
            {
                MetricCollectionState.Read(bytes);
            }
            catch (MetricStateException)
            {
                refused++;
            }
        }

        Assert.True(refused > 200, $"only {refused} of 400 fuzzed inputs were refused");
    }

    private static MetricStateException Refusal(Action read) => Assert.Throws<MetricStateException>(read);
}
