using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Metrics.Numerics;
using Metrics.Runtime.Tests.Custom;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The histogram kernel (updates contributing one <see cref="SumArray"/> cell) against the definition written here:
/// per element, <c>cells[2·bucket + label] += weight</c> with the bucket from <see cref="ThresholdGrid.Bucket"/>. The
/// runtime tests run once per vector width (CI repeats them with <c>DOTNET_EnableAVX512=0</c>,
/// <c>DOTNET_EnableAVX2=0</c> and <c>DOTNET_EnableHWIntrinsic=0</c>), and every comparison is exact (counts, dyadic
/// weights), so every width and the scalar cells give the same state. Lengths cover the edges of every width
/// w ∈ {2, 4, 8} and of the kernel's 1024-element chunks; scores sit on the thresholds and one ulp either side;
/// masked and zero-weight elements hold NaN.
/// </summary>
public sealed class HistogramKernelTests
{
    private static readonly int[] Lengths =
        new[] { 0, 1, 100, 1023, 1024, 1025, 2047, 2049, 3001 }
            .Concat(new[] { 2, 4, 8 }.SelectMany(w => new[] { w - 1, w, w + 1, (8 * w) - 1, 8 * w, (8 * w) + 1 }))
            .Distinct().Order().ToArray();

    private static readonly double[] DyadicWeights = [0, 0.25, 0.5, 1, 2, 3];

    public static TheoryData<int> GridSizes() => new(2, 3, 10, 199, 200, 201, 1000, 4097);

    [Theory]
    [MemberData(nameof(GridSizes))]
    public void TheLaneWiseBucketIsTheGridsBucket(int numThresholds)
    {
        var grid = new ThresholdGrid(numThresholds, default, withEndpoints: true);
        foreach (var score in Scores(grid, new Random(numThresholds), 5000))
        {
            Assert.True(
                grid.Bucket(score) == EvenThresholds.AucBucket(score, numThresholds),
                string.Create(CultureInfo.InvariantCulture, $"n = {numThresholds}, score {score:R}: grid {grid.Bucket(score)}, lane-wise {EvenThresholds.AucBucket(score, numThresholds)}"));
        }
    }

    [Fact]
    public void VectorBucketsAreTheGridsForEveryGridSizeUpTo300()
    {
        // Every threshold and its neighbours, as one batch through the kernel's widest lanes (and through the scalar
        // cells under DOTNET_EnableHWIntrinsic=0), for every grid size in the range.
        for (var numThresholds = 2; numThresholds <= 300; numThresholds++)
        {
            var grid = new ThresholdGrid(numThresholds, default, withEndpoints: true);
            var predictions = Scores(grid, new Random(numThresholds), 0).ToArray();
            var labels = Enumerable.Range(0, predictions.Length).Select(i => i % 2).ToArray();
            var data = new Data(labels, predictions, null, null);
            var metric = new Auc(numThresholds);
            Update(ref metric, data, single: false);
            AssertCells(Reference(grid, data, fromLogits: false), metric.Counts, $"{numThresholds} thresholds, double");

            var single = new Auc(numThresholds);
            Update(ref single, data, single: true);
            AssertCells(Reference(grid, data.ToSingle(), fromLogits: false), single.Counts, $"{numThresholds} thresholds, float");
        }
    }

