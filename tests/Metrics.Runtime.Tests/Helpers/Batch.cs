using System;
using System.Collections.Generic;
using System.Linq;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>
/// A batch of any shape, stored row by row so that selecting, splitting and repeating work alike for every metric:
/// each row has <see cref="LabelWidth"/> labels (0 for value metrics, 1 for pairs and rows, the row length for row
/// pairs) and <see cref="PredictionWidth"/> predictions (1 for values and pairs, the row length for rows).
/// Class indices are stored as doubles and converted by the drivers.
/// </summary>
internal sealed class Batch
{
    public Batch(int rows, int labelWidth, int predictionWidth, double[] labels, double[] predictions)
    {
        if (labels.Length != rows * labelWidth || predictions.Length != rows * predictionWidth)
        {
            throw new ArgumentException("inconsistent batch");
        }

        Rows = rows;
        LabelWidth = labelWidth;
        PredictionWidth = predictionWidth;
        Labels = labels;
        Predictions = predictions;
    }

    public int Rows { get; }

    public int LabelWidth { get; }

    public int PredictionWidth { get; }

    public double[] Labels { get; }

    public double[] Predictions { get; }

    public int[] IntLabels => Array.ConvertAll(Labels, l => (int)l);

    public int[] IntPredictions => Array.ConvertAll(Predictions, p => (int)p);

    public double[,] LabelRows => ToRows(Labels, LabelWidth);

    public double[,] PredictionRows => ToRows(Predictions, PredictionWidth);

    /// <summary>The rows at <paramref name="rows"/>, in that order (a row may appear several times).</summary>
    public Batch Select(IEnumerable<int> rows)
    {
        var list = rows.ToList();
        var labels = new double[list.Count * LabelWidth];
        var predictions = new double[list.Count * PredictionWidth];
        for (var i = 0; i < list.Count; i++)
        {
            Array.Copy(Labels, list[i] * LabelWidth, labels, i * LabelWidth, LabelWidth);
            Array.Copy(Predictions, list[i] * PredictionWidth, predictions, i * PredictionWidth, PredictionWidth);
        }

        return new Batch(list.Count, LabelWidth, PredictionWidth, labels, predictions);
    }

    /// <summary>The rows where <paramref name="mask"/> is set, like <c>x[mask]</c>.</summary>
    public Batch Where(bool[] mask) => Select(Enumerable.Range(0, Rows).Where(i => mask[i]));

    /// <summary>Rows <c>[start, start + count)</c>.</summary>
    public Batch Range(int start, int count) => Select(Enumerable.Range(start, count));

    /// <summary>Each row repeated <c>counts[i]</c> times, in order.</summary>
    public Batch Repeat(int[] counts) =>
        Select(Enumerable.Range(0, Rows).SelectMany(i => Enumerable.Repeat(i, counts[i])));

    /// <summary>A copy whose rows where <paramref name="poisoned"/> is set hold the given label and prediction (when not null).</summary>
    public Batch Poison(bool[] poisoned, double? label, double? prediction)
    {
        var labels = (double[])Labels.Clone();
        var predictions = (double[])Predictions.Clone();
        for (var i = 0; i < Rows; i++)
        {
            if (!poisoned[i])
            {
                continue;
            }

            if (label is double l)
            {
                Array.Fill(labels, l, i * LabelWidth, LabelWidth);
            }

            if (prediction is double p)
            {
                Array.Fill(predictions, p, i * PredictionWidth, PredictionWidth);
            }
        }

        return new Batch(Rows, LabelWidth, PredictionWidth, labels, predictions);
    }

    private static double[,] ToRows(double[] flat, int width)
    {
        var rows = width == 0 ? 0 : flat.Length / width;
        var result = new double[rows, width];
        Buffer.BlockCopy(flat, 0, result, 0, flat.Length * sizeof(double));
        return result;
    }
}

/// <summary>Seeded random inputs.</summary>
internal static class RandomData
{
    public static double Uniform(this Random rng, double low, double high) => low + ((high - low) * rng.NextDouble());

    /// <summary>A standard normal deviate (Box–Muller).</summary>
    public static double Normal(this Random rng)
    {
        var u = 1.0 - rng.NextDouble();
        var v = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    public static double[] Uniforms(this Random rng, int n, double low, double high) =>
        Enumerable.Range(0, n).Select(_ => rng.Uniform(low, high)).ToArray();

    public static double[] Normals(this Random rng, int n, double mean, double sd) =>
        Enumerable.Range(0, n).Select(_ => mean + (sd * rng.Normal())).ToArray();

    public static double[] Integers(this Random rng, int n, int low, int highExclusive) =>
        Enumerable.Range(0, n).Select(_ => (double)rng.Next(low, highExclusive)).ToArray();

    /// <summary>
    /// Class labels in [0, classes) and a row of normal scores per label, the label's column lifted by 0.8; rounded to one
    /// decimal, so ties within a column and for a row's maximum happen.
    /// </summary>
    public static Batch ClassScoreRows(this Random rng, int rows, int classes)
    {
        var labels = rng.Integers(rows, 0, classes);
        var scores = new double[rows * classes];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < classes; c++)
            {
                scores[(r * classes) + c] = Math.Round(rng.Normal() + (c == (int)labels[r] ? 0.8 : 0.0), 1);
            }
        }

        return new Batch(rows, 1, classes, labels, scores);
    }

    public static bool[] Mask(this Random rng, int n, double keep) =>
        Enumerable.Range(0, n).Select(_ => rng.NextDouble() < keep).ToArray();

    /// <summary>Weights in {0, 0.5, 1, 1.5, 2}: dyadic, so their sums are exact in any order.</summary>
    public static double[] DyadicWeights(this Random rng, int n) =>
        Enumerable.Range(0, n).Select(_ => rng.Next(0, 5) / 2.0).ToArray();

    /// <summary>Integer weights in 0..3.</summary>
    public static int[] IntegerWeights(this Random rng, int n) =>
        Enumerable.Range(0, n).Select(_ => rng.Next(0, 4)).ToArray();
}
