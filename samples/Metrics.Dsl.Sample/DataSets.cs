using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Metrics.Data;

namespace Metrics.Dsl.Sample;

// data/digits_predictions.csv: out-of-fold 10-class logits and a separate "is it an 8" logit (data/README.md).
internal sealed class DigitsData
{
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
        var (labels, columns) = ShippedCsv.Read(path, "label", [.. Enumerable.Range(0, 10).Select(c => $"score{c}"), "fold", "is_eight_logit"]);
        var scores = new double[labels.Length, 10];
        for (var i = 0; i < labels.Length; i++)
        {
            for (var c = 0; c < 10; c++)
            {
                scores[i, c] = columns[c][i];
            }
        }

        return new(ShippedCsv.Integers(labels, path, "label"), scores, ShippedCsv.Integers(columns[10], path, "fold"), columns[11]);
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
        var (targets, columns) = ShippedCsv.Read(path, "target", "prediction", "fold");
        return new(targets, columns[0], ShippedCsv.Integers(columns[1], path, "fold"));
    }

    public DiabetesData Where(bool[] keep) => new(
        Selection.Where(Targets, keep),
        Selection.Where(Predictions, keep),
        Selection.Where(Folds, keep));
}

// The shipped files are read with Metrics.Data, chunk by chunk: a label column and named numeric columns.
internal static class ShippedCsv
{
    public static (double[] Labels, double[][] Columns) Read(string path, string label, params string[] columns)
    {
        var labels = new List<double>();
        var values = Array.ConvertAll(columns, _ => new List<double>());
        new CsvDataSource(path, new ColumnMapping(label, columns)).ReadChunks((in DataChunk chunk) =>
        {
            var width = Math.Max(1, chunk.Columns);
            for (var i = 0; i < chunk.Rows; i++)
            {
                labels.Add(chunk.Labels[i]);
                for (var c = 0; c < columns.Length; c++)
                {
                    values[c].Add(chunk.Predictions[(i * width) + c]);
                }
            }
        });
        return ([.. labels], Array.ConvertAll(values, v => v.ToArray()));
    }

    public static int[] Integers(double[] values, string path, string column)
    {
        var bad = Array.FindIndex(values, v => v != Math.Round(v) || Math.Abs(v) > int.MaxValue);
        if (bad >= 0)
        {
            throw new InvalidDataException($"{path}: row {bad + 1} of column '{column}' holds {values[bad]}, not an integer.");
        }

        return Array.ConvertAll(values, v => (int)v);
    }
}
