namespace Metrics;

/// <summary>
/// Uniform bins on [0, 1] and the three weighted sums kept per bin (count, sum of confidences or probabilities, sum of
/// outcomes), shared by <see cref="CalibrationError"/> and <see cref="CalibrationCurve"/>.
/// </summary>
internal static class CalibrationBins
{
    /// <summary>The cells per bin: weight, confidence sum, outcome sum.</summary>
    public const int CellsPerBin = 3;

    /// <summary>
    /// The boundary <c>i / bins</c> as numpy's <c>linspace(0, 1, bins + 1)</c> computes it (<c>i · (1 / bins)</c>), so
    /// a probability on a boundary falls where the references put it.
    /// </summary>
    public static double Boundary(int i, int bins) => i == bins ? 1.0 : i * (1.0 / bins);

    /// <summary>
    /// TorchMetrics' bin, <c>bucketize(p, boundaries, right=True) − 1</c>: bin b holds [b/n, (b+1)/n), and p = 1 has a
    /// bin of its own, index n.
    /// </summary>
    public static int LeftClosed(double p, int bins)
    {
        var b = Math.Clamp((int)(p * bins), 0, bins);
        while (b > 0 && Boundary(b, bins) > p)
        {
            b--;
        }

        while (b < bins && Boundary(b + 1, bins) <= p)
        {
            b++;
        }

        return b;
    }

    /// <summary>
    /// scikit-learn's uniform bin, <c>searchsorted(boundaries[1:-1], p)</c>: bin 0 holds [0, 1/n], bin b &gt; 0 holds
    /// (b/n, (b+1)/n].
    /// </summary>
    public static int RightClosed(double p, int bins)
    {
        var b = Math.Clamp((int)Math.Ceiling(p * bins) - 1, 0, bins - 1);
        while (b > 0 && Boundary(b, bins) >= p)
        {
            b--;
        }

        while (b < bins - 1 && Boundary(b + 1, bins) < p)
        {
            b++;
        }

        return b;
    }

    /// <summary>Adds one element to its bin's three cells.</summary>
    public static void Add(SumArrayWriter bins, int bin, double confidence, double outcome)
    {
        var cell = bin * CellsPerBin;
        bins.Add(cell);
        bins.Add(cell + 1, confidence);
        bins.Add(cell + 2, outcome);
    }

    /// <summary>The points of the non-empty bins among the first <paramref name="binCount"/>, by increasing bin.</summary>
    public static CalibrationCurvePoints Points(SumArray cells, int binCount)
    {
        var nonEmpty = 0;
        for (var b = 0; b < binCount; b++)
        {
            nonEmpty += cells[b * CellsPerBin] > 0 ? 1 : 0;
        }

        var outcomes = new double[nonEmpty];
        var confidences = new double[nonEmpty];
        var counts = new double[nonEmpty];
        var point = 0;
        for (var b = 0; b < binCount; b++)
        {
            var cell = b * CellsPerBin;
            var weight = cells[cell];
            if (weight > 0)
            {
                outcomes[point] = cells[cell + 2] / weight;
                confidences[point] = cells[cell + 1] / weight;
                counts[point] = weight;
                point++;
            }
        }

        return new CalibrationCurvePoints(outcomes, confidences, counts);
    }
}
