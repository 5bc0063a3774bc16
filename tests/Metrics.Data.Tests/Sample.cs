using System;
using System.Linq;

namespace Metrics.Data.Tests;

/// <summary>
/// Generated rows with every kind of column: a binary label and score, a class label and three class scores, a mask,
/// weights, string and integer group keys, and the rows where the nullable score is null in formats that have nulls.
/// </summary>
public sealed class Sample
{
    public const int Classes = 3;

    public Sample(int rows, int seed = 15)
    {
        var random = new Random(seed);
        Rows = rows;
        Labels = new double[rows];
        Scores = new double[rows];
        ClassLabels = new int[rows];
        ClassScores = new double[rows * Classes];
        Mask = new bool[rows];
        Weights = new double[rows];
        Groups = new string[rows];
        GroupIds = new int[rows];
        ScoreIsNull = new bool[rows];
        string[] names = ["north", "south", "east", "west, \"far\""];
        for (var i = 0; i < rows; i++)
        {
            Labels[i] = random.Next(2);
            Scores[i] = Math.Round(Math.Clamp((0.35 * Labels[i]) + (0.65 * random.NextDouble()), 0, 1), 3);
            ClassLabels[i] = random.Next(Classes);
            var raw = Enumerable.Range(0, Classes).Select(c => random.NextDouble() + (c == ClassLabels[i] ? 0.6 : 0)).ToArray();
            var sum = raw.Sum();
            for (var c = 0; c < Classes; c++)
            {
                ClassScores[(i * Classes) + c] = Math.Round(raw[c] / sum * 1024) / 1024; // exact in float too
            }

            Mask[i] = random.NextDouble() < 0.85;
            Weights[i] = Math.Round(0.5 + (1.5 * random.NextDouble()), 2);
            GroupIds[i] = random.Next(4) * 10;
            Groups[i] = names[GroupIds[i] / 10];
            ScoreIsNull[i] = i % 13 == 5;
        }
    }

    public int Rows { get; }

    public double[] Labels { get; }

    public double[] Scores { get; }

    public int[] ClassLabels { get; }

    /// <summary>Row-major, <see cref="Classes"/> per row.</summary>
    public double[] ClassScores { get; }

    public bool[] Mask { get; }

    public double[] Weights { get; }

    public string[] Groups { get; }

    public int[] GroupIds { get; }

    /// <summary>The rows whose score is written as null (Parquet, Arrow and DataFrame only).</summary>
    public bool[] ScoreIsNull { get; }

    public double[] ClassScore(int c) => Enumerable.Range(0, Rows).Select(i => ClassScores[(i * Classes) + c]).ToArray();

    public double?[] NullableScores() => Enumerable.Range(0, Rows).Select(i => ScoreIsNull[i] ? (double?)null : Scores[i]).ToArray();
}
