namespace Metrics;

/// <summary>Agreement statistics of a C×C confusion matrix (see <see cref="ClassConfusion"/>).</summary>
internal static class ClassAgreement
{
    /// <summary>
    /// scikit-learn's multi-class Matthews correlation coefficient, on the cells scaled by a power of two and with each
    /// variance's root taken separately, so that weights of any magnitude give the same value; NaN when a cell is
    /// ±∞ or NaN (a weight total beyond <see cref="double.MaxValue"/>).
    /// </summary>
    public static double Matthews(SumArray counts, int classes, ZeroDivision zeroDivision)
    {
        if (!TryScale(counts, out var cells))
        {
            return double.NaN;
        }

        if (cells.Length == 0)
        {
            return zeroDivision.Divide(0, 0);
        }

        var actual = ClassConfusion.Actual(cells, classes);
        var predicted = ClassConfusion.Predicted(cells, classes);
        double correct = 0, total = 0, actualPredicted = 0, predictedSquares = 0, actualSquares = 0;
        for (var k = 0; k < classes; k++)
        {
            correct += cells[(k * classes) + k];
            total += actual[k];
            actualPredicted += actual[k] * predicted[k];
            predictedSquares += predicted[k] * predicted[k];
            actualSquares += actual[k] * actual[k];
        }

        var covariance = (correct * total) - actualPredicted;
        var predictedVariance = (total * total) - predictedSquares;
        var actualVariance = (total * total) - actualSquares;
        return predictedVariance == 0 || actualVariance == 0
            ? zeroDivision.Divide(0, 0)
            : covariance / Math.Sqrt(predictedVariance) / Math.Sqrt(actualVariance);
    }

    /// <summary>
    /// scikit-learn's Cohen's kappa over all <paramref name="classes"/> class indices, from proportions (cells over
    /// the total) so that weights of any magnitude give the same value; NaN when a cell is ±∞ or NaN.
    /// </summary>
    public static double CohenKappa(SumArray counts, int classes, KappaWeighting weighting)
    {
        if (!TryScale(counts, out var cells) || cells.Length == 0)
        {
            return double.NaN;
        }

        var actual = ClassConfusion.Actual(cells, classes);
        var predicted = ClassConfusion.Predicted(cells, classes);
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
                observed += weight * cells[(i * classes) + j];
                expected += weight * actual[i] * (predicted[j] / total);
            }
        }

        return 1 - (observed / expected);
    }

    /// <summary>
    /// The cells multiplied by the power of two that brings the largest into [1, 2) (exact, so ratios keep every
    /// bit); false when a cell is not finite, whose true value is then unknown.
    /// </summary>
    private static bool TryScale(SumArray counts, out double[] cells)
    {
        cells = counts.Cells.ToArray();
        var largest = 0.0;
        foreach (var cell in cells)
        {
            if (!double.IsFinite(cell))
            {
                return false;
            }

            largest = Math.Max(largest, Math.Abs(cell));
        }

        var scale = Numerics.NumericRange.UnitScale(largest);
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] *= scale;
        }

        return true;
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
