namespace Metrics.Numerics;

/// <summary>
/// Exact curve statistics of kept binary samples, from one ranked pass (<see cref="RankedCurve"/>), with
/// scikit-learn's formulas: tied scores form one step of the curve.
/// </summary>
public static class ExactCurves
{
    /// <summary>
    /// The area under the ROC curve by the trapezoidal rule, as <c>roc_auc_score</c> (ties count one half, as the
    /// Mann-Whitney statistic). Undefined without both classes: then <paramref name="zeroDivision"/> decides.
    /// </summary>
    /// <param name="samples">The kept samples (labels 0 or 1).</param>
    /// <param name="zeroDivision">The value when only one class (or nothing) was seen.</param>
    public static double RocAuc(SampleBuffer samples, ZeroDivision zeroDivision)
    {
        if (!IsPlainBinary(samples))
        {
            return RocAuc(new RankedCurve(samples), zeroDivision, WeightScale(samples.Weights));
        }

        // The common case (float scores, no weights): the pair count is exact and equals the trapezoid sum below. The
        // ranking is kept with the samples, for an average precision of the same samples.
        var ranking = samples.Derived(RankingOf);
        return zeroDivision.Divide(0.5 * ranking.Pairs, (double)ranking.Positives * ranking.Negatives);
    }

    /// <summary>
    /// One-vs-rest ROC AUC of row samples (scikit-learn's <c>roc_auc_score(multi_class="ovr")</c>): class c's scores
    /// are column c, its positives the samples labelled c. Per-class values, averaged without weights (macro) or
    /// weighted by each class's weighted support.
    /// </summary>
    /// <param name="samples">Row samples: a score row and a class index per sample.</param>
    /// <param name="weighted">Weight the classes by support (else macro).</param>
    /// <param name="zeroDivision">A class's value when it has no positives or no negatives.</param>
    /// <param name="perClass">Receives each class's AUC (length = row width).</param>
    public static double OneVsRestRocAuc(SampleBuffer samples, bool weighted, ZeroDivision zeroDivision, out double[] perClass)
    {
        var n = samples.Count;
        var classes = samples.Width;
        perClass = new double[classes];
        if (n == 0)
        {
            return zeroDivision.Divide(0, 0);
        }

        var all = new double[samples.ScoreCount];
        samples.CopyScores(all);
        var labels = new double[n];
        samples.CopyLabels(labels);
        var weights = samples.Weights;
        var scores = new double[n];
        var isClass = new double[n];
        double sum = 0, totalSupport = 0;
        for (var c = 0; c < classes; c++)
        {
            RowColumns.Copy(all, classes, c, scores);
            RowColumns.Indicator(labels, c, isClass);
            var support = RowColumns.Support(isClass, weights);
            perClass[c] = RocAuc(new RankedCurve(scores, isClass, weights), zeroDivision, WeightScale(weights));
            sum += weighted ? support * perClass[c] : perClass[c];
            totalSupport += support;
        }

        return weighted ? sum / totalSupport : sum / classes;
    }

    /// <summary>
    /// The McClish-standardized partial ROC AUC up to <paramref name="maxFpr"/>, as scikit-learn's
    /// <c>roc_auc_score(max_fpr=...)</c>: the <c>roc_curve</c> cut at <paramref name="maxFpr"/> (its true-positive rate
    /// interpolated linearly there), its trapezoidal area A, then 0.5·(1 + (A − m²/2) / (m − m²/2)). A
    /// <paramref name="maxFpr"/> of 1 is the plain <see cref="RocAuc(SampleBuffer, ZeroDivision)"/>.
    /// </summary>
    /// <param name="samples">The kept samples (labels 0 or 1).</param>
    /// <param name="maxFpr">The largest false-positive rate, in (0, 1].</param>
    /// <param name="zeroDivision">The value when only one class (or nothing) was seen.</param>
    public static double PartialRocAuc(SampleBuffer samples, double maxFpr, ZeroDivision zeroDivision)
    {
        if (maxFpr == 1)
        {
            return RocAuc(samples, zeroDivision);
        }

        var curve = RocCurve(samples, dropIntermediate: true, ZeroDivision.NaN);
        var fpr = curve.FalsePositiveRates;
        var tpr = curve.TruePositiveRates;
        if (fpr.Length < 2 || double.IsNaN(fpr[^1]) || double.IsNaN(tpr[^1]))
        {
            return zeroDivision.Divide(0, 0);
        }

        // The first point beyond maxFpr (numpy's searchsorted(side="right")): one exists, as the curve ends at rate 1.
        var stop = 1;
        while (fpr[stop] <= maxFpr)
        {
            stop++;
        }

        double area = 0;
        for (var i = 1; i < stop; i++)
        {
            area += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2;
        }

        var (x0, y0) = (fpr[stop - 1], tpr[stop - 1]);
        var atMax = y0 + ((tpr[stop] - y0) * (maxFpr - x0) / (fpr[stop] - x0));
        area += (maxFpr - x0) * (atMax + y0) / 2;
        var chance = 0.5 * maxFpr * maxFpr;
        return 0.5 * (1 + ((area - chance) / (maxFpr - chance)));
    }

