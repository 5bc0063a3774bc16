namespace Metrics;

/// <summary>Keras' IoU arithmetic on a C×C confusion matrix (see <see cref="ClassConfusion"/>).</summary>
internal static class SegmentationIoU
{
    /// <summary>TP / (TP + FP + FN) per class; where the union is empty, <paramref name="zeroDivision"/>'s value.</summary>
    public static double[] PerClass(SumArray counts, int classes, ZeroDivision zeroDivision = ZeroDivision.NaN)
    {
        var actual = ClassConfusion.Actual(counts, classes);
        var predicted = ClassConfusion.Predicted(counts, classes);
        var result = new double[classes];
        for (var c = 0; c < classes; c++)
        {
            var intersection = counts[(c * classes) + c];
            var union = actual[c] + predicted[c] - intersection;
            result[c] = union > 0 ? intersection / union : zeroDivision.Divide(intersection, 0);
        }

        return result;
    }

    /// <summary>
    /// The mean IoU over the target classes (all when empty): by default over those whose union is not empty (NaN when
    /// none is); with <see cref="ZeroDivision.Zero"/>/<see cref="ZeroDivision.One"/> over all of them, an empty union
    /// counting as that value (scikit-learn's <c>jaccard_score(labels=..., zero_division=...)</c>). With
    /// <paramref name="micro"/>, Σ TP / Σ (TP + FP + FN) over the targets instead (<c>average='micro'</c>), the
    /// policy's value when that union is empty. A target outside [0, classes) throws.
    /// </summary>
    public static double Mean(SumArray counts, int classes, ReadOnlySpan<int> targets, ZeroDivision zeroDivision = ZeroDivision.NaN, bool micro = false)
    {
        if (micro)
        {
            return Micro(counts, classes, targets, zeroDivision);
        }

        var perClass = PerClass(counts, classes, zeroDivision);
        double sum = 0;
        var valid = 0;
        var count = targets.IsEmpty ? classes : targets.Length;
        for (var i = 0; i < count; i++)
        {
            var c = Target(targets, i, classes);
            if (!double.IsNaN(perClass[c]))
            {
                sum += perClass[c];
                valid++;
            }
        }

        return sum / valid;
    }

    private static double Micro(SumArray counts, int classes, ReadOnlySpan<int> targets, ZeroDivision zeroDivision)
    {
        var actual = ClassConfusion.Actual(counts, classes);
        var predicted = ClassConfusion.Predicted(counts, classes);
        double intersections = 0;
        double unions = 0;
        var count = targets.IsEmpty ? classes : targets.Length;
        for (var i = 0; i < count; i++)
        {
            var c = Target(targets, i, classes);
            var intersection = counts[(c * classes) + c];
            intersections += intersection;
            unions += actual[c] + predicted[c] - intersection;
        }

        return unions > 0 ? intersections / unions : zeroDivision.Divide(intersections, 0);
    }

    private static int Target(ReadOnlySpan<int> targets, int i, int classes)
    {
        var c = targets.IsEmpty ? i : targets[i];
        if ((uint)c >= (uint)classes)
        {
            throw new ArgumentOutOfRangeException(
                "TargetClassIds", c, $"TargetClassIds[{i}] = {c} is outside [0, {classes}).");
        }

        return c;
    }
}
