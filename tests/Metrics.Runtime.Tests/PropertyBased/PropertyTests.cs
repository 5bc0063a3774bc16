using System;
using System.Collections.Generic;
using System.Linq;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Algebraic properties every metric must have, checked on seeded random data of several sizes (0, 1, 7, 1000) for
/// every built-in metric and the custom metrics of this project: a mask is indexing, merged shards are one pass,
/// integer weights are repetition, Reset is a fresh metric, and an empty batch changes nothing. Components that are
/// counts (or extrema, or indicator sums with dyadic weights) must agree exactly; sums of real values within 1e-12.
/// </summary>
public sealed class PropertyTests
{
    private const double Relative = 1e-12;
    private const double Absolute = 1e-12;

    private static readonly int[] Seeds = [1, 2, 3];
    private static readonly int[] Sizes = [0, 1, 7, 1000];

    public static TheoryData<string> Drivers() => new(MetricDrivers.All.Select(d => d.Name));

    private static IEnumerable<(Random Rng, int Size, string Context)> Runs(string driver) =>
        from seed in Seeds
        from size in Sizes
        select (new Random((seed * 7919) + size), size, $"{driver}, seed {seed}, n = {size}");

    private static void AssertSame(IMetricDriver d, object expected, object actual, string context)
    {
        Approx.Identical(d.Exact(expected), d.Exact(actual), context + " (exact components)");
        Approx.Equal(d.Approximate(expected), d.Approximate(actual), Relative, Absolute, context + " (rounded components)");
    }

    private static void AssertIdentical(IMetricDriver d, object expected, object actual, string context)
    {
        Approx.Identical(d.Exact(expected), d.Exact(actual), context + " (exact components)");
        Approx.Identical(d.Approximate(expected), d.Approximate(actual), context + " (rounded components)");
    }

    // ------------------------------------------------------------------ (a) mask ≡ indexing

    [Theory]
    [MemberData(nameof(Drivers))]
    public void MaskEqualsIndexing(string name)
    {
        var d = MetricDrivers.Get(name);
        foreach (var (rng, n, context) in Runs(name))
        {
            var batch = d.Generate(rng, n);
            var mask = rng.Mask(n, 0.7);
            var weights = rng.DyadicWeights(n);
            var selected = batch.Where(mask);
            var selectedWeights = weights.Where((_, i) => mask[i]).ToArray();

            var masked = d.Update(d.Create(), batch, mask, null);
            AssertSame(d, d.Update(d.Create(), selected, null, null), masked, context + ", mask");

            var maskedWeighted = d.Update(d.Create(), batch, mask, weights);
            AssertSame(d, d.Update(d.Create(), selected, null, selectedWeights), maskedWeighted, context + ", mask and weights");

            // Masked-out rows are never read: NaN (and out-of-range class indices) there change nothing.
            var notMasked = mask.Select(m => !m).ToArray();
            var poisoned = d.Poison(batch, notMasked, outOfRange: true);
            Action<IMetricDriver, object, object, string> unchanged = d.LaneIndependent ? AssertIdentical : AssertSame;
            unchanged(d, masked, d.Update(d.Create(), poisoned, mask, null), context + ", poisoned masked-out rows");
            unchanged(d, maskedWeighted, d.Update(d.Create(), poisoned, mask, weights), context + ", poisoned masked-out rows, weights");
        }
    }

    [Theory]
    [MemberData(nameof(Drivers))]
    public void ZeroWeightExcludesTheElement(string name)
    {
        var d = MetricDrivers.Get(name);
        foreach (var (rng, n, context) in Runs(name))
        {
            var batch = d.Generate(rng, n);
            var weights = rng.DyadicWeights(n);
            var kept = weights.Select(w => w > 0).ToArray();
            var weighted = d.Update(d.Create(), batch, null, weights);
            AssertSame(d, d.Update(d.Create(), batch.Where(kept), null, weights.Where(w => w > 0).ToArray()), weighted, context);

            // A NaN in an element of weight 0 must not leak (no NaN·0); within rounding where a vector Log/Exp sees it.
            var zero = kept.Select(k => !k).ToArray();
            Action<IMetricDriver, object, object, string> unchanged = d.LaneIndependent ? AssertIdentical : AssertSame;
            unchanged(d, weighted, d.Update(d.Create(), d.Poison(batch, zero, outOfRange: false), null, weights), context + ", NaN under weight 0");
        }
    }

    // ------------------------------------------------------------------ (b) merged shards ≡ one pass