    /// <summary>
    /// One-vs-one ROC AUC of row samples (scikit-learn's <c>roc_auc_score(multi_class="ovo")</c>): for each pair of
    /// classes a &lt; b, the rows labelled a or b give the AUC of column a for "is a" and of column b for "is b"; the
    /// pair's value is their mean, and the pairs are averaged without weights (macro) or by their share of the weight.
    /// </summary>
    /// <param name="samples">Row samples: a score row and a class index per sample.</param>
    /// <param name="weighted">Weight each pair by its share of the rows' weight (scikit-learn's prevalence), else macro.</param>
    /// <param name="zeroDivision">A class's AUC within a pair when the pair lacks one of its classes.</param>
    public static double OneVsOneRocAuc(SampleBuffer samples, bool weighted, ZeroDivision zeroDivision)
    {
        var n = samples.Count;
        var classes = samples.Width;
        if (n == 0 || classes < 2)
        {
            return zeroDivision.Divide(0, 0);
        }

        var all = new double[samples.ScoreCount];
        samples.CopyScores(all);
        var labels = new double[n];
        samples.CopyLabels(labels);
        var weights = samples.Weights;
        double total = 0;
        for (var i = 0; i < n; i++)
        {
            total += weights.IsEmpty ? 1 : weights[i];
        }

        var rows = new List<int>(n);
        double sum = 0, shares = 0;
        var pairs = 0;
        for (var a = 0; a < classes; a++)
        {
            for (var b = a + 1; b < classes; b++)
            {
                rows.Clear();
                double pairWeight = 0;
                for (var i = 0; i < n; i++)
                {
                    if (labels[i] == a || labels[i] == b)
                    {
                        rows.Add(i);
                        pairWeight += weights.IsEmpty ? 1 : weights[i];
                    }
                }

                var pair = (ColumnAuc(all, labels, weights, rows, classes, a, zeroDivision) + ColumnAuc(all, labels, weights, rows, classes, b, zeroDivision)) / 2;
                var share = pairWeight / total;
                sum += weighted ? share * pair : pair;
                shares += share;
                pairs++;
            }
        }

        return weighted ? sum / shares : sum / pairs;
    }

    // The binary AUC of one score column over some rows, positives the rows labelled with that column's class.
    private static double ColumnAuc(double[] all, double[] labels, ReadOnlySpan<double> weights, List<int> rows, int classes, int column, ZeroDivision zeroDivision)
    {
        var scores = new double[rows.Count];
        var isClass = new double[rows.Count];
        var rowWeights = weights.IsEmpty ? [] : new double[rows.Count];
        for (var j = 0; j < rows.Count; j++)
        {
            var i = rows[j];
            scores[j] = all[(i * classes) + column];
            isClass[j] = labels[i] == column ? 1 : 0;
            if (!weights.IsEmpty)
            {
                rowWeights[j] = weights[i];
            }
        }

        return RocAuc(new RankedCurve(scores, isClass, rowWeights), zeroDivision, WeightScale(rowWeights));
    }

