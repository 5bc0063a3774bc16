using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Metrics.Dsl.Sample;

// data/digits_predictions.csv: out-of-fold 10-class logits and a separate "is it an 8" logit (data/README.md).
internal sealed class DigitsData
{
    private static readonly string[] Header =
        ["label", .. Enumerable.Range(0, 10).Select(c => $"score{c}"), "fold", "is_eight_logit"];

    public DigitsData(int[] labels, double[,] scores, int[] folds, double[] eightLogits)
    {
        Labels = labels;
        Scores = scores;
        Folds = folds;
        EightLogits = eightLogits;
        IsEight = Array.ConvertAll(labels, label => label == 8 ? 1 : 0);
        OneHot = new double[labels.Length, Classes];
        Probabilities = new double[labels.Length, Classes];
        Predicted = new int[labels.Length];
        var row = new double[Classes];
        for (var i = 0; i < labels.Length; i++)
        {
            OneHot[i, labels[i]] = 1.0;
            Predicted[i] = ArgMax(scores, i);
            for (var c = 0; c < Classes; c++)
            {
                row[c] = scores[i, c];
            }

            System.Numerics.Tensors.TensorPrimitives.SoftMax<double>(row, row);
            for (var c = 0; c < Classes; c++)
            {
                Probabilities[i, c] = row[c];
            }
        }
    }

    public int[] Labels { get; }

    public double[,] Scores { get; }

    public int[] Folds { get; }

    public double[] EightLogits { get; }

    public int[] IsEight { get; }

    public double[,] OneHot { get; }

    // The softmax of each score row: the ten "is it digit c" probabilities of the multi-label view.
    public double[,] Probabilities { get; }

    // ConfusionMatrix takes class indices, not score rows, so the argmax is taken here.
    public int[] Predicted { get; }

    public int Rows => Labels.Length;

    public int Classes => Scores.GetLength(1);

    public static DigitsData Load(string path)
    {
        var cells = Csv.Read(path, Header);
        var scores = new double[cells.Length, 10];
        for (var i = 0; i < cells.Length; i++)
        {
            for (var c = 0; c < 10; c++)
            {
                scores[i, c] = Csv.Real(cells[i][1 + c]);
            }
        }

        return new(
            Array.ConvertAll(cells, row => Csv.Integer(row[0])),
            scores,
            Array.ConvertAll(cells, row => Csv.Integer(row[11])),
            Array.ConvertAll(cells, row => Csv.Real(row[12])));
    }

    public DigitsData Where(bool[] keep) => new(
        Selection.Where(Labels, keep),
        Selection.Where(Scores, keep),
        Selection.Where(Folds, keep),
        Selection.Where(EightLogits, keep));

    // First maximal index wins, as NumPy's argmax that scikit-learn used.
    private static int ArgMax(double[,] scores, int row)
    {
        var best = 0;
        for (var c = 1; c < scores.GetLength(1); c++)
        {
            if (scores[row, c] > scores[row, best])
            {
                best = c;
            }
        }

        return best;
    }
}

// data/diabetes_predictions.csv: out-of-fold Ridge predictions of disease progression (data/README.md).
internal sealed class DiabetesData
{
    private static readonly string[] Header = ["target", "prediction", "fold"];

    public DiabetesData(double[] targets, double[] predictions, int[] folds)
    {
        Targets = targets;
        Predictions = predictions;
        Folds = folds;
        Residuals = predictions.Zip(targets, (p, t) => p - t).ToArray();
    }

    public double[] Targets { get; }

    public double[] Predictions { get; }

    public int[] Folds { get; }

    public double[] Residuals { get; }

    public int Rows => Targets.Length;

    public static DiabetesData Load(string path)
    {
        var cells = Csv.Read(path, Header);
        return new(
            Array.ConvertAll(cells, row => Csv.Real(row[0])),
            Array.ConvertAll(cells, row => Csv.Real(row[1])),
            Array.ConvertAll(cells, row => Csv.Integer(row[2])));
    }

    public DiabetesData Where(bool[] keep) => new(
        Selection.Where(Targets, keep),
        Selection.Where(Predictions, keep),
        Selection.Where(Folds, keep));
}

// The files are plain: a header row, ',' separators, invariant numbers, no quoting.
internal static class Csv
{
    public static string[][] Read(string path, string[] header)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !lines[0].Split(',').SequenceEqual(header))
        {
            throw new InvalidDataException($"{path}: expected the header '{string.Join(',', header)}'.");
        }

        var rows = lines.Skip(1).Where(line => line.Length > 0).Select(line => line.Split(',')).ToArray();
        var bad = Array.FindIndex(rows, row => row.Length != header.Length);
        if (bad >= 0)
        {
            throw new InvalidDataException($"{path}: line {bad + 2} has {rows[bad].Length} fields, expected {header.Length}.");
        }

        return rows;
    }

    public static double Real(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static int Integer(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