    [Fact]
    public void AKeptNaNScoreIsRejectedAndAMaskedOneIsNot()
    {
        var labels = Enumerable.Range(0, 37).Select(i => i % 2).ToArray();
        var scores = Enumerable.Range(0, 37).Select(i => i / 36.0).ToArray();
        scores[29] = double.NaN;
        var mask = Enumerable.Range(0, 37).Select(i => i != 29).ToArray();
        var expected = new Auc().Update(labels.Where((_, i) => i != 29).ToArray(), scores.Where((_, i) => i != 29).ToArray());

        Assert.Equal(expected.Counts.Cells.ToArray(), new Auc().Update(labels, scores, mask).Counts.Cells.ToArray());
        var exception = Assert.Throws<ArgumentException>(() => new Auc().Update(labels, scores));
        Assert.Contains("29", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AucCellsMatchTheDefinitionAtEveryLength()
    {
        foreach (var numThresholds in new[] { 2, 200, 7 })
        {
            var grid = new ThresholdGrid(numThresholds, default, withEndpoints: true);
            foreach (var n in Lengths)
            {
                foreach (var (masked, weighted) in new[] { (false, false), (true, false), (false, true), (true, true) })
                {
                    var rng = new Random((numThresholds * 7919) + n);
                    var data = Batch(grid, n, masked, weighted, rng);
                    var context = string.Create(CultureInfo.InvariantCulture, $"n = {n}, {numThresholds} thresholds, mask {masked}, weights {weighted}");
                    var expected = Reference(grid, data, fromLogits: false);

                    var metric = new Auc(numThresholds);
                    Update(ref metric, data, single: false);
                    AssertCells(expected, metric.Counts, context + ", double");

                    var single = new Auc(numThresholds);
                    Update(ref single, data, single: true);
                    AssertCells(Reference(grid, data.ToSingle(), fromLogits: false), single.Counts, context + ", float");
                }
            }
        }
    }

    [Fact]
    public void TheEvenGridAndTheSameExplicitListGiveTheSameState()
    {
        // The explicit list takes the scalar cells (a binary search); real weights make any change of summation order visible.
        var grid = new ThresholdGrid(200, default, withEndpoints: true);
        var interior = Enumerable.Range(1, 198).Select(i => i * 1.0 / 199).ToArray();
        foreach (var n in Lengths)
        {
            var rng = new Random(n);
            var data = Batch(grid, n, masked: true, weighted: true, rng);
            for (var i = 0; i < n; i++)
            {
                data.Weights![i] = data.Weights[i] == 0 ? 0 : rng.NextDouble() * 3;
            }

            var even = new Auc().Update(data.Labels, data.Predictions, data.Mask, data.Weights);
            var listed = new Auc(thresholds: interior).Update(data.Labels, data.Predictions, data.Mask, data.Weights);
            Assert.Equal(listed.Counts.Cells.ToArray(), even.Counts.Cells.ToArray());
            Assert.Equal(listed.Compute(), even.Compute());
        }
    }

    [Fact]
    public void LogitsAndExplicitThresholdsMatchTheDefinition()
    {
        var listed = new ThresholdGrid(200, new CurveThresholds(0.1, 0.5, 0.5, 0.9), withEndpoints: true);
        var even = new ThresholdGrid(200, default, withEndpoints: true);
        foreach (var n in new[] { 0, 1, 9, 1025 })
        {
            var data = Batch(even, n, masked: true, weighted: true, new Random(n + 3));
            var logits = new Auc(fromLogits: true);
            Update(ref logits, data, single: false);
            AssertCells(Reference(even, data, fromLogits: true), logits.Counts, $"logits, n = {n}");

            var explicitList = new Auc(thresholds: new CurveThresholds(0.1, 0.5, 0.5, 0.9));
            Update(ref explicitList, data, single: false);
            AssertCells(Reference(listed, data, fromLogits: false), explicitList.Counts, $"explicit thresholds, n = {n}");
        }
    }

    [Fact]
    public void ShardsMergeToOnePass()
    {
        var grid = new ThresholdGrid(200, default, withEndpoints: true);
        var data = Batch(grid, 3001, masked: true, weighted: true, new Random(5));
        var whole = new Auc().Update(data.Labels, data.Predictions, data.Mask, data.Weights);
        var left = new Auc().Update(data.Labels.AsSpan(0, 1000), data.Predictions.AsSpan(0, 1000), data.Mask.AsSpan(0, 1000), data.Weights.AsSpan(0, 1000));
        var right = new Auc().Update(data.Labels.AsSpan(1000), data.Predictions.AsSpan(1000), data.Mask.AsSpan(1000), data.Weights.AsSpan(1000));
        Assert.Equal(whole.Counts.Cells.ToArray(), left.Merge(right).Counts.Cells.ToArray());
    }

    [Fact]
    public void ConfusionMatrixCellsMatchTheDefinition()
    {
        foreach (var n in Lengths)
        {
            var rng = new Random(n + 11);
            var labels = Enumerable.Range(0, n).Select(_ => rng.Next(3)).ToArray();
            var predictions = Enumerable.Range(0, n).Select(_ => rng.Next(3)).ToArray();
            var mask = Enumerable.Range(0, n).Select(_ => rng.Next(4) != 0).ToArray();
            var weights = Enumerable.Range(0, n).Select(_ => DyadicWeights[rng.Next(DyadicWeights.Length)]).ToArray();
            var expected = new double[9];
            for (var i = 0; i < n; i++)
            {
                if (mask[i])
                {
                    expected[(labels[i] * 3) + predictions[i]] += weights[i];
                }
            }

            var metric = new ConfusionMatrix(3).Update(labels, predictions, mask, weights);
            AssertCells(expected, metric.Counts, $"confusion matrix, n = {n}");
        }
    }

    [Theory]
    [InlineData(3, 4.0)]
    [InlineData(3, -1.0)]
    [InlineData(40, 4.0)]
    [InlineData(40, -1.0)]
    [InlineData(40, 1e10)]
    [InlineData(1500, 7.0)]
    public void AKeptElementOutsideTheArrayIsRejectedAndNothingIsCounted(int n, double cell)
    {
        var predictions = Enumerable.Range(0, n).Select(i => (double)(i % 4)).ToArray();
        var labels = new int[n];
        var bad = n - 2;
        predictions[bad] = cell;
        var metric = new CellHistogram().Update(labels, predictions, Enumerable.Range(0, n).Select(i => i != bad).ToArray());
        var before = metric.Counts.Cells.ToArray();

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => metric.Update(labels, predictions));
        Assert.Equal("predictions", exception.ParamName);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"index {bad}"), exception.Message, StringComparison.Ordinal);
        Assert.Equal(before, metric.Counts.Cells.ToArray());
    }

    private static IEnumerable<double> Scores(ThresholdGrid grid, Random rng, int random)
    {
        var scores = new List<double>
        {
            0, -0.0, 1, Math.BitDecrement(1.0), Math.BitIncrement(1.0), 2, -1, 5e-8, -5e-8, 1 + 5e-8, double.PositiveInfinity, double.NegativeInfinity,
            double.Epsilon, -double.Epsilon, double.MaxValue, -double.MaxValue, 2.2250738585072014E-308, 1e-310,
        };
        for (var i = 0; i < grid.Count; i++)
        {
            var t = grid[i];
            scores.AddRange([t, Math.BitDecrement(t), Math.BitIncrement(t), Math.BitDecrement(Math.BitDecrement(t)), Math.BitIncrement(Math.BitIncrement(t))]);
            var f = (float)t;
            scores.AddRange([f, MathF.BitDecrement(f), MathF.BitIncrement(f)]);
        }

        for (var k = 0; k < random; k++)
        {
            scores.Add((rng.NextDouble() * 1.2) - 0.1);
            scores.Add((float)rng.NextDouble());
        }

        return scores;
    }

    private static Data Batch(ThresholdGrid grid, int n, bool masked, bool weighted, Random rng)
    {
        var pool = Scores(grid, rng, 200).ToArray();
        var labels = new int[n];
        var predictions = new double[n];
        var mask = masked ? new bool[n] : null;
        var weights = weighted ? new double[n] : null;
        for (var i = 0; i < n; i++)
        {
            labels[i] = rng.Next(2);
            predictions[i] = pool[rng.Next(pool.Length)];
            var dropped = false;
            if (mask is not null)
            {
                mask[i] = rng.Next(4) != 0;
                dropped = !mask[i];
            }

            if (weights is not null)
            {
                weights[i] = DyadicWeights[rng.Next(DyadicWeights.Length)];
                dropped |= weights[i] == 0;
            }

            if (dropped)
            {
                predictions[i] = double.NaN;
            }
        }

        return new Data(labels, predictions, mask, weights);
    }

    private static double[] Reference(ThresholdGrid grid, Data data, bool fromLogits)
    {
        var cells = new double[2 * (grid.Count + 1)];
        for (var i = 0; i < data.Labels.Length; i++)
        {
            if ((data.Mask is null || data.Mask[i]) && (data.Weights is null || data.Weights[i] != 0))
            {
                var p = data.Predictions[i];
                var score = fromLogits ? 1 / (1 + Math.Exp(-p)) : p;
                cells[(2 * grid.Bucket(score)) + data.Labels[i]] += data.Weights?[i] ?? 1;
            }
        }

        return cells;
    }

    private static void Update(ref Auc metric, Data data, bool single)
    {
        if (single)
        {
            var predictions = data.Predictions.Select(p => (float)p).ToArray();
            metric.Update(data.Labels, predictions, data.Mask, data.Weights?.Select(w => (float)w).ToArray());
        }
        else
        {
            metric.Update(data.Labels, data.Predictions, data.Mask, data.Weights);
        }
    }

    private static void AssertCells(double[] expected, SumArray actual, string context)
    {
        var cells = actual.IsAllocated ? actual.Cells.ToArray() : new double[expected.Length];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(expected[i] == cells[i], string.Create(CultureInfo.InvariantCulture, $"{context}: cell {i} is {cells[i]}, expected {expected[i]}"));
        }
    }

    private sealed record Data(int[] Labels, double[] Predictions, bool[]? Mask, double[]? Weights)
    {
        /// <summary>The batch as float inputs, read back as the kernel widens them.</summary>
        public Data ToSingle() => this with { Predictions = Predictions.Select(p => (double)(float)p).ToArray() };
    }
}