    /// <summary>
    /// ROC AUC of multi-label row samples (score row followed by 0/1 label row), as scikit-learn's
    /// <c>roc_auc_score</c> on an indicator matrix with <c>average</c> macro, weighted or micro.
    /// </summary>
    /// <param name="samples">Row-pair samples (<see cref="SampleBuffer.OfRows"/>).</param>
    /// <param name="average">How labels are combined.</param>
    /// <param name="zeroDivision">A label's (or the micro) value when it has only one class.</param>
    /// <param name="perLabel">Receives each label's AUC.</param>
    public static double MultiLabelRocAuc(SampleBuffer samples, MultiLabelAverage average, ZeroDivision zeroDivision, out double[] perLabel)
    {
        var n = samples.Count;
        var labelCount = samples.Width / 2;
        perLabel = new double[labelCount];
        if (n == 0)
        {
            return zeroDivision.Divide(0, 0);
        }

        var all = new double[samples.ScoreCount];
        samples.CopyScores(all);
        var weights = samples.Weights;
        var width = samples.Width;
        if (average == MultiLabelAverage.Micro)
        {
            var pairs = n * labelCount;
            var flatScores = new double[pairs];
            var flatLabels = new double[pairs];
            var flatWeights = weights.IsEmpty ? Array.Empty<double>() : new double[pairs];
            for (var i = 0; i < n; i++)
            {
                for (var c = 0; c < labelCount; c++)
                {
                    flatScores[(i * labelCount) + c] = all[(i * width) + c];
                    flatLabels[(i * labelCount) + c] = all[(i * width) + labelCount + c];
                    if (!weights.IsEmpty)
                    {
                        flatWeights[(i * labelCount) + c] = weights[i];
                    }
                }
            }

            for (var c = 0; c < labelCount; c++)
            {
                perLabel[c] = double.NaN;
            }

            return RocAuc(new RankedCurve(flatScores, flatLabels, flatWeights), zeroDivision, WeightScale(flatWeights));
        }

        if (average == MultiLabelAverage.Samples)
        {
            var rowScores = new double[n * labelCount];
            var rowLabels = new double[n * labelCount];
            for (var i = 0; i < n; i++)
            {
                all.AsSpan(i * width, labelCount).CopyTo(rowScores.AsSpan(i * labelCount));
                all.AsSpan((i * width) + labelCount, labelCount).CopyTo(rowLabels.AsSpan(i * labelCount));
            }

            Array.Fill(perLabel, double.NaN);
            return RowAverage(rowScores, rowLabels, labelCount, weights, zeroDivision, (s, l, w, z) => RocAuc(new RankedCurve(s, l, w), z, WeightScale(w)));
        }

        var scores = new double[n];
        var labels = new double[n];
        double sum = 0, totalSupport = 0;
        for (var c = 0; c < labelCount; c++)
        {
            RowColumns.Copy(all, width, c, scores);
            RowColumns.Copy(all, width, labelCount + c, labels);
            var support = RowColumns.Support(labels, weights);
            perLabel[c] = RocAuc(new RankedCurve(scores, labels, weights), zeroDivision, WeightScale(weights));
            if (average != MultiLabelAverage.Weighted)
            {
                sum += perLabel[c];
            }
            else if (support != 0)
            {
                // A label without positives has weight 0 and is left out, so its undefined (NaN) AUC does not leak.
                sum += support * perLabel[c];
            }

            totalSupport += support;
        }

        return average == MultiLabelAverage.Weighted ? sum / totalSupport : sum / labelCount;
    }

    private static readonly System.Func<SampleBuffer, BinaryRanking> RankingOf = BinaryRanking.Of;

    /// <summary>Float scores, byte labels and no weights: what <see cref="RankSum"/> ranks without a permutation.</summary>
    private static bool IsPlainBinary(SampleBuffer samples) => !samples.IsWeighted && samples.HasSingleScores && samples.HasByteLabels;

    /// <summary>
    /// The power of two that brings the largest weight into [1, 2): the area and its normalizer are products of two
    /// weight sums, which over- or underflow for weights beyond about 1e±154 unless scaled first.
    /// </summary>
    private static double WeightScale(ReadOnlySpan<double> weights)
    {
        var largest = 0.0;
        foreach (var weight in weights)
        {
            largest = Math.Max(largest, weight);
        }

        return NumericRange.UnitScale(largest);
    }

