using System;
using Xunit;

namespace Metrics.Serialization.Tests.Binary;

/// <summary>
/// Every built-in × random truncations and bit flips (fixed seeds): each is refused with a
/// <see cref="MetricStateException"/>, never another exception. Mutations whose checksum (and fingerprint) are then
/// redone reach the parsers behind those checks: they either read or are refused the same way.
/// </summary>
public sealed class FuzzTests
{
    private const int Truncations = 40;
    private const int Flips = 40;
    private const int Forged = 40;

    /// <summary>Random truncations and bit flips of a built-in's state.</summary>
    [Theory]
    [MemberData(nameof(BuiltInCases.Data), MemberType = typeof(BuiltInCases))]
    public void BuiltInMutationsAreRefused(string name) =>
        RoundTrip.Invoke(nameof(Mutate), BuiltInCases.Get(name).Create(), typeof(FuzzTests), StableSeed(name));

    private static void Mutate<TMetric>(TMetric metric, int seed)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var random = new Random(seed);
        var bytes = MetricState.ToBytes(metric);
        for (var i = 0; i < Truncations; i++)
        {
            var length = random.Next(bytes.Length);
            Assert.Throws<MetricStateException>(() => MetricState.Read<TMetric>(bytes.AsSpan(0, length)));
        }

        for (var i = 0; i < Flips; i++)
        {
            var flipped = Flip(bytes, random, 0);
            Assert.Throws<MetricStateException>(() => MetricState.Read<TMetric>(flipped));
        }

        // After the checksum (and fingerprint) are redone, a flip beyond the header may still describe a valid state.
        for (var i = 0; i < Forged; i++)
        {
            var forged = Flip(bytes, random, ForgedBytes.FingerprintAt(bytes) + 8);
            forged = i % 2 == 0 ? ForgedBytes.Reseal(forged) : ForgedBytes.Refingerprint<TMetric>(forged);
            try
            {
                var read = MetricState.Read<TMetric>(forged);
                Assert.Equal(forged.Length, MetricState.ToBytes(read).Length);
            }
            catch (MetricStateException)
            {
                // Refused as it should be.
            }
        }
    }

    // string.GetHashCode is randomized per process; the seed must not be.
    private static int StableSeed(string name)
    {
        var seed = 17;
        foreach (var c in name)
        {
            seed = unchecked((seed * 31) + c);
        }

        return seed;
    }

    /// <summary>Flips 1 to 3 distinct bits between <paramref name="from"/> and the checksum (so the bytes do change).</summary>
    private static byte[] Flip(byte[] bytes, Random random, int from)
    {
        var flipped = (byte[])bytes.Clone();
        var flips = 1 + random.Next(3);
        var bits = new System.Collections.Generic.HashSet<int>();
        while (bits.Count < flips)
        {
            bits.Add(random.Next(from * 8, (bytes.Length - 8) * 8));
        }

        foreach (var bit in bits)
        {
            flipped[bit / 8] ^= (byte)(1 << (bit % 8));
        }

        return flipped;
    }
}
