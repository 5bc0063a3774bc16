namespace Metrics.Numerics;

/// <summary>Correlations of one pair of rows with population moments (two passes: means, then deviations).</summary>
public static class RowCorrelation
{
    /// <summary>Computes the row's co-moments.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="x">The label row.</param>
    /// <param name="y">The prediction row, as long as <paramref name="x"/>.</param>
    public static Comoments Moments<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y)
        where T : INumberBase<T>
    {
        double sumX = 0, sumY = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sumX += double.CreateTruncating(x[i]);
            sumY += double.CreateTruncating(y[i]);
        }

        var n = x.Length;
        double meanX = sumX / n, meanY = sumY / n, m2x = 0, m2y = 0, co = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = double.CreateTruncating(x[i]) - meanX;
            var dy = double.CreateTruncating(y[i]) - meanY;
            m2x += dx * dx;
            m2y += dy * dy;
            co += dx * dy;
        }

        return new(n, meanX, meanY, m2x, m2y, co, meanX - meanY);
    }
}
