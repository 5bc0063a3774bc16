using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The vector path of metrics merged by a user <c>Merge</c> (one state per lane, each element merged into its lane,
/// lanes folded with the scalar merge) against the scalar path of the same metric, fed one element at a time (a batch
/// shorter than a vector never takes the vector path). Every width runs (CI repeats the runtime tests with
/// <c>DOTNET_EnableAVX512=0</c>, <c>DOTNET_EnableAVX2=0</c> and <c>DOTNET_EnableHWIntrinsic=0</c>) on lengths at the edges
/// of every width, float and double inputs, with and without mask and weights, on data near 0 and offset by 1e9 (with
/// an outlier first element too). Counts must be identical (dyadic weights sum exactly); means, squared and cross
/// deviations within 8·(n + 8)·ε of their scale (the value itself, √(M2X·M2Y) for a cross moment, |mean| + spread for a
/// mean). Masked and zero-weight elements hold NaN and ±∞, which must never leak.
/// </summary>
public sealed class LaneMergeWidthTests
{
    private const double Epsilon = 1.0 / (1L << 52);

    private static readonly int[] Lengths =
        new[] { 0, 1, 2, 3, 48, 53, 100, 1000 }
            .Concat(new[] { 2, 4, 8, 16 }.SelectMany(w => new[] { w - 1, w, w + 1, (4 * w) - 1, 4 * w, (4 * w) + 1, (8 * w) - 1, 8 * w, (8 * w) + 1 }))
            .Distinct().Order().ToArray();

    private static readonly double[] DyadicWeights = [0, 0.5, 1, 2, 3.25];

    private static readonly double[] Poison = [double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    private static readonly (bool Masked, bool Weighted)[] Modes = [(false, false), (true, false), (false, true), (true, true)];

    private static readonly ILaneCase[] Cases =
    [
        new LaneCase<Welford>(
            "Welford", Pairs: false,
            (m, l, p, k, w) => m.Update(p, k, w), (m, l, p, k, w) => m.Update(p, k, w),
            m => [m.Count, m.Shift + m.ShiftedMean, m.M2],
            [Kind.Count, Kind.Mean(2), Kind.Square]),
        new LaneCase<R2Score>(
            "R2Score", Pairs: true,
            (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w),
            m => [m.Count, m.Shift + m.ShiftedMean, m.TotalSquares, m.ResidualSquares],
            [Kind.Count, Kind.Mean(2), Kind.Square, Kind.Square]),
        new LaneCase<PearsonCorrelation>(
            "PearsonCorrelation", Pairs: true,
            (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w),
            m => Moments(m.Moments),
            [Kind.Count, Kind.Mean(3), Kind.Mean(4), Kind.Square, Kind.Square, Kind.Cross(3, 4)]),
        new LaneCase<ConcordanceCorrelation>(
            "ConcordanceCorrelation", Pairs: true,
            (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w),
            m => Moments(m.Moments),
            [Kind.Count, Kind.Mean(3), Kind.Mean(4), Kind.Square, Kind.Square, Kind.Cross(3, 4)]),
        new LaneCase<ExplainedVariance>(
            "ExplainedVariance", Pairs: true,
            (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w),
            m => [m.Count, m.LabelShift + m.ShiftedLabelMean, m.ResidualShift + m.ShiftedResidualMean, m.LabelSquares, m.ResidualSquares, m.CoMoment],
            [Kind.Count, Kind.Mean(3), Kind.Mean(4), Kind.Square, Kind.Square, Kind.Cross(3, 4)]),
    ];

    /// <summary>How a value is compared: exactly, or within a tolerance scaled by the value(s) it depends on.</summary>
    private readonly record struct Kind(char Tag, int First, int Second)
    {
        public static readonly Kind Count = new('c', 0, 0);
        public static readonly Kind Square = new('s', 0, 0);

        /// <summary>A mean, whose spread is the square at <paramref name="square"/>.</summary>
        public static Kind Mean(int square) => new('m', square, 0);

        /// <summary>A cross moment of the squares at <paramref name="x"/> and <paramref name="y"/>.</summary>
        public static Kind Cross(int x, int y) => new('x', x, y);
    }

    private interface ILaneCase
    {
        string Name { get; }

        bool Pairs { get; }

        Kind[] Kinds { get; }

        double[] Run(double[] labels, double[] predictions, bool[]? mask, double[]? weights, bool single, bool oneByOne);
    }

    private sealed record LaneCase<TMetric>(
        string Name,
        bool Pairs,
        Func<TMetric, double[], double[], bool[]?, double[]?, TMetric> UpdateDouble,
        Func<TMetric, float[], float[], bool[]?, float[]?, TMetric> UpdateSingle,
        Func<TMetric, double[]> View,
        Kind[] Kinds) : ILaneCase
        where TMetric : struct
    {
        public double[] Run(double[] labels, double[] predictions, bool[]? mask, double[]? weights, bool single, bool oneByOne)
        {
            var metric = new TMetric();
            if (!oneByOne)
            {
                return View(Feed(metric, labels, predictions, mask, weights, single));
            }

            // The scalar path: one-element batches (shorter than any vector), masked elements left out.
            for (var i = 0; i < predictions.Length; i++)
            {
                if (mask is null || mask[i])
                {
                    metric = Feed(metric, [labels[i]], [predictions[i]], null, weights is null ? null : [weights[i]], single);
                }
            }

            return View(metric);
        }

        private TMetric Feed(TMetric metric, double[] labels, double[] predictions, bool[]? mask, double[]? weights, bool single) =>
            single
                ? UpdateSingle(metric, Narrow(labels), Narrow(predictions), mask, weights is null ? null : Narrow(weights))
                : UpdateDouble(metric, labels, predictions, mask, weights);

        private static float[] Narrow(double[] values) => values.Select(v => (float)v).ToArray();
    }

    public static TheoryData<string> Names() => new(Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryLengthMatchesTheScalarPath(string name)
    {
        var c = Cases.Single(x => x.Name == name);
        foreach (var offset in new[] { 0.0, 1e9 })
        {
            foreach (var n in Lengths)
            {
                foreach (var (masked, weighted) in Modes)
                {
                    var data = Generate(n, masked, weighted, offset, outlierFirst: false, new Random((int)(n * 7919) + (masked ? 1 : 0) + (weighted ? 2 : 0)));
                    var context = string.Create(CultureInfo.InvariantCulture, $"{name}, offset {offset}, n = {n}, mask {masked}, weights {weighted}");
                    Compare(c, data, context);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void AnOutlierFirstElementKeepsThePrecision(string name)
    {
        // Each lane measures deviations from its own first element and lanes merge with Chan's formula: an outlier that
        // opens a lane costs no precision, unlike plain power sums about a shift taken from the batch.
        var c = Cases.Single(x => x.Name == name);
        foreach (var n in new[] { 9, 33, 1000, 4099 })
        {
            foreach (var (masked, weighted) in Modes)
            {
                var data = Generate(n, masked, weighted, 1e9, outlierFirst: true, new Random(n));
                Compare(c, data, string.Create(CultureInfo.InvariantCulture, $"{name}, outlier first, n = {n}, mask {masked}, weights {weighted}"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ShardsMergedLaneWiseEqualOnePass(string name)
    {
        // Chains and lanes are merged states: splitting a batch at any point and merging gives the one-pass moments.
        var c = Cases.Single(x => x.Name == name);
        var data = Generate(1000, masked: true, weighted: true, 1e9, outlierFirst: false, new Random(5));
        var whole = c.Run(data.Labels, data.Predictions, data.Mask, data.Weights, single: false, oneByOne: false);
        var scalar = c.Run(data.Labels, data.Predictions, data.Mask, data.Weights, single: false, oneByOne: true);
        AssertClose(c, scalar, whole, data, name + ", one pass");
    }

    [Fact]
    public void EveryBuiltInWithAUserMergeIsVectorizedAndTestedHere()
    {
        var merged = typeof(Welford).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes(typeof(MetricAttribute), false).Length > 0)
            .Where(t => t.GetMethod("Merge", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public, [t, t]) is not null)
            .ToList();
        Assert.NotEmpty(merged);
        foreach (var type in merged)
        {
            var vectorized = type.GetNestedTypes(System.Reflection.BindingFlags.NonPublic)
                .Any(n => n.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Metrics.Kernels.IVectorOperator<,>)));
            Assert.True(vectorized, $"{type.Name} has no vector operator");
            Assert.Contains(type.Name, Cases.Select(c => c.Name));
        }
    }

    private static void Compare(ILaneCase c, Data data, string context)
    {
        foreach (var single in new[] { false, true })
        {
            var expected = c.Run(data.Labels, data.Predictions, data.Mask, data.Weights, single, oneByOne: true);
            var actual = c.Run(data.Labels, data.Predictions, data.Mask, data.Weights, single, oneByOne: false);
            AssertClose(c, expected, actual, data, context + (single ? ", float" : ", double"));
        }
    }

    private static void AssertClose(ILaneCase c, double[] expected, double[] actual, Data data, string context)
    {
        var n = data.Predictions.Length;
        Assert.Equal(expected.Length, actual.Length);
        for (var j = 0; j < expected.Length; j++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"{context}, value {j}");
            Assert.False(!double.IsFinite(actual[j]), $"{field}: a masked NaN or infinity leaked ({actual[j]})");
            var kind = c.Kinds[j];
            if (kind.Tag == 'c')
            {
                Helpers.Approx.Identical([expected[j]], [actual[j]], field + " (count)");
                continue;
            }

            var count = expected[0];
            var scale = kind.Tag switch
            {
                'm' => Math.Abs(expected[j]) + (count > 0 ? Math.Sqrt(expected[kind.First] / count) : 0),
                'x' => Math.Sqrt(expected[kind.First] * expected[kind.Second]),
                _ => Math.Abs(expected[j]),
            };
            var tolerance = 8 * (n + 8) * Epsilon * scale;
            Assert.True(
                Math.Abs(actual[j] - expected[j]) <= tolerance,
                string.Create(CultureInfo.InvariantCulture, $"{field}: expected {expected[j]:R} ± {tolerance:R} but got {actual[j]:R}"));
        }
    }

    private static double[] Moments(Comoments m) => [m.Count, m.MeanX, m.MeanY, m.M2X, m.M2Y, m.CoMoment];

    private static Data Generate(int n, bool masked, bool weighted, double offset, bool outlierFirst, Random rng)
    {
        var labels = new double[n];
        var predictions = new double[n];
        var mask = masked ? new bool[n] : null;
        var weights = weighted ? new double[n] : null;
        for (var i = 0; i < n; i++)
        {
            labels[i] = offset + (rng.NextDouble() * 4) - 2;
            predictions[i] = labels[i] + (rng.NextDouble() - 0.5);
            if (mask is not null)
            {
                mask[i] = rng.NextDouble() < 0.7;
            }

            if (weights is not null)
            {
                weights[i] = DyadicWeights[rng.Next(DyadicWeights.Length)];
            }

            if ((mask is not null && !mask[i]) || (weights is not null && weights[i] == 0))
            {
                predictions[i] = Poison[i % Poison.Length];
                labels[i] = Poison[(i + 1) % Poison.Length];
            }
        }

        if (outlierFirst && n > 0)
        {
            labels[0] = offset + 1e6;
            predictions[0] = offset - 1e6;
            if (mask is not null)
            {
                mask[0] = true;
            }

            if (weights is not null)
            {
                weights[0] = 1;
            }
        }

        return new(labels, predictions, mask, weights);
    }

    private sealed record Data(double[] Labels, double[] Predictions, bool[]? Mask, double[]? Weights);
}
