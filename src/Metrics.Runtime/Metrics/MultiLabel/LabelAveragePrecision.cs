namespace Metrics;

/// <summary>
/// Average precision per label column of kept row samples (scikit-learn's <c>average_precision_score</c> on an
/// indicator matrix): the step rule of <see cref="ExactCurves.AveragePrecision"/> for each column, combined as
/// <see cref="MultiLabelAverage"/> asks.
/// </summary>
internal static class LabelAveragePrecision
{
    /// <summary>The combined average precision of multi-label row samples (score row followed by 0/1 label row).</summary>
    public static double OfLabelRows(SampleBuffer samples, MultiLabelAverage average, ZeroDivision zeroDivision, out double[] perLabel)
    {
        var n = samples.Count;
        var columns = samples.Width / 2;
        var all = new double[samples.ScoreCount];
        samples.CopyScores(all);
        var scores = new double[n * columns];
        var labels = new double[n * columns];
        for (var i = 0; i < n; i++)
        {
            all.AsSpan(i * 2 * columns, columns).CopyTo(scores.AsSpan(i * columns));
            all.AsSpan((i * 2 * columns) + columns, columns).CopyTo(labels.AsSpan(i * columns));
        }

        return Combine(scores, labels, columns, samples.Weights, average, zeroDivision, out perLabel);
    }

    /// <summary>The combined one-vs-rest average precision of class-index row samples (the labels binarized).</summary>
    public static double OfClassRows(SampleBuffer samples, MultiLabelAverage average, ZeroDivision zeroDivision, out double[] perClass)
    {
        var n = samples.Count;
        var columns = samples.Width;
        var scores = new double[samples.ScoreCount];
        samples.CopyScores(scores);
        var classes = new double[n];
        samples.CopyLabels(classes);
        var labels = new double[n * columns];
        for (var i = 0; i < n; i++)
        {
            labels[(i * columns) + (int)classes[i]] = 1;
        }

        return Combine(scores, labels, columns, samples.Weights, average, zeroDivision, out perClass);
    }

    private static double Combine(
        double[] scores, double[] labels, int columns, ReadOnlySpan<double> weights, MultiLabelAverage average, ZeroDivision zeroDivision, out double[] perLabel)
    {
        var n = columns == 0 ? 0 : scores.Length / columns;
        perLabel = new double[columns];
        if (average == MultiLabelAverage.Samples)
        {
            Array.Fill(perLabel, double.NaN);
            return ExactCurves.RowAverage(scores, labels, columns, weights, zeroDivision, ExactCurves.ColumnAveragePrecision);
        }

        if (average == MultiLabelAverage.Micro)
        {
            var pairWeights = weights.IsEmpty ? [] : new double[scores.Length];
            for (var i = 0; i < pairWeights.Length; i++)
            {
                pairWeights[i] = weights[i / columns];
            }

            Array.Fill(perLabel, double.NaN);
            return ExactCurves.ColumnAveragePrecision(scores, labels, pairWeights, zeroDivision);
        }

        var columnScores = new double[n];
        var columnLabels = new double[n];
        double sum = 0, totalSupport = 0;
        for (var c = 0; c < columns; c++)
        {
            RowColumns.Copy(scores, columns, c, columnScores);
            RowColumns.Copy(labels, columns, c, columnLabels);
            var support = RowColumns.Support(columnLabels, weights);
            perLabel[c] = ExactCurves.ColumnAveragePrecision(columnScores, columnLabels, weights, zeroDivision);
            if (average == MultiLabelAverage.Macro)
            {
                sum += perLabel[c];
            }
            else if (support != 0)
            {
                // A label without positives has weight 0 and is left out (scikit-learn), so its undefined value does not leak.
                sum += support * perLabel[c];
            }

            totalSupport += support;
        }

        return average == MultiLabelAverage.Weighted ? sum / totalSupport : sum / columns;
    }
}
