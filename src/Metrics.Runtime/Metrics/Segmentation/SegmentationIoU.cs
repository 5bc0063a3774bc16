using System;

namespace Metrics;

/// <summary>Keras' IoU arithmetic on a C×C confusion matrix (see <see cref="ClassConfusion"/>).</summary>
internal static class SegmentationIoU
{
    /// <summary>TP / (TP + FP + FN) per class; NaN where the union is empty.</summary>
    public static double[] PerClass(SumArray counts, int classes)
    {
        var actual = ClassConfusion.Actual(counts, classes);
        var predicted = ClassConfusion.Predicted(counts, classes);
        var result = new double[classes];
        for (var c = 0; c < classes; c++)
        {
            var intersection = counts[(c * classes) + c];
            var union = actual[c] + predicted[c] - intersection;
            result[c] = union > 0 ? intersection / union : double.NaN;
        }

        return result;
    }

    /// <summary>
    /// The mean IoU over the target classes (all when empty) whose union is not empty; NaN when none is. A target
    /// outside [0, classes) throws.
    /// </summary>
    public static double Mean(SumArray counts, int classes, ReadOnlySpan<int> targets)
    {
        var perClass = PerClass(counts, classes);
        double sum = 0;
        var valid = 0;
        var count = targets.IsEmpty ? classes : targets.Length;
        for (var i = 0; i < count; i++)
        {
            var c = targets.IsEmpty ? i : targets[i];
            if ((uint)c >= (uint)classes)
            {
                throw new ArgumentOutOfRangeException(
                    "TargetClassIds", c, $"TargetClassIds[{i}] = {c} is outside [0, {classes}).");
            }

            if (!double.IsNaN(perClass[c]))
            {
                sum += perClass[c];
                valid++;
            }
        }

        return sum / valid;
    }
}