    private static double RocAuc(RankedCurve curve, ZeroDivision zeroDivision, double scale)
    {
        try
        {
            return RocArea(ref curve, zeroDivision, scale);
        }
        finally
        {
            curve.Dispose();
        }
    }

    private static double RocArea(ref RankedCurve curve, ZeroDivision zeroDivision, double scale)
    {
        double area = 0, tp = 0, fp = 0;
        while (curve.MoveNext())
        {
            var scaledTp = curve.TruePositives * scale;
            var scaledFp = curve.FalsePositives * scale;
            area += (scaledFp - fp) * (scaledTp + tp);
            tp = scaledTp;
            fp = scaledFp;
        }

        // A class whose weight total is beyond double.MaxValue is +∞: its area is unknown.
        return double.IsFinite(tp) && double.IsFinite(fp) ? zeroDivision.Divide(0.5 * area, tp * fp) : double.NaN;
    }

    /// <summary>
    /// Average precision with scikit-learn's step rule, Σ (Rₖ − Rₖ₋₁)·Pₖ over decreasing thresholds, no interpolation
    /// (<c>average_precision_score</c>). Undefined without positives (scikit-learn gives 0): <paramref name="zeroDivision"/>.
    /// </summary>
    /// <param name="samples">The kept samples (labels 0 or 1).</param>
    /// <param name="zeroDivision">The value when no positive was seen.</param>
    public static double AveragePrecision(SampleBuffer samples, ZeroDivision zeroDivision)
    {
        if (IsPlainBinary(samples))
        {
            // The same sum as the walk below, from the ranking an exact ROC AUC of the same samples may have kept.
            var ranking = samples.Derived(RankingOf);
            return zeroDivision.Divide(ranking.PrecisionSum, ranking.Positives);
        }

        return StepAveragePrecision(new RankedCurve(samples), zeroDivision);
    }

    /// <summary>A curve value of each row (its labels as the samples), averaged over the rows with their weights (<c>average="samples"</c>).</summary>
    /// <param name="scores">The score rows, row-major.</param>
    /// <param name="labels">The 0/1 label rows, row-major, as many as scores.</param>
    /// <param name="columns">The row length.</param>
    /// <param name="weights">One weight per row, or empty for all 1; a zero-weight row is left out.</param>
    /// <param name="zeroDivision">A row's value when it is undefined, and the value without any row.</param>
    /// <param name="value">The value of one row's unweighted (score, label) pairs.</param>
    internal static double RowAverage(
        double[] scores, double[] labels, int columns, ReadOnlySpan<double> weights, ZeroDivision zeroDivision, RowCurveValue value)
    {
        var n = columns == 0 ? 0 : scores.Length / columns;
        double sum = 0, total = 0;
        for (var i = 0; i < n; i++)
        {
            var weight = weights.IsEmpty ? 1 : weights[i];
            if (weight != 0)
            {
                // A zero-weight row is excluded, as a zero sample weight excludes an element: its value must not leak.
                sum += weight * value(scores.AsSpan(i * columns, columns), labels.AsSpan(i * columns, columns), [], zeroDivision);
                total += weight;
            }
        }

        return zeroDivision.Divide(sum, total);
    }

    /// <summary>A curve value of one row's (score, label) pairs, unweighted.</summary>
    internal delegate double RowCurveValue(ReadOnlySpan<double> scores, ReadOnlySpan<double> labels, ReadOnlySpan<double> weights, ZeroDivision zeroDivision);

    /// <summary>The average precision of samples given as parallel spans (one label column of multi-label data).</summary>
    /// <param name="scores">The scores; none may be NaN.</param>
    /// <param name="labels">The labels, 0 or 1, as many as scores.</param>
    /// <param name="weights">The weights, as many as scores, or empty for all 1.</param>
    /// <param name="zeroDivision">The value when no positive was seen.</param>
    internal static double ColumnAveragePrecision(ReadOnlySpan<double> scores, ReadOnlySpan<double> labels, ReadOnlySpan<double> weights, ZeroDivision zeroDivision) =>
        StepAveragePrecision(new RankedCurve(scores, labels, weights), zeroDivision);

