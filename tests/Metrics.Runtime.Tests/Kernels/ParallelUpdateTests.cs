using System;
using System.Linq;
using System.Threading.Tasks;
using Metrics.Kernels;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// <see cref="MetricParallel.UpdateParallel"/>: fixed chunks, one state per chunk, merged in chunk order, so the state is
/// the same bit for bit with 1, 2 and 8 threads, for metrics of every state kind: [Sum] lanes, [Max], a user merge
/// (lane-merged Welford, R²), a histogram (binned AUC), a growing sample buffer (exact AUC) and rows; and it agrees
/// with one sequential update (exactly for counts and kept samples).
/// </summary>
public sealed class ParallelUpdateTests
{
    // 11 chunks of 1000, the last one short: more chunks than threads, and a partial chunk.
    private const int Length = 10_007;
    private const int Chunk = 1000;
    private const int Columns = 5;

    private static readonly int[] ThreadCounts = [1, 2, 8];

    private static readonly Data D = new(new Random(19));

    [Fact]
    public void SumStatesAreIdenticalForEveryThreadCount() =>
        AssertIdenticalAndClose(new MeanSquaredError(), (m, r) => m.Update(D.LabelsF.AsSpan(r), D.PredictionsF.AsSpan(r)), m => m.Compute());

    [Fact]
    public void LogExpSumStatesAreIdenticalForEveryThreadCount() =>
        AssertIdenticalAndClose(new LogCoshError(), (m, r) => m.Update(D.Labels.AsSpan(r), D.Predictions.AsSpan(r), D.Weights.AsSpan(r)), m => m.Compute());

    [Fact]
    public void MaxStatesAreIdenticalForEveryThreadCount() =>
        AssertIdenticalAndClose(new MaxError(), (m, r) => m.Update(D.Labels.AsSpan(r), D.Predictions.AsSpan(r), D.Mask.AsSpan(r)), m => m.Compute(), exact: true);

    [Fact]
    public void UserMergedStatesAreIdenticalForEveryThreadCount()
    {
        AssertIdenticalAndClose(new Welford(), (m, r) => m.Update(D.Offset.AsSpan(r)), m => m.Compute().Variance);
        AssertIdenticalAndClose(new R2Score(), (m, r) => m.Update(D.Labels.AsSpan(r), D.Predictions.AsSpan(r)), m => m.Compute());
    }

    [Fact]
    public void HistogramStatesAreIdenticalForEveryThreadCount() =>
        AssertIdenticalAndClose(new Auc(), (m, r) => m.Update(D.Classes.AsSpan(r), D.Scores.AsSpan(r)), m => m.Compute(), exact: true);

    [Fact]
    public void GrowingStatesAreIdenticalForEveryThreadCount() =>
        AssertIdenticalAndClose(new ExactAuc(), (m, r) => m.Update(D.Classes.AsSpan(r), D.Scores.AsSpan(r), D.Weights.AsSpan(r)), m => m.Compute(), exact: true);

    [Fact]
    public void RowStatesAreIdenticalForEveryThreadCount() =>
        AssertIdenticalAndClose(
            new SparseCategoricalCrossentropy(),
            (m, r) => m.Update(D.RowClasses.AsSpan(r), D.Rows.AsSpan((r.Start.Value * Columns)..(r.End.Value * Columns)), Columns),
            m => m.Compute(),
            length: D.RowClasses.Length);

    [Fact]
    public void TheValueDependsOnTheChunkLengthOnly()
    {
        var byThreads = ThreadCounts.Select(t => Run(new MeanSquaredError(), Sum, t, Chunk)).ToArray();
        Assert.All(byThreads, s => Assert.Equal(byThreads[0], s));

        // Another chunk length adds in another order: still close, and the chunking is what the value depends on.
        var other = Run(new MeanSquaredError(), Sum, 1, 777);
        Assert.Equal(byThreads[0].Count, other.Count);
        Assert.Equal(byThreads[0].SquaredError, other.SquaredError, 1e-9);

        static MeanSquaredError Sum(MeanSquaredError m, Range r) => m.Update(D.Labels.AsSpan(r), D.Predictions.AsSpan(r));
    }

