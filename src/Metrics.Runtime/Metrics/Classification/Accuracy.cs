using System.Globalization;

namespace Metrics;

/// <summary>
/// The fraction of correct predictions, as flax-metrics' <c>Accuracy</c>.
/// <list type="bullet">
/// <item>Binary (labels and scores of the same shape): a score is positive iff <c>score &gt; Threshold</c> (strict);
/// it is correct when that equals <c>label == 1</c>. Labels must be 0 or 1.</item>
/// <item>Multi-class (a row of scores per label): correct when the row's argmax equals the label; on ties the lowest
/// index wins. Labels must lie in [0, classes).</item>
/// </list>
/// NaN when empty. A NaN score is never positive.
/// With <see cref="KerasShapes"/> (the registry's <c>"accuracy"</c> and <c>"acc"</c>) the shapes of a batch choose the
/// accuracy as Keras' <c>compile(metrics=["accuracy"])</c> does; the typed struct keeps flax-metrics' rule.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct Accuracy
{
    /// <summary>The decision threshold for binary scores; 0 for logits (the default), 0.5 for probabilities.</summary>
    [Parameter] public double Threshold { get; init; } = 0.0;

    /// <summary>
    /// Whether a batch's shapes choose the accuracy as Keras' <c>compile(metrics=["accuracy"])</c> does (keras/src/trainers/
    /// compile_utils.py): one score per label (a 1-D batch, rows of one score) is <c>binary_accuracy</c> at
    /// <see cref="Threshold"/>; a score row per integer label is <c>sparse_categorical_accuracy</c>; a label row as wide
    /// as its score row is <c>categorical_accuracy</c> (the argmax of each). False (the default, flax-metrics): a row of
    /// scores is always an argmax row, and label rows are refused.
    /// </summary>
    [Parameter] public bool KerasShapes { get; init; } = false;

    /// <summary>The (weighted) number of correct predictions.</summary>
    [Sum] public double Correct;

    /// <summary>The (weighted) number of predictions.</summary>
    [Sum] public double Count;

    private static Accuracy Update([ClassIndex(2)] int label, double prediction, double threshold) =>
        new() { Correct = (prediction > threshold) == (label == 1) ? 1 : 0, Count = 1 };

    // The label is checked here, not by [ClassIndex]: under Keras' rule a row of one score is binary, with labels 0 and 1.
    private static Accuracy Update<T>(int label, ReadOnlySpan<T> scores, double threshold, bool kerasShapes)
        where T : INumber<T>
    {
        if (kerasShapes && scores.Length == 1)
        {
            RequireClass(label, 2);
            return Update(label, double.CreateTruncating(scores[0]), threshold);
        }

        RequireClass(label, scores.Length);
        return new() { Correct = TensorPrimitives.IndexOfMax(scores) == label ? 1 : 0, Count = 1 };
    }

    private static Accuracy Update<T>([Probability] ReadOnlySpan<T> labels, ReadOnlySpan<T> scores, double threshold, bool kerasShapes)
        where T : INumber<T>
    {
        if (!kerasShapes)
        {
            throw new ArgumentException(
                "Accuracy takes one class label per row of scores (flax-metrics); label rows as wide as the score rows are Keras' categorical accuracy: create it with KerasShapes = true (the registry's \"accuracy\") or use CategoricalAccuracy.",
                nameof(labels));
        }

        return scores.Length == 1
            ? new() { Correct = double.CreateTruncating(labels[0]) == (double.CreateTruncating(scores[0]) > threshold ? 1 : 0) ? 1 : 0, Count = 1 }
            : new() { Correct = TensorPrimitives.IndexOfMax(scores) == TensorPrimitives.IndexOfMax(labels) ? 1 : 0, Count = 1 };
    }

    // Rows of one score are Keras' binary_accuracy (classes 0 and 1), other rows hold a class of their scores.
    private static void RequireClass(int label, int classes)
    {
        if ((uint)label >= (uint)classes)
        {
            throw new ArgumentOutOfRangeException(
                "labels", label, string.Create(CultureInfo.InvariantCulture, $"A label must lie in [0, {classes}) (the classes of its row of scores; 0 and 1 for a row of one score); it is {label}."));
        }
    }

    /// <summary>The accuracy, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Correct, Count);
}
