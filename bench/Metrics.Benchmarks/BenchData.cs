using System;
using System.IO;

namespace Metrics.Benchmarks;

/// <summary>
/// The benchmark inputs, generated from a fixed seed so every run (and the TF.js script, through
/// <see cref="WriteFile"/>) sees the same numbers: regression labels and predictions, binary labels with
/// probability scores, a 75 % mask and dyadic weights with about 10 % zeros.
/// </summary>
public sealed class BenchData
{
    private BenchData(int n)
    {
        var rng = new Random(20261123 + n);
        Labels = new double[n];
        Predictions = new double[n];
        Classes = new int[n];
        Scores = new double[n];
        Mask = new bool[n];
        Weights = new double[n];
        for (var i = 0; i < n; i++)
        {
            var y = Gaussian(rng) * 10;
            Labels[i] = (float)y;
            Predictions[i] = (float)(y + Gaussian(rng));
            Classes[i] = rng.Next(2);

            // A separable-ish probability: positives centred at 0.65, negatives at 0.35.
            Scores[i] = (float)(1 / (1 + Math.Exp(-((Classes[i] == 1 ? 0.6 : -0.6) + Gaussian(rng)))));
            Mask[i] = rng.NextDouble() < 0.75;
            Weights[i] = rng.Next(10) == 0 ? 0 : rng.Next(1, 9) * 0.25;
        }

        LabelsF = Array.ConvertAll(Labels, x => (float)x);
        PredictionsF = Array.ConvertAll(Predictions, x => (float)x);
        ScoresF = Array.ConvertAll(Scores, x => (float)x);
        WeightsF = Array.ConvertAll(Weights, x => (float)x);
        ClassesF = Array.ConvertAll(Classes, x => (float)x);
        ClassesD = Array.ConvertAll(Classes, x => (double)x);
    }

    /// <summary>Regression labels (float-representable).</summary>
    public double[] Labels { get; }

    public double[] Predictions { get; }

    public int[] Classes { get; }

    /// <summary>Scores in (0, 1); the threshold is 0.5.</summary>
    public double[] Scores { get; }

    public bool[] Mask { get; }

    public double[] Weights { get; }

    public float[] LabelsF { get; }

    public float[] PredictionsF { get; }

    public float[] ScoresF { get; }

    public float[] WeightsF { get; }

    public float[] ClassesF { get; }

    public double[] ClassesD { get; }

    public static BenchData Create(int n) => new(n);

    /// <summary>
    /// Writes the float32 data of <paramref name="n"/> elements for bench/tfjs: int32 n, then float32 regression labels,
    /// predictions, binary labels (0/1) and scores, each n values, little-endian.
    /// </summary>
    public static void WriteFile(string path, int n)
    {
        var d = Create(n);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(n);
        foreach (var array in new[] { d.LabelsF, d.PredictionsF, d.ClassesF, d.ScoresF })
        {
            foreach (var x in array)
            {
                writer.Write(x);
            }
        }
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