    private static double StepAveragePrecision(RankedCurve curve, ZeroDivision zeroDivision)
    {
        try
        {
            double sum = 0, tp = 0;
            while (curve.MoveNext())
            {
                var gained = curve.TruePositives - tp;
                if (gained != 0)
                {
                    sum += gained * (curve.TruePositives / (curve.TruePositives + curve.FalsePositives));
                }

                tp = curve.TruePositives;
            }

            return zeroDivision.Divide(sum, tp);
        }
        finally
        {
            curve.Dispose();
        }
    }

    /// <summary>
    /// The area under the precision-recall curve by the trapezoidal rule over the points of
    /// <c>precision_recall_curve</c>, starting at (recall 0, precision 1): scikit-learn's
    /// <c>auc(recall, precision)</c>. Undefined without positives: <paramref name="zeroDivision"/>.
    /// </summary>
    /// <param name="samples">The kept samples (labels 0 or 1).</param>
    /// <param name="zeroDivision">The value when no positive was seen.</param>
    public static double PrecisionRecallAuc(SampleBuffer samples, ZeroDivision zeroDivision)
    {
        using var curve = new RankedCurve(samples);
        double sum = 0, tp = 0, precision = 1;
        while (curve.MoveNext())
        {
            var current = curve.TruePositives / (curve.TruePositives + curve.FalsePositives);
            sum += (curve.TruePositives - tp) * (current + precision);
            tp = curve.TruePositives;
            precision = current;
        }

        return zeroDivision.Divide(0.5 * sum, tp);
    }

    /// <summary>The ROC curve points, as scikit-learn's <c>roc_curve</c>.</summary>
    /// <param name="samples">The kept samples (labels 0 or 1).</param>
    /// <param name="dropIntermediate">Drop points that lie on a straight line between their neighbours (scikit-learn's default).</param>
    /// <param name="zeroDivision">The rates when a class is absent (scikit-learn warns and gives NaN).</param>
    public static RocCurvePoints RocCurve(SampleBuffer samples, bool dropIntermediate, ZeroDivision zeroDivision)
    {
        var curve = new RankedCurve(samples);
        try
        {
            return RocCurve(ref curve, dropIntermediate, zeroDivision);
        }
        finally
        {
            curve.Dispose();
        }
    }

    /// <summary>
    /// The one-vs-rest ROC curve of each class of row samples: class c's scores are column c, its positives the
    /// samples labelled c (scikit-learn's <c>roc_curve(y == c, scores[:, c])</c> per class).
    /// </summary>
    /// <param name="samples">Row samples: a score row and a class index per sample.</param>
    /// <param name="dropIntermediate">Drop points that lie on a straight line between their neighbours.</param>
    /// <param name="zeroDivision">The rates of a class without positives or without negatives.</param>
    public static RocCurvePoints[] OneVsRestRocCurves(SampleBuffer samples, bool dropIntermediate, ZeroDivision zeroDivision)
    {
        var n = samples.Count;
        var classes = samples.Width;
        var curves = new RocCurvePoints[classes];
        var all = new double[samples.ScoreCount];
        samples.CopyScores(all);
        var labels = new double[n];
        samples.CopyLabels(labels);
        var scores = new double[n];
        var isClass = new double[n];
        for (var c = 0; c < classes; c++)
        {
            RowColumns.Copy(all, classes, c, scores);
            RowColumns.Indicator(labels, c, isClass);
            var curve = new RankedCurve(scores, isClass, samples.Weights);
            try
            {
                curves[c] = RocCurve(ref curve, dropIntermediate, zeroDivision);
            }
            finally
            {
                curve.Dispose();
            }
        }

        return curves;
    }