    [Fact]
    public void TheFirstFailingChunkThrowsAndTheMetricIsUnchanged()
    {
        var labels = (int[])D.Classes.Clone();
        labels[3500] = 7;
        labels[9100] = 9;
        var start = new Auc().Update([1, 0], [0.9, 0.2]);
        var copy = start.Copy();
        foreach (var threads in ThreadCounts)
        {
            var e = Assert.ThrowsAny<ArgumentException>(() => start.UpdateParallel(
                Length, (m, r) => m.Update(labels.AsSpan(r), D.Scores.AsSpan(r)), new ParallelOptions { MaxDegreeOfParallelism = threads }, Chunk));
            Assert.Contains("7", e.Message, StringComparison.Ordinal);
        }

        Assert.Equal(copy, start);
    }

    [Fact]
    public void BadArgumentsAreNamed()
    {
        Assert.Equal("length", Assert.Throws<ArgumentOutOfRangeException>(() => new Average().UpdateParallel(-1, (m, _) => m)).ParamName);
        Assert.Equal("chunkLength", Assert.Throws<ArgumentOutOfRangeException>(() => new Average().UpdateParallel(5, (m, _) => m, chunkLength: 0)).ParamName);
        Assert.Equal("update", Assert.Throws<ArgumentNullException>(() => new Average().UpdateParallel(5, null!)).ParamName);
        Assert.Equal(new Average(), new Average().UpdateParallel(0, (_, _) => throw new InvalidOperationException("no chunk for an empty batch")));
    }

    private static void AssertIdenticalAndClose<TMetric>(
        TMetric metric, ChunkUpdate<TMetric> update, Func<TMetric, double> value, bool exact = false, int length = Length)
        where TMetric : struct, IMetric<TMetric>
    {
        var states = ThreadCounts.Select(t => Run(metric, update, t, Chunk, length)).ToArray();
        foreach (var (state, threads) in states.Zip(ThreadCounts))
        {
            Assert.True(states[0].Equals(state), $"{typeof(TMetric).Name}: 1 thread {states[0]}, {threads} threads {state}");
            Assert.Equal(BitConverter.DoubleToInt64Bits(value(states[0])), BitConverter.DoubleToInt64Bits(value(state)));
        }

        var sequential = value(update(metric, 0..length));
        if (exact)
        {
            Assert.Equal(sequential, value(states[0]));
        }
        else
        {
            Assert.Equal(sequential, value(states[0]), Math.Abs(sequential) * 1e-12);
        }
    }

    private static TMetric Run<TMetric>(TMetric metric, ChunkUpdate<TMetric> update, int threads, int chunk, int length = Length)
        where TMetric : struct, IMetric<TMetric> =>
        metric.UpdateParallel(length, update, new ParallelOptions { MaxDegreeOfParallelism = threads }, chunk);

    private sealed class Data
    {
        public Data(Random rng)
        {
            Labels = Enumerable.Range(0, Length).Select(_ => (rng.NextDouble() * 4) - 2).ToArray();
            Predictions = Labels.Select(l => l + (rng.NextDouble() - 0.5)).ToArray();
            LabelsF = Labels.Select(x => (float)x).ToArray();
            PredictionsF = Predictions.Select(x => (float)x).ToArray();
            Offset = Labels.Select(x => 1e9 + x).ToArray();
            Classes = Enumerable.Range(0, Length).Select(_ => rng.Next(2)).ToArray();
            Scores = Classes.Select(c => Math.Clamp((0.3 * c) + (rng.NextDouble() * 0.7), 0, 1)).ToArray();
            Mask = Enumerable.Range(0, Length).Select(_ => rng.NextDouble() < 0.7).ToArray();
            Weights = Enumerable.Range(0, Length).Select(_ => rng.Next(5) * 0.5).ToArray();
            RowClasses = Enumerable.Range(0, Length / 2).Select(_ => rng.Next(Columns)).ToArray();
            Rows = Enumerable.Range(0, RowClasses.Length * Columns).Select(_ => (float)(rng.NextDouble() + 0.01)).ToArray();
        }

        public double[] Labels { get; }

        public double[] Predictions { get; }

        public float[] LabelsF { get; }

        public float[] PredictionsF { get; }

        public double[] Offset { get; }

        public int[] Classes { get; }

        public double[] Scores { get; }

        public bool[] Mask { get; }

        public double[] Weights { get; }

        public int[] RowClasses { get; }

        public float[] Rows { get; }
    }
}
