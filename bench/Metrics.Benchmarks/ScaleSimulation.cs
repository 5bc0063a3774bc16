using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace Metrics.Benchmarks;

/// <summary>
/// The paper plan to internet scale, simulated in one process (<c>--scale</c>): the bytes of each metric family's state
/// (<see cref="MetricState.ToBytes{TMetric}"/>) against rows, and the time to turn shards' state bytes into one value
/// by a linear reduction (read and merge each shard into one accumulator, in shard order) and by a tree reduction
/// (pairwise by shard index, level by level), for 10, 1,000 and 100,000 shards.
/// </summary>
/// <remarks>
/// The tree runs streaming (a stack of at most log₂ S partial states, merged as a binary counter carries), so its
/// pairing is the balanced tree over shard order and needs no more memory than the linear one. Its critical path, what
/// a cluster with a reducer per pair would wait for (no network), is the sum over levels of the slowest merge of the
/// level, plus the slowest read of a leaf.
/// </remarks>
internal static class ScaleSimulation
{
    private const int TotalRows = 10_000_000;

    // The shards' bytes are kept in memory: at most this many bytes of distinct states, reused cyclically beyond it.
    private const long PoolBytes = 256L << 20;

    public static string Run()
    {
        var families = Families();
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {RuntimeInformation.ProcessArchitecture}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}; load average at start {LoadAverage()}.");
        report.AppendLine();
        report.AppendLine("## State bytes against rows");
        report.AppendLine();
        SizeTable(families, report);
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"## Linear against tree reduction (load average {LoadAverage()})");
        report.AppendLine();
        MergeTable(families, report);
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Load average at the end: {LoadAverage()}.");
        return report.ToString();
    }

    private static IReadOnlyList<IFamily> Families() =>
    [
        new Family<F1Score>("f1_score (counts)", () => new F1Score(), (m, d) => m.Update(d.BinaryLabels, d.Scores), smallState: true),
        new Family<MeanSquaredError>("mse (sums)", () => new MeanSquaredError(), (m, d) => m.Update(d.Targets, d.Predictions), smallState: true),
        new Family<R2Score>("r2 (moments, user Merge)", () => new R2Score(), (m, d) => m.Update(d.Targets, d.Predictions), smallState: true),
        new Family<ConfusionMatrix>("confusion_matrix C=10", () => new ConfusionMatrix(10), (m, d) => m.Update(d.Classes(10), d.Predicted(10)), smallState: true),
        new Family<ConfusionMatrix>("confusion_matrix C=1000", () => new ConfusionMatrix(1000), (m, d) => m.Update(d.Classes(1000), d.Predicted(1000)), smallState: false),
        new Family<ExactAuc>("roc_auc (exact, samples)", () => new ExactAuc(), (m, d) => m.Update(d.BinaryLabels, d.Scores), smallState: false),
        new Family<HistogramRocAuc>("histogram_roc_auc bits=16", () => new HistogramRocAuc(), (m, d) => m.Update(d.BinaryLabels, d.Scores), smallState: false),
        new Family<HistogramRocAuc>("histogram_roc_auc bits=12", () => new HistogramRocAuc(bits: 12), (m, d) => m.Update(d.BinaryLabels, d.Scores), smallState: true),
    ];

    private static void SizeTable(IReadOnlyList<IFamily> families, StringBuilder report)
    {
        int[] measured = [1_000, 10_000, 100_000, 1_000_000, 10_000_000];
        long[] byFormula = [100_000_000, 1_000_000_000];
        report.AppendLine("Measured: `MetricState.ToBytes(metric).Length` after one pass over n rows (float32 scores, 0/1 or class labels). "
            + "100M and 1B: bytes(n) = a + b·n fitted on the 1M and 10M points (b = 0 for the fixed-size states), checked against the 1K–100K points.");
        report.AppendLine();
        report.AppendLine("| Family | " + string.Join(" | ", measured.Select(n => Rows(n)).Concat(byFormula.Select(n => Rows(n) + " (formula)"))) + " | bytes per row (slope) |");
        report.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", measured.Length + byFormula.Length + 1)));
        var data = new ShardData(seed: 1, measured[^1]);
        foreach (var family in families)
        {
            var sizes = measured.Select(n => (long)family.Bytes(data.Take(n))).ToArray();
            var slope = (sizes[^1] - sizes[^2]) / (double)(measured[^1] - measured[^2]);
            var intercept = sizes[^1] - (slope * measured[^1]);
            for (var i = 0; i < measured.Length; i++)
            {
                var predicted = intercept + (slope * measured[i]);
                if (Math.Abs(predicted - sizes[i]) > 64)
                {
                    throw new InvalidOperationException($"{family.Name}: {sizes[i]} bytes at {measured[i]} rows, the line predicts {predicted:F0}");
                }
            }

            var cells = sizes.Select(Bytes).Concat(byFormula.Select(n => Bytes((long)(intercept + (slope * n)))));
            report.AppendLine(CultureInfo.InvariantCulture, $"| {family.Name} | {string.Join(" | ", cells)} | {slope:0.###} |");
        }
    }

    private static void MergeTable(IReadOnlyList<IFamily> families, StringBuilder report)
    {
        report.AppendLine($"Each shard's state is built from {Rows(TotalRows)} / S rows (at least 100) and written with `MetricState.ToBytes`; "
            + "the timed part starts from the bytes: `MetricState.Read` of every shard and `Merge` into one state. Linear: `acc = acc.Merge(Read(shard i))` in shard order. "
            + "Tree: pairs of adjacent shards, then pairs of pairs (a balanced binary tree over shard order, streamed with log₂ S partial states). "
            + "Critical path: the slowest read plus the slowest merge of each tree level, what S/2 reducers working in parallel would wait for without the network. "
            + $"When S states exceed {PoolBytes >> 20} MiB, {PoolBytes >> 20} MiB of distinct shard states are read cyclically (every read is a real read). Best of 3 runs (1 at 100,000 shards). "
            + "Root receives: the bytes shipped to the last reducer, every shard's state (linear) or the two halves' states (tree). "
            + "Bits: whether the linear and tree states are identical (and equal the one-pass state where every shard is distinct).");
        report.AppendLine();
        report.AppendLine("| Family | Shards | State bytes | Linear ms | Tree ms (one process) | Tree critical path ms | Root receives (linear / tree) | Bits |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var shards in new[] { 10, 1_000, 100_000 })
        {
            foreach (var family in families.Where(f => shards < 100_000 || f.SmallState))
            {
                var result = family.Reduce(shards);
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"| {family.Name} | {shards:N0} | {Bytes(result.StateBytes)} | {result.LinearMs:F2} | {result.TreeMs:F2} | {result.CriticalPathMs:F3} | {Bytes(result.StateBytes * (long)shards)} / {Bytes(result.TreeRootBytes)} | {result.Bits} |");
                Console.WriteLine($"{family.Name}, {shards} shards: linear {result.LinearMs:F2} ms, tree {result.TreeMs:F2} ms, critical path {result.CriticalPathMs:F3} ms, {result.Bits}");
            }
        }
    }

    private static string Rows(long n) => n switch
    {
        >= 1_000_000_000 => $"{n / 1_000_000_000}B",
        >= 1_000_000 => $"{n / 1_000_000}M",
        >= 1_000 => $"{n / 1_000}K",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private static string Bytes(long bytes) => bytes switch
    {
        >= 10L << 30 => $"{bytes / (double)(1L << 30):F0} GiB",
        >= 1L << 30 => $"{bytes / (double)(1L << 30):F1} GiB",
        >= 10L << 20 => $"{bytes / (double)(1L << 20):F0} MiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):F1} MiB",
        >= 10L << 10 => $"{bytes / 1024.0:F0} KiB",
        >= 1L << 10 => $"{bytes / 1024.0:F1} KiB",
        _ => $"{bytes} B",
    };

    private static string LoadAverage()
    {
        try
        {
            return System.IO.File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (System.IO.IOException)
        {
            return "unknown";
        }
    }

    private sealed record Reduction(int StateBytes, long TreeRootBytes, double LinearMs, double TreeMs, double CriticalPathMs, string Bits);

    private interface IFamily
    {
        string Name { get; }

        bool SmallState { get; }

        int Bytes(ShardData data);

        Reduction Reduce(int shards);
    }

    private sealed class Family<TMetric>(string name, Func<TMetric> create, Func<TMetric, ShardData, TMetric> update, bool smallState) : IFamily
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        public string Name => name;

        public bool SmallState => smallState;

        public int Bytes(ShardData data) => MetricState.ToBytes(update(create(), data)).Length;

        public Reduction Reduce(int shards)
        {
            var rows = Math.Max(100, TotalRows / shards);
            var first = MetricState.ToBytes(update(create(), new ShardData(seed: 0, rows)));
            var distinct = (int)Math.Clamp(PoolBytes / first.Length, 1, shards);
            var pool = new byte[distinct][];
            pool[0] = first;
            var onePass = create();
            onePass = update(onePass, new ShardData(seed: 0, rows));
            for (var i = 1; i < distinct; i++)
            {
                var data = new ShardData(seed: i, rows);
                pool[i] = MetricState.ToBytes(update(create(), data));
                if (distinct == shards)
                {
                    onePass = update(onePass, data);
                }
            }

            double linear = double.MaxValue, tree = double.MaxValue, critical = double.MaxValue;
            TMetric linearState = default, treeState = default;
            long rootBytes = 0;
            for (var run = 0; run < (shards >= 100_000 ? 1 : 3); run++)
            {
                var start = Stopwatch.GetTimestamp();
                linearState = Linear(pool, shards);
                linear = Math.Min(linear, Stopwatch.GetElapsedTime(start).TotalMilliseconds);

                start = Stopwatch.GetTimestamp();
                (treeState, var path, var root) = Tree(pool, shards);
                tree = Math.Min(tree, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                rootBytes = MetricState.GetByteCount(root.Left) + MetricState.GetByteCount(root.Right);
                critical = Math.Min(critical, path);
            }

            var same = MetricState.ToBytes(linearState).AsSpan().SequenceEqual(MetricState.ToBytes(treeState));
            var bits = same ? "linear = tree" : "linear ≠ tree";
            if (distinct == shards)
            {
                bits += MetricState.ToBytes(linearState).AsSpan().SequenceEqual(MetricState.ToBytes(onePass)) ? ", = one pass" : ", linear ≠ one pass";
            }

            return new(first.Length, rootBytes, linear, tree, critical, bits);
        }

        private static TMetric Linear(byte[][] pool, int shards)
        {
            var sum = MetricState.Read<TMetric>(pool[0]);
            for (var i = 1; i < shards; i++)
            {
                sum = sum.Merge(MetricState.Read<TMetric>(pool[i % pool.Length]));
            }

            return sum;
        }

        private static (TMetric State, double CriticalPathMs, (TMetric Left, TMetric Right) Root) Tree(byte[][] pool, int shards)
        {
            // stack[k] holds a state of 2^levels[k] shards; equal neighbours merge, as a binary counter carries.
            var stack = new List<(TMetric State, int Level)>();
            var slowest = new List<double>();
            double slowestRead = 0;
            (TMetric Left, TMetric Right) lastPair = default;
            for (var i = 0; i < shards; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var state = MetricState.Read<TMetric>(pool[i % pool.Length]);
                slowestRead = Math.Max(slowestRead, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                var level = 0;
                while (stack.Count > 0 && stack[^1].Level == level)
                {
                    lastPair = (stack[^1].State, state);
                    state = Merge(stack[^1].State, state, level, slowest);
                    stack.RemoveAt(stack.Count - 1);
                    level++;
                }

                stack.Add((state, level));
            }

            // An odd tail: the partial trees to its left take it in, smallest first.
            var result = stack[^1].State;
            for (var k = stack.Count - 2; k >= 0; k--)
            {
                lastPair = (stack[k].State, result);
                result = Merge(stack[k].State, result, stack[k].Level, slowest);
            }

            return (result, slowestRead + slowest.Sum(), lastPair);
        }

        private static TMetric Merge(TMetric left, TMetric right, int level, List<double> slowest)
        {
            var start = Stopwatch.GetTimestamp();
            var merged = left.Merge(right);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            while (slowest.Count <= level)
            {
                slowest.Add(0);
            }

            slowest[level] = Math.Max(slowest[level], elapsed);
            return merged;
        }
    }

    /// <summary>One shard's rows: float32 scores of a noisy binary model, regression targets, class labels.</summary>
    private sealed class ShardData
    {
        private readonly int _seed;
        private readonly int _rows;

        public ShardData(int seed, int rows)
        {
            _seed = seed;
            _rows = rows;
            var random = new Random(seed);
            BinaryLabels = new int[rows];
            Scores = new float[rows];
            Targets = new float[rows];
            Predictions = new float[rows];
            for (var i = 0; i < rows; i++)
            {
                BinaryLabels[i] = random.Next(2);
                Scores[i] = (float)(1 / (1 + Math.Exp(-(BinaryLabels[i] + Normal(random)))));
                Targets[i] = (float)(10 * Normal(random));
                Predictions[i] = Targets[i] + (float)Normal(random);
            }
        }

        private ShardData(ShardData whole, int rows)
        {
            (_seed, _rows) = (whole._seed, rows);
            BinaryLabels = whole.BinaryLabels[..rows];
            Scores = whole.Scores[..rows];
            Targets = whole.Targets[..rows];
            Predictions = whole.Predictions[..rows];
        }

        public int[] BinaryLabels { get; }

        public float[] Scores { get; }

        public float[] Targets { get; }

        public float[] Predictions { get; }

        public ShardData Take(int rows) => new(this, rows);

        /// <summary>Class labels in [0, classes), from the shard's seed.</summary>
        public int[] Classes(int classes)
        {
            var random = new Random(_seed + 1);
            return Enumerable.Range(0, _rows).Select(_ => random.Next(classes)).ToArray();
        }

        /// <summary>Predicted classes: the label 70 % of the time, another class otherwise.</summary>
        public int[] Predicted(int classes)
        {
            var random = new Random(_seed + 2);
            return Classes(classes).Select(l => random.Next(10) < 7 ? l : random.Next(classes)).ToArray();
        }

        private static double Normal(Random random) =>
            Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
    }
}
