namespace Metrics.Numerics;

/// <summary>Single columns of row-major sample rows, for the curves computed per class or per label.</summary>
internal static class RowColumns
{
    /// <summary>
    /// Copies column <paramref name="column"/> of the row-major <paramref name="rows"/> (<paramref name="width"/> values
    /// a row) into <paramref name="destination"/>, one value per row.
    /// </summary>
    public static void Copy(ReadOnlySpan<double> rows, int width, int column, Span<double> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = rows[(i * width) + column];
        }
    }

    /// <summary>Writes 1 where <paramref name="labels"/> holds <paramref name="label"/>, else 0.</summary>
    public static void Indicator(ReadOnlySpan<double> labels, int label, Span<double> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = labels[i] == label ? 1 : 0;
        }
    }

    /// <summary>
    /// The weighted number of positives of a 0/1 column: Σ positive·weight in row order, every weight 1 when
    /// <paramref name="weights"/> is empty.
    /// </summary>
    public static double Support(ReadOnlySpan<double> positives, ReadOnlySpan<double> weights)
    {
        double support = 0;
        for (var i = 0; i < positives.Length; i++)
        {
            support += positives[i] * (weights.IsEmpty ? 1 : weights[i]);
        }

        return support;
    }
}
