using System;
using System.Globalization;
using System.Linq;
using Metrics.Runtime.Tests.Width;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The vector paths of the shared kernel against a plain scalar loop written here, for every vectorized built-in and
/// a custom metric, float and double inputs, with and without mask and weights. The runtime tests run once per
/// vector width (CI repeats them with <c>DOTNET_EnableAVX512=0</c>, <c>DOTNET_EnableAVX2=0</c> and
/// <c>DOTNET_EnableHWIntrinsic=0</c>), and the lengths cover the edges of every width w ∈ {2, 4, 8, 16}: 0, 1,
/// w − 1, w, w + 1, 8w − 1, 8w, 8w + 1. Integer-valued fields (counts, indicator sums; weights are dyadic so their
/// sums are exact) must be bit-identical to the reference, minima and maxima too; real sums within (n + 4)·ε of the
/// sum of the absolute contributions (plus 4 ulps of the logs' magnitude before they cancel, for contributions made of
/// vector Log/Exp values). Masked and zero-weight elements hold NaN and ±∞, which must never leak.
/// </summary>
public sealed class KernelWidthTests
{
    private const double Epsilon = 1.0 / (1L << 52);
    private const double Threshold = 0.25;

    // The vector Log and Exp are within 2 ulps of Math's; a contribution chains up to two of them.
    private const double LogUlps = 4;

    private static readonly int[] Widths = [2, 4, 8, 16];

    private static readonly int[] Lengths =
        new[] { 0, 1, 3 * 16, (3 * 16) + 5, 100, 1000 }
            .Concat(Widths.SelectMany(w => new[] { w - 1, w, w + 1, (4 * w) - 1, 4 * w, (4 * w) + 1, (8 * w) - 1, 8 * w, (8 * w) + 1 }))
            .Distinct().Order().ToArray();

    private static readonly double[] DyadicWeights = [0, 0.5, 1, 2, 3.25];