    private static RocCurvePoints RocCurve(ref RankedCurve curve, bool dropIntermediate, ZeroDivision zeroDivision)
    {
        var (thresholds, tps, fps) = Steps(ref curve);
        if (dropIntermediate && tps.Count > 2)
        {
            // scikit-learn drops the collinear steps before prepending the (0, 0) point.
            var keep = new List<int> { 0 };
            for (var i = 1; i < tps.Count - 1; i++)
            {
                if ((tps[i + 1] - tps[i]) - (tps[i] - tps[i - 1]) != 0 || (fps[i + 1] - fps[i]) - (fps[i] - fps[i - 1]) != 0)
                {
                    keep.Add(i);
                }
            }

            keep.Add(tps.Count - 1);
            thresholds = keep.ConvertAll(i => thresholds[i]);
            tps = keep.ConvertAll(i => tps[i]);
            fps = keep.ConvertAll(i => fps[i]);
        }

        thresholds.Insert(0, double.PositiveInfinity);
        tps.Insert(0, 0);
        fps.Insert(0, 0);
        var positives = tps[^1];
        var negatives = fps[^1];
        return new RocCurvePoints(
            fps.ConvertAll(f => zeroDivision.Divide(f, negatives)).ToArray(),
            tps.ConvertAll(t => zeroDivision.Divide(t, positives)).ToArray(),
            thresholds.ToArray());
    }

    /// <summary>
    /// The detection error tradeoff curve points, as scikit-learn's <c>det_curve</c>: the false-positive and
    /// false-negative rates by increasing threshold, from the last threshold with the fewest false positives to the first
    /// with no false negative.
    /// </summary>
    /// <param name="samples">The kept samples (labels 0 or 1).</param>
    /// <param name="zeroDivision">The rates when a class is absent (scikit-learn raises).</param>
    public static DetCurvePoints DetCurve(SampleBuffer samples, ZeroDivision zeroDivision)
    {
        var (thresholds, tps, fps) = Steps(samples);
        if (thresholds.Count == 0)
        {
            return new DetCurvePoints([], [], []);
        }

        var positives = tps[^1];
        var negatives = fps[^1];
        var first = 0;
        while (first + 1 < fps.Count && fps[first + 1] == fps[0])
        {
            first++;
        }

        var last = tps.IndexOf(positives) + 1;
        var count = Math.Max(last - first, 0);
        var falsePositiveRates = new double[count];
        var falseNegativeRates = new double[count];
        var ascending = new double[count];
        for (var j = 0; j < count; j++)
        {
            var from = last - 1 - j;
            falsePositiveRates[j] = zeroDivision.Divide(fps[from], negatives);
            falseNegativeRates[j] = zeroDivision.Divide(positives - tps[from], positives);
            ascending[j] = thresholds[from];
        }

        return new DetCurvePoints(falsePositiveRates, falseNegativeRates, ascending);
    }

    /// <summary>The precision-recall curve points, as scikit-learn's <c>precision_recall_curve</c>.</summary>
    /// <param name="samples">The kept samples (labels 0 or 1).</param>
    /// <param name="zeroDivision">The recalls when no positive was seen (scikit-learn sets them to 1).</param>
    public static PrecisionRecallCurvePoints PrecisionRecallCurve(SampleBuffer samples, ZeroDivision zeroDivision)
    {
        var (thresholds, tps, fps) = Steps(samples);
        var count = thresholds.Count;
        var positives = count == 0 ? 0 : tps[^1];
        var precisions = new double[count + 1];
        var recalls = new double[count + 1];
        var ascending = new double[count];
        for (var k = 0; k < count; k++)
        {
            var from = count - 1 - k;
            precisions[k] = tps[from] / (tps[from] + fps[from]);
            recalls[k] = zeroDivision.Divide(tps[from], positives);
            ascending[k] = thresholds[from];
        }

        precisions[count] = 1;
        recalls[count] = 0;
        return new PrecisionRecallCurvePoints(precisions, recalls, ascending);
    }

    private static (List<double> Thresholds, List<double> Tps, List<double> Fps) Steps(SampleBuffer samples)
    {
        var curve = new RankedCurve(samples);
        try
        {
            return Steps(ref curve);
        }
        finally
        {
            curve.Dispose();
        }
    }

    private static (List<double> Thresholds, List<double> Tps, List<double> Fps) Steps(ref RankedCurve curve)
    {
        var thresholds = new List<double>();
        var tps = new List<double>();
        var fps = new List<double>();
        while (curve.MoveNext())
        {
            thresholds.Add(curve.Threshold);
            tps.Add(curve.TruePositives);
            fps.Add(curve.FalsePositives);
        }

        return (thresholds, tps, fps);
    }
}
