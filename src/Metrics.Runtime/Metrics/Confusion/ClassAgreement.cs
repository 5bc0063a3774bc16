using System;

namespace Metrics;

/// <summary>Agreement statistics of a C×C confusion matrix (see <see cref="ClassConfusion"/>).</summary>
internal static class ClassAgreement
{
    /// <summary>scikit-learn's multi-class Matthews correlation coefficient.</summary>
    public static double Matthews(SumArray counts, int classes, ZeroDivision zeroDivision)
    {
        var actual = ClassConfusion.Actual(counts, classes);
        var predicted = ClassConfusion.Predicted(counts, classes);
        double correct = 0, total = 0, actualPredicted = 0, predictedSquares = 0, actualSquares = 0;
        for (var k = 0; k < classes; k++)
        {
            correct += counts[(k * classes) + k];
            total += actual[k];
            actualPredicted += actual[k] * predicted[k];
            predictedSquares += predicted[k] * predicted[k];
            actualSquares += actual[k] * actual[k];
        }

        var covariance = (correct * total) - actualPredicted;
        var predictedVariance = (total * total) - predictedSquares;
        var actualVariance = (total * total) - actualSquares;
        return predictedVariance * actualVariance == 0
            ? zeroDivision.Divide(0, 0)
            : covariance / Math.Sqrt(predictedVariance * actualVariance);
    }

    /// <summary>scikit-learn's Cohen's kappa over all <paramref name="classes"/> class indices.</summary>
    public static double CohenKappa(SumArray counts, int classes, KappaWeighting weighting)
    {
        var actual = ClassConfusion.Actual(counts, classes);
        var predicted = ClassConfusion.Predicted(counts, classes);
        var total = 0.0;
        foreach (var a in actual)
        {
            total += a;
        }

        double observed = 0, expected = 0;
        for (var i = 0; i < classes; i++)
        {
            for (var j = 0; j < classes; j++)
            {
                var distance = Math.Abs(i - j);
                var weight = weighting switch
                {
                    KappaWeighting.Linear => distance,
                    KappaWeighting.Quadratic => (double)distance * distance,
                    _ => distance == 0 ? 0.0 : 1.0,
                };
                observed += weight * counts[(i * classes) + j];
                expected += weight * actual[i] * predicted[j] / total;
            }
        }

        return 1 - (observed / expected);
    }

    /// <summary>The mean recall over the classes that occur as labels (NaN when there is none).</summary>
    public static double BalancedAccuracy(SumArray counts, int classes)
    {
        var actual = ClassConfusion.Actual(counts, classes);
        double sum = 0;
        var present = 0;
        for (var k = 0; k < classes; k++)
        {
            if (actual[k] > 0)
            {
                sum += counts[(k * classes) + k] / actual[k];
                present++;
            }
        }

        return sum / present;
    }
}
