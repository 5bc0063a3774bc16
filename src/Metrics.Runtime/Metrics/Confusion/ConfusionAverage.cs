namespace Metrics;

/// <summary>Averages a per-class score over one-vs-rest confusion counts (multi-class and multi-label metrics alike).</summary>
internal static class ConfusionAverage
{
    /// <summary>
    /// The average of the per-class scores. A class that occurs neither as a label nor as a prediction is absent:
    /// unless <paramref name="allClasses"/>, its per-class value is NaN and it takes no part in any average
    /// (scikit-learn's label set, TorchMetrics' rule); with it, it scores 0/0 like any other class (scikit-learn with
    /// <c>labels=range(C)</c>). A 0/0 score takes the metric's <see cref="ZeroDivision"/> value (inside
    /// <paramref name="score"/>); NaN values are left out of the average (scikit-learn's <c>zero_division=np.nan</c>).
    /// Micro averaging scores the counts summed over the classes; weighted averaging weights by support (TP + FN).
    /// </summary>
    public static double Average(ReadOnlySpan<ConfusionCounts> perClassCounts, AverageMode average, bool allClasses, Func<ConfusionCounts, double> score)
    {
        double sum = 0, weightSum = 0;
        double tp = 0, fp = 0, tn = 0, fn = 0;
        foreach (var one in perClassCounts)
        {
            tp += one.TruePositives;
            fp += one.FalsePositives;
            tn += one.TrueNegatives;
            fn += one.FalseNegatives;
            var value = Score(one, allClasses, score);
            if (!double.IsNaN(value))
            {
                var weight = average == AverageMode.Weighted ? one.TruePositives + one.FalseNegatives : 1.0;
                sum += weight * value;
                weightSum += weight;
            }
        }

        return average == AverageMode.Micro
            ? score(new ConfusionCounts(tp, fp, tn, fn))
            : weightSum == 0 ? double.NaN : sum / weightSum;
    }

    /// <summary>The per-class scores: NaN for an absent class unless <paramref name="allClasses"/> (see <see cref="Average"/>).</summary>
    public static double[] PerClass(ReadOnlySpan<ConfusionCounts> perClassCounts, bool allClasses, Func<ConfusionCounts, double> score)
    {
        var result = new double[perClassCounts.Length];
        for (var c = 0; c < result.Length; c++)
        {
            result[c] = Score(perClassCounts[c], allClasses, score);
        }

        return result;
    }

    private static double Score(ConfusionCounts one, bool allClasses, Func<ConfusionCounts, double> score) =>
        !allClasses && one.TruePositives + one.FalseNegatives == 0 && one.FalsePositives == 0 ? double.NaN : score(one);
}
