using System;

namespace Metrics.Serialization.Worker;

/// <summary>The input forms of the catalog's metrics, as <see cref="MetricBatch"/> carries them.</summary>
public enum BatchKind
{
    /// <summary>Values only (no labels).</summary>
    Values,

    /// <summary>0/1 labels and probabilities.</summary>
    Binary,

    /// <summary>Positive real labels and predictions.</summary>
    Regression,

    /// <summary>Class labels and class predictions in [0, <see cref="ShardData.Classes"/>).</summary>
    Classes,

    /// <summary>A class label per row of class probabilities.</summary>
    Rows,

    /// <summary>One-hot label rows and probability rows.</summary>
    OneHotRows,

    /// <summary>0/1 label rows and probability rows.</summary>
    MultiLabelRows,

    /// <summary>Probability-distribution label rows and probability rows.</summary>
    DistributionRows,

    /// <summary>Graded relevance rows (0, 1, 2) and score rows.</summary>
    RelevanceRows,

    /// <summary>A class label per row of class ids sorted by score.</summary>
    SortedIdRows,
}

/// <summary>
/// The deterministic data of a shard: batch <c>b</c> of shard <c>s</c> for catalog entry <c>e</c> is the same in every
/// process, so that a value computed from states written elsewhere can be compared with one computed here.
/// </summary>
public static class ShardData
{
    /// <summary>The number of classes, labels or columns of row batches.</summary>
    public const int Classes = 4;

    /// <summary>Elements or rows per batch.</summary>
    public const int Length = 48;

    /// <summary>The batch: labels, predictions, columns, and a mask and weights that every batch carries.</summary>
    /// <param name="kind">The input form.</param>
    /// <param name="seed">The seed (entry, shard and batch).</param>
    /// <returns>Labels, predictions, columns, mask and weights.</returns>
    public static (double[] Labels, double[] Predictions, int Columns, bool[] Mask, double[] Weights) Batch(BatchKind kind, int seed)
    {
        var random = new Random(seed);
        var mask = new bool[Length];
        var weights = new double[Length];
        for (var i = 0; i < Length; i++)
        {
            mask[i] = random.NextDouble() < 0.85;
            weights[i] = 0.25 + (2 * random.NextDouble());
        }

        var (labels, predictions, columns) = kind switch
        {
            BatchKind.Values => (Array.Empty<double>(), Fill(Length, () => (random.NextDouble() * 20) - 5), 0),
            BatchKind.Binary => (Fill(Length, () => random.Next(2)), Fill(Length, random.NextDouble), 0),
            BatchKind.Regression => (Fill(Length, () => 0.5 + (4 * random.NextDouble())), Fill(Length, () => 0.5 + (4 * random.NextDouble())), 0),
            BatchKind.Classes => (Fill(Length, () => random.Next(Classes)), Fill(Length, () => random.Next(Classes)), 0),
            BatchKind.Rows => (Fill(Length, () => random.Next(Classes)), Distributions(random), Classes),
            BatchKind.OneHotRows => (OneHot(random), Distributions(random), Classes),
            BatchKind.MultiLabelRows => (Fill(Length * Classes, () => random.Next(2)), Fill(Length * Classes, random.NextDouble), Classes),
            BatchKind.DistributionRows => (Distributions(random), Distributions(random), Classes),
            BatchKind.RelevanceRows => (Fill(Length * Classes, () => random.Next(3)), Fill(Length * Classes, random.NextDouble), Classes),
            BatchKind.SortedIdRows => (Fill(Length, () => random.Next(Classes)), Permutations(random), Classes),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No such batch kind."),
        };
        return (labels, predictions, columns, mask, weights);
    }

    private static double[] Fill(int length, Func<double> next)
    {
        var values = new double[length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = next();
        }

        return values;
    }

    private static double[] Distributions(Random random)
    {
        var rows = Fill(Length * Classes, () => 0.05 + random.NextDouble());
        for (var r = 0; r < Length; r++)
        {
            var row = rows.AsSpan(r * Classes, Classes);
            var total = 0.0;
            foreach (var p in row)
            {
                total += p;
            }

            for (var c = 0; c < Classes; c++)
            {
                row[c] /= total;
            }
        }

        return rows;
    }

    private static double[] OneHot(Random random)
    {
        var rows = new double[Length * Classes];
        for (var r = 0; r < Length; r++)
        {
            rows[(r * Classes) + random.Next(Classes)] = 1;
        }

        return rows;
    }

    private static double[] Permutations(Random random)
    {
        var rows = new double[Length * Classes];
        for (var r = 0; r < Length; r++)
        {
            var ids = new[] { 0.0, 1, 2, 3 };
            random.Shuffle(ids);
            ids.CopyTo(rows, r * Classes);
        }

        return rows;
    }
}