    [Theory]
    [MemberData(nameof(Drivers))]
    public void MergedShardsEqualOnePass(string name)
    {
        var d = MetricDrivers.Get(name);
        foreach (var (rng, n, context) in Runs(name))
        {
            var batch = d.Generate(rng, n);
            var mask = rng.Mask(n, 0.8);
            var weights = rng.DyadicWeights(n);
            var template = d.Create();
            var onePass = d.Update(template, batch, mask, weights);

            for (var trial = 0; trial < 4; trial++)
            {
                var shardCount = rng.Next(1, 6);
                var cuts = Enumerable.Range(0, shardCount - 1).Select(_ => rng.Next(0, n + 1)).Append(0).Append(n).Order().ToArray();
                var shards = new List<object>();
                for (var s = 0; s + 1 < cuts.Length; s++)
                {
                    var (start, count) = (cuts[s], cuts[s + 1] - cuts[s]);
                    shards.Add(d.Update(
                        d.Empty(onePass), batch.Range(start, count), mask[start..(start + count)], weights[start..(start + count)]));
                }

                var shardsBefore = shards.Select(s => d.Exact(s).Concat(d.Approximate(s)).ToArray()).ToList();
                var forward = shards.Skip(1).Aggregate(shards[0], d.Merge);
                var backward = shards.Take(shards.Count - 1).Reverse().Aggregate(shards[^1], d.Merge);
                var shardContext = $"{context}, {shards.Count} shards at [{string.Join(", ", cuts)}]";
                AssertSame(d, onePass, forward, shardContext + ", merged in order");
                AssertSame(d, onePass, backward, shardContext + ", merged in reverse order");
                Assert.True(d.HasSameParameters(template, forward), shardContext + ": merging lost the parameters");

                // Merge is pure: no shard changed.
                for (var s = 0; s < shards.Count; s++)
                {
                    Approx.Identical(shardsBefore[s], d.Exact(shards[s]).Concat(d.Approximate(shards[s])).ToArray(), $"{shardContext}, shard {s} after merging");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Drivers))]
    public void SeveralUpdatesEqualOneUpdate(string name)
    {
        var d = MetricDrivers.Get(name);
        foreach (var (rng, n, context) in Runs(name))
        {
            var batch = d.Generate(rng, n);
            var weights = rng.DyadicWeights(n);
            var cut = rng.Next(0, n + 1);
            var whole = d.Update(d.Create(), batch, null, weights);
            var first = d.Update(d.Create(), batch.Range(0, cut), null, weights[..cut]);
            var both = d.Update(first, batch.Range(cut, n - cut), null, weights[cut..]);
            AssertSame(d, whole, both, $"{context}, split at {cut}");
        }
    }

    // ------------------------------------------------------------------ (c) integer weights ≡ repetition

    [Theory]
    [MemberData(nameof(Drivers))]
    public void IntegerWeightsEqualRepetition(string name)
    {
        var d = MetricDrivers.Get(name);
        foreach (var (rng, n, context) in Runs(name))
        {
            var batch = d.Generate(rng, n);
            var counts = rng.IntegerWeights(n);
            var weighted = d.Update(d.Create(), batch, null, counts.Select(c => (double)c).ToArray());
            AssertSame(d, d.Update(d.Create(), batch.Repeat(counts), null, null), weighted, context);

            var ones = d.Update(d.Create(), batch, null, Enumerable.Repeat(1.0, n).ToArray());
            AssertIdentical(d, d.Update(d.Create(), batch, null, null), ones, context + ", unit weights");
        }
    }

    // ------------------------------------------------------------------ (d) Reset ≡ fresh, Empty keeps parameters

    [Theory]
    [MemberData(nameof(Drivers))]
    public void ResetEqualsFreshAndEmptyKeepsParameters(string name)
    {
        var d = MetricDrivers.Get(name);
        foreach (var (rng, n, context) in Runs(name))
        {
            var batch = d.Generate(rng, n);
            foreach (var fresh in new[] { d.Create(), d.CreateOther() }.OfType<object>())
            {
                var used = d.Update(fresh, batch, null, null);
                var before = d.Exact(used).Concat(d.Approximate(used)).ToArray();

                var empty = d.Empty(used);
                Assert.True(fresh.Equals(empty), $"{context}: Empty() is {empty}, a fresh metric is {fresh}");
                Assert.True(d.HasSameParameters(used, empty), $"{context}: Empty() changed the parameters");
                Approx.Identical(before, d.Exact(used).Concat(d.Approximate(used)).ToArray(), context + ", Empty() changed its receiver");

                var (inPlace, returned) = d.Reset(used);
                Assert.True(fresh.Equals(inPlace), $"{context}: after Reset() the metric is {inPlace}, a fresh metric is {fresh}");
                Assert.True(fresh.Equals(returned), $"{context}: Reset() returned {returned}, a fresh metric is {fresh}");
                AssertIdentical(d, fresh, inPlace, context + ", Reset()");
            }

            if (d.CreateOther() is { } other)
            {
                Assert.False(d.Create().Equals(other), $"{name}: metrics with different parameters compare equal");
                Assert.False(d.HasSameParameters(d.Create(), other), $"{name}: HasSameParameters ignores a parameter");
                Assert.False(d.Empty(d.Update(other, batch, null, null)).Equals(d.Create()), $"{context}: Empty() lost the parameters");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Drivers))]
    public void CopyIsIndependent(string name)
    {
        var d = MetricDrivers.Get(name);
        foreach (var (rng, n, context) in Runs(name))
        {
            var metric = d.Update(d.Create(), d.Generate(rng, n), null, null);
            var copy = d.Copy(metric);
            Assert.True(metric.Equals(copy), context + ": a copy differs from its source");
            var snapshot = d.Exact(copy).Concat(d.Approximate(copy)).ToArray();
            d.Update(metric, d.Generate(rng, 5), null, null);
            Approx.Identical(snapshot, d.Exact(copy).Concat(d.Approximate(copy)).ToArray(), context + ", copy after updating the source");
        }
    }

    // ------------------------------------------------------------------ (e) empty or all-masked batch changes nothing

    [Theory]
    [MemberData(nameof(Drivers))]
    public void EmptyOrAllMaskedBatchLeavesStateUnchanged(string name)
    {
        var d = MetricDrivers.Get(name);
        foreach (var (rng, n, context) in Runs(name))
        {
            foreach (var start in new[] { d.Create(), d.Update(d.Create(), d.Generate(rng, 9), null, null) })
            {
                var batch = d.Generate(rng, n);
                var none = new bool[n];
                var zeros = new double[n];
                var cases = new (string What, object State)[]
                {
                    ("empty batch", d.Update(start, d.Generate(rng, 0), null, null)),
                    ("empty batch, empty mask", d.Update(start, d.Generate(rng, 0), [], null)),
                    ("empty batch, empty weights", d.Update(start, d.Generate(rng, 0), null, [])),
                    ("all masked", d.Update(start, batch, none, null)),
                    ("all masked, weighted", d.Update(start, batch, none, rng.DyadicWeights(n))),
                    ("all weights zero", d.Update(start, batch, null, zeros)),
                };
                foreach (var (what, state) in cases)
                {
                    AssertIdentical(d, start, state, $"{context}, {what}");
                    Assert.True(start.Equals(state), $"{context}, {what}: {state} differs from {start}");
                }
            }
        }
    }

    // ------------------------------------------------------------------ numerical stability

    [Fact]
    public void WelfordIsStableFarFromZero()
    {
        var rng = new Random(20240611);
        const int n = 100_000;
        const double offset = 1e9;
        var values = Enumerable.Range(0, n).Select(_ => offset + rng.Normal()).ToArray();

        // The realised offsets are exact (x − 1e9 is exact for x near 1e9); a two-pass variance of them is accurate.
        var deviations = values.Select(v => v - offset).ToArray();
        var mean = deviations.Average();
        var exactVariance = deviations.Select(x => (x - mean) * (x - mean)).Sum() / n;

        var s = new Welford().Update(values).Compute();
        Approx.Equal(exactVariance, s.Variance, 1e-6, 0, "one pass");
        Approx.Equal(offset + mean, s.Mean, 1e-15, 0, "mean");

        var shards = Enumerable.Range(0, 7).Select(i => new Welford().Update(values.AsSpan(i * n / 7, ((i + 1) * n / 7) - (i * n / 7)))).ToList();
        var merged = shards.Skip(1).Aggregate(shards[0], (a, b) => a.Merge(b)).Compute();
        Approx.Equal(exactVariance, merged.Variance, 1e-6, 0, "merged shards");

        var weights = Enumerable.Range(0, n).Select(_ => (double)rng.Next(1, 4)).ToArray();
        var weightedMean = deviations.Zip(weights, (x, w) => x * w).Sum() / weights.Sum();
        var weightedVariance = deviations.Zip(weights, (x, w) => w * (x - weightedMean) * (x - weightedMean)).Sum() / weights.Sum();
        Approx.Equal(weightedVariance, new Welford().Update(values, weights).Compute().Variance, 1e-6, 0, "weighted");
    }

    [Fact]
    public void CountsAreExactBeyondFloat32Range()
    {
        // flax keeps counts in float32, exact only up to 2^24 = 16,777,216 (flax_metrics.md §9.6).
        const int n = 20_000_000;
        var ones = new double[n];
        Array.Fill(ones, 1.0);
        var average = new Average().Update(ones);
        Assert.Equal(20_000_000.0, average.Count);
        Assert.Equal(20_000_000.0, average.Total);
        Assert.Equal(1.0, average.Compute());

        var floats = new float[n];
        Array.Fill(floats, 1f);
        var fromFloats = new Average().Update(floats);
        Assert.Equal(20_000_000.0, fromFloats.Count);
        Assert.Equal(1.0, fromFloats.Compute());
    }
}
