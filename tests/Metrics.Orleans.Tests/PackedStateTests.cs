using System;
using System.Linq;
using Metrics.Orleans.Serialization;

namespace Metrics.Orleans.Tests;

/// <summary>State bytes with their runs of zeros left out: the very bytes back, and a clear refusal of broken ones.</summary>
public sealed class PackedStateTests
{
    [Fact]
    public void A_mostly_empty_histogram_state_packs_to_a_small_part_and_unpacks_to_the_same_bytes()
    {
        var random = new Random(16);
        var labels = Enumerable.Range(0, 20_000).Select(_ => (double)random.Next(2)).ToArray();
        var scores = labels.Select(label => (0.3 * label) + (0.7 * random.NextDouble())).ToArray();
        var collection = new MetricCollection("precision", "histogram_roc_auc");
        collection.Update(new MetricBatch(labels, scores));
        var state = MetricCollectionState.ToBytes(collection);

        var packed = PackedState.Pack(state);

        Assert.InRange(state.Length, 1 << 20, 2 << 20);
        Assert.InRange(packed.Length, 1, state.Length / 10);
        Assert.Equal(state, PackedState.Unpack(packed));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(1001)]
    [InlineData(65_537)]
    public void Bytes_with_runs_of_zeros_of_every_length_and_place_unpack_to_themselves(int length)
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var random = new Random(seed);
            var bytes = new byte[length];
            for (var at = 0; at < length;)
            {
                var run = random.Next(1, 40);
                if (random.Next(2) == 0)
                {
                    random.NextBytes(bytes.AsSpan(at, Math.Min(run, length - at)));
                }

                at += run;
            }

            Assert.Equal(bytes, PackedState.Unpack(PackedState.Pack(bytes)));
        }

        Assert.Equal(new byte[length], PackedState.Unpack(PackedState.Pack(new byte[length])));
    }

    [Fact]
    public void Bytes_without_zeros_grow_by_a_few_bytes_only()
    {
        var bytes = Enumerable.Range(0, 10_000).Select(i => (byte)((i % 255) + 1)).ToArray();

        var packed = PackedState.Pack(bytes);

        Assert.InRange(packed.Length, bytes.Length, bytes.Length + 15);
        Assert.Equal(bytes, PackedState.Unpack(packed));
    }

    [Fact]
    public void Packed_bytes_cut_short_or_changed_are_refused_with_the_problem_named()
    {
        var state = new byte[4096];
        state[100] = 7;
        state[4000] = 9;
        var packed = PackedState.Pack(state);

        var truncated = Assert.Throws<MetricStateException>(() => PackedState.Unpack(packed.AsSpan(0, packed.Length - 2)));
        var trailing = Assert.Throws<MetricStateException>(() => PackedState.Unpack([.. packed, 0]));
        var longer = packed.ToArray();
        longer[^1] = 0x7F;
        var pastTheEnd = Assert.Throws<MetricStateException>(() => PackedState.Unpack(longer));
        var empty = Assert.Throws<MetricStateException>(() => PackedState.Unpack([]));

        Assert.Equal(MetricStateProblem.Truncated, truncated.Problem);
        Assert.Equal(MetricStateProblem.Corrupted, trailing.Problem);
        Assert.Contains("follow the end of the state", trailing.Message, StringComparison.Ordinal);
        Assert.Equal(MetricStateProblem.Corrupted, pastTheEnd.Problem);
        Assert.Contains("passes the unpacked length", pastTheEnd.Message, StringComparison.Ordinal);
        Assert.Equal(MetricStateProblem.Truncated, empty.Problem);
    }
}