    private static readonly double[] Poison = [double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    public static TheoryData<string> Cases() => new(WidthCases.Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryLengthMatchesTheScalarReference(string name)
    {
        var c = WidthCases.Get(name);
        foreach (var n in Lengths)
        {
            foreach (var (masked, weighted) in Modes)
            {
                for (var seed = 1; seed <= 2; seed++)
                {
                    var data = Data.Generate(c.Shape, n, masked, weighted, new Random((seed * 104729) + n));
                    var context = string.Create(CultureInfo.InvariantCulture, $"{name}, n = {n}, mask {masked}, weights {weighted}, seed {seed}");
                    AssertMatches(c, data, Run(c, data, single: false), single: false, context + ", double");
                    AssertMatches(c, data, Run(c, data, single: true), single: true, context + ", float");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ResultsDoNotDependOnBufferAlignment(string name)
    {
        var c = WidthCases.Get(name);
        foreach (var n in new[] { (8 * 16) + 1, 1000 })
        {
            foreach (var (masked, weighted) in Modes)
            {
                var data = Data.Generate(c.Shape, n, masked, weighted, new Random(n + 17));
                foreach (var single in new[] { false, true })
                {
                    var expected = Run(c, data, single);
                    for (var offset = 1; offset <= 16; offset++)
                    {
                        var actual = Run(c, data, single, offset);
                        var context = string.Create(CultureInfo.InvariantCulture, $"{name}, n = {n}, mask {masked}, weights {weighted}, float {single}, offset {offset}");
                        Helpers.Approx.Identical(expected, actual, context);
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void NeverReadsPastTheEndOfAnyInput(string name)
    {
        var c = WidthCases.Get(name);
        foreach (var n in Enumerable.Range(1, 34).Append(127).Append(129))
        {
            var data = Data.Generate(c.Shape, n, masked: true, weighted: true, new Random(n + 31));
            foreach (var single in new[] { false, true })
            {
                foreach (var (masked, weighted) in Modes)
                {
                    var view = data.Without(!masked, !weighted);
                    var context = string.Create(CultureInfo.InvariantCulture, $"{name}, n = {n}, mask {masked}, weights {weighted}, float {single}, guarded");
                    AssertMatches(c, view, RunGuarded(c, view, single), single, context);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void KeptNaNAndInfinityReachTheStateAsOnTheScalarPath(string name)
    {
        // Only dropped lanes are selected away: a NaN or infinity in a kept element must reach the state (Math.Min and
        // Math.Max propagate NaN; sums turn NaN or infinite) at every lane position, whatever the width.
        var c = WidthCases.Get(name);
        foreach (var n in new[] { 1, 3, 5, 9, 17, 33, 65 })
        {
            foreach (var position in new[] { 0, n / 2, n - 1 })
            {
                foreach (var poison in Poison)
                {
                    var data = Data.Generate(c.Shape, n, masked: false, weighted: false, new Random(n + position));
                    data.Predictions[position] = poison;
                    var context = string.Create(CultureInfo.InvariantCulture, $"{name}, n = {n}, {poison} at {position}");
                    AssertMatches(c, data, Run(c, data, single: false), single: false, context + ", double", allowNonFinite: true);
                    AssertMatches(c, data, Run(c, data, single: true), single: true, context + ", float", allowNonFinite: true);
                }
            }
        }
    }

    [Fact]
    public void CountsStayExactPastTwoToThe24()
    {
        // Lanes are double, so a count is exact to 2^53; a float32 lane (as flax and Keras accumulate) would stop at
        // 2^24 = 16,777,216 and this sum of ones would come out as 16,777,216.
        const int n = (1 << 24) + 3;
        var ones = new float[n];
        Array.Fill(ones, 1f);
        var average = new Average().Update(ones);
        Assert.Equal((double)n, average.Count);
        Assert.Equal((double)n, average.Total);

        var mask = new bool[n];
        Array.Fill(mask, true);
        mask[5] = false;
        var accuracy = new Accuracy(Threshold).Update(new int[n], new float[n], mask);
        Assert.Equal((double)(n - 1), accuracy.Count);
        Assert.Equal((double)(n - 1), accuracy.Correct);
    }

    private static readonly (bool Masked, bool Weighted)[] Modes = [(false, false), (true, false), (false, true), (true, true)];

    // The inputs are copied `offset` elements into larger arrays and passed as spans of them, so the same values
    // start at a different address alignment.
    private static double[] Run(WidthCase c, Data d, bool single, int offset = 0)
    {
        var classes = Shift(d.Classes, offset, x => x);
        var mask = d.Mask is null ? [] : Shift(d.Mask, offset, x => x);
        if (single)
        {
            var labels = Shift(d.Labels, offset, x => (float)x);
            var predictions = Shift(d.Predictions, offset, x => (float)x);
            var weights = d.Weights is null ? [] : Shift(d.Weights, offset, x => (float)x);
            return c.RunSingle(classes, labels, predictions, mask, weights);
        }

        return c.RunDouble(
            classes, Shift(d.Labels, offset, x => x), Shift(d.Predictions, offset, x => x), mask,
            d.Weights is null ? [] : Shift(d.Weights, offset, x => x));
    }

    private static ReadOnlySpan<TOut> Shift<TIn, TOut>(TIn[] source, int offset, Func<TIn, TOut> convert)
    {
        var buffer = new TOut[source.Length + offset];
        for (var i = 0; i < source.Length; i++)
        {
            buffer[offset + i] = convert(source[i]);
        }

        return buffer.AsSpan(offset);
    }

    private static double[] RunGuarded(WidthCase c, Data d, bool single)
    {
        var n = d.Predictions.Length;
        var elementSize = single ? sizeof(float) : sizeof(double);
        using var classMemory = new GuardedMemory(n * sizeof(int));
        using var labelMemory = new GuardedMemory(n * elementSize);
        using var predictionMemory = new GuardedMemory(n * elementSize);
        using var maskMemory = new GuardedMemory(n);
        using var weightMemory = new GuardedMemory(n * elementSize);
        var classes = classMemory.EndingAtGuard<int>(n);
        d.Classes.CopyTo(classes);
        var mask = d.Mask is null ? [] : maskMemory.EndingAtGuard<bool>(n);
        d.Mask?.CopyTo(mask);
        if (single)
        {
            var labels = Fill<float>(labelMemory, d.Labels, x => (float)x);
            var predictions = Fill<float>(predictionMemory, d.Predictions, x => (float)x);
            var weights = d.Weights is null ? [] : Fill<float>(weightMemory, d.Weights, x => (float)x);
            return c.RunSingle(classes, labels, predictions, mask, weights);
        }
        else
        {
            var labels = Fill<double>(labelMemory, d.Labels, x => x);
            var predictions = Fill<double>(predictionMemory, d.Predictions, x => x);
            var weights = d.Weights is null ? [] : Fill<double>(weightMemory, d.Weights, x => x);
            return c.RunDouble(classes, labels, predictions, mask, weights);
        }
    }

    private static Span<T> Fill<T>(GuardedMemory memory, double[] source, Func<double, T> convert)
        where T : unmanaged
    {
        var span = memory.EndingAtGuard<T>(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = convert(source[i]);
        }

        return span;
    }

    private static void AssertMatches(WidthCase c, Data d, double[] actual, bool single, string context, bool allowNonFinite = false)
    {
        var k = c.Folds.Length;
        var expected = new double[k];
        var magnitude = new double[k];
        var logMagnitude = new double[k];
        var integral = Enumerable.Repeat(true, k).ToArray();
        for (var j = 0; j < k; j++)
        {
            expected[j] = c.Folds[j] switch { WidthFold.Min => double.PositiveInfinity, WidthFold.Max => double.NegativeInfinity, _ => 0 };
        }

        // The plain scalar reference: every kept element in index order, inputs widened to double as the DSL does.
        for (var i = 0; i < d.Predictions.Length; i++)
        {
            var weight = d.Weights is null ? 1.0 : Widen(d.Weights[i], single);
            if ((d.Mask is not null && !d.Mask[i]) || weight == 0)
            {
                continue;
            }

            var label = c.Shape switch { WidthShape.Binary => d.Classes[i], WidthShape.Pairs or WidthShape.PositivePairs => Widen(d.Labels[i], single), _ => 0.0 };
            var contribution = (single && c.SingleContribution is not null ? c.SingleContribution : c.Contribution)(label, Widen(d.Predictions[i], single));
            var logScale = c.LogScale?.Invoke(label, Widen(d.Predictions[i], single));
            for (var j = 0; j < k; j++)
            {
                switch (c.Folds[j])
                {
                    case WidthFold.Min:
                        expected[j] = Math.Min(expected[j], contribution[j]);
                        break;
                    case WidthFold.Max:
                        expected[j] = Math.Max(expected[j], contribution[j]);
                        break;
                    default:
                        expected[j] += weight * contribution[j];
                        magnitude[j] += Math.Abs(weight * contribution[j]);
                        logMagnitude[j] += logScale is null ? 0 : Math.Abs(weight * logScale[j]);
                        integral[j] &= contribution[j] == Math.Round(contribution[j]);
                        break;
                }
            }
        }

        Assert.True(actual.Length == k, $"{context}: {actual.Length} fields, expected {k}");
        for (var j = 0; j < k; j++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"{context}, field {j}");
            Assert.False(
                !allowNonFinite && (double.IsNaN(actual[j]) || (double.IsInfinity(actual[j]) && c.Folds[j] == WidthFold.Sum)),
                $"{field}: a masked NaN or infinity leaked ({actual[j]})");
            if (c.Folds[j] != WidthFold.Sum || integral[j] || !double.IsFinite(expected[j]))
            {
                Helpers.Approx.Identical([expected[j]], [actual[j]], field + (c.Folds[j] == WidthFold.Sum ? " (integer-valued sum)" : " (extremum)"));
            }
            else
            {
                var tolerance = ((d.Predictions.Length + 4) * Epsilon * magnitude[j]) + (LogUlps * Epsilon * logMagnitude[j]);
                Assert.True(
                    Math.Abs(actual[j] - expected[j]) <= tolerance,
                    string.Create(CultureInfo.InvariantCulture, $"{field}: expected {expected[j]:R} ± {tolerance:R} but got {actual[j]:R}"));
            }
        }
    }

    private static double Widen(double value, bool single) => single ? (float)value : value;

    /// <summary>One batch, all inputs as doubles (converted to float by the float runs); poison in dropped elements.</summary>
    private sealed record Data(int[] Classes, double[] Labels, double[] Predictions, bool[]? Mask, double[]? Weights, bool Positive = false)
    {
        public static Data Generate(WidthShape shape, int n, bool masked, bool weighted, Random rng)
        {
            var classes = new int[n];
            var labels = new double[n];
            var predictions = new double[n];
            var mask = masked ? new bool[n] : null;
            var weights = weighted ? new double[n] : null;
            for (var i = 0; i < n; i++)
            {
                classes[i] = rng.Next(2);
                labels[i] = shape == WidthShape.Binary ? classes[i] : (rng.NextDouble() * 4) - 2;

                // Every tenth score sits exactly on the threshold (strictly greater is positive).
                predictions[i] = rng.Next(10) == 0 ? Threshold : (rng.NextDouble() * 4) - 2;
                if (shape == WidthShape.PositivePairs)
                {
                    (labels[i], predictions[i]) = (Math.Abs(labels[i]), Math.Abs(predictions[i]));
                }

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
                    if (shape is WidthShape.Pairs or WidthShape.PositivePairs)
                    {
                        labels[i] = Poison[(i + 1) % Poison.Length];
                    }
                }
            }

            return new(classes, labels, predictions, mask, weights, shape == WidthShape.PositivePairs);
        }

        /// <summary>The same batch without its mask and/or weights (then the poisoned elements are real input).</summary>
        public Data Without(bool mask, bool weights)
        {
            if (!mask && !weights)
            {
                return this;
            }

            // Dropping a mask or weights would expose poison; replace it by the element's index-derived finite value.
            var predictions = (double[])Predictions.Clone();
            var labels = (double[])Labels.Clone();
            for (var i = 0; i < predictions.Length; i++)
            {
                var dropped = (mask && Mask is not null && !Mask[i]) || (weights && Weights is not null && Weights[i] == 0);
                if (dropped)
                {
                    predictions[i] = (i % 7) - (Positive ? 0.0 : 3.0);
                    if (!double.IsFinite(labels[i]))
                    {
                        labels[i] = (i % 5) - (Positive ? 0.0 : 2.0);
                    }
                }
            }

            return new(Classes, labels, predictions, mask ? null : Mask, weights ? null : Weights, Positive);
        }
    }
}
