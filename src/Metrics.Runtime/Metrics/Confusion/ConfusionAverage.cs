using System;

namespace Metrics;

/// <summary>Averages a per-class score over one-vs-rest confusion counts (multi-class and multi-label metrics alike).</summary>
internal static class ConfusionAverage
{
    /// <summary>
    /// The per-class scores and their average. A class that occurs neither as a label nor as a prediction is absent:
    /// its per-class value is NaN and it takes no part in any average (scikit-learn's label set, TorchMetrics' rule).
    /// A present class whose score is 0/0 takes the metric's <see cref="ZeroDivision"/> value (inside
    /// <paramref name="score"/>); NaN values are left out of the average (scikit-learn's <c>zero_division=np.nan</c>).
    /// Micro averaging scores the counts summed over the classes; weighted averaging weights by support (TP + FN).
    /// </summary>
    public static double Average(
        ReadOnlySpan<ConfusionCounts> perClassCounts, AverageMode average, Func<ConfusionCounts, double> score, out double[] perClass)
    {
        perClass = new double[perClassCounts.Length];
        double sum = 0, weightSum = 0;
        double tp = 0, fp = 0, tn = 0, fn = 0;
        for (var c = 0; c < perClassCounts.Length; c++)
        {
            var one = perClassCounts[c];
            tp += one.TruePositives;
            fp += one.FalsePositives;
            tn += one.TrueNegatives;
            fn += one.FalseNegatives;
            var support = one.TruePositives + one.FalseNegatives;
            if (support == 0 && one.TruePositives + one.FalsePositives == 0)
            {
                perClass[c] = double.NaN;
                continue;
            }

            var value = score(one);
            perClass[c] = value;
            if (double.IsNaN(value))
            {
                continue;
            }

            var weight = average == AverageMode.Weighted ? support : 1.0;
            sum += weight * value;
            weightSum += weight;
        }

        return average == AverageMode.Micro
            ? score(new ConfusionCounts(tp, fp, tn, fn))
            : weightSum == 0 ? double.NaN : sum / weightSum;
    }
}
