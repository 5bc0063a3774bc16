namespace Metrics.Numerics;

/// <summary>
/// Order statistics of kept (prediction, label, weight) samples with a weight counted as that many copies of its
/// sample: quantiles, average ranks for ties, Kendall's τ-b. Integer weights therefore give what repetition gives.
/// </summary>
internal static class WeightedSamples
{
    /// <summary>
    /// Whether there are fewer than two samples, scikit-learn's rule for the D² scores, with a single row of weight ≥ 2
    /// counted as that many copies (so that integer weights still equal repetition).
    /// </summary>
    public static bool FewerThanTwo(SampleBuffer samples) => samples.Count == 0 || (samples.Count == 1 && samples.WeightAt(0) < 2);

    /// <summary>The labels, predictions and weights of the samples; false (nothing allocated) when any value is NaN.</summary>
    public static bool TryRead(SampleBuffer samples, out double[] labels, out double[] predictions, out double[] weights)
    {
        var n = samples.Count;
        labels = new double[n];
        predictions = new double[n];
        weights = new double[n];
        for (var i = 0; i < n; i++)
        {
            labels[i] = samples.LabelAt(i);
            predictions[i] = samples.ScoreAt(i);
            weights[i] = samples.WeightAt(i);
            if (double.IsNaN(labels[i]) || double.IsNaN(predictions[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The q-quantile of <paramref name="values"/> (sorted in place with <paramref name="weights"/>).</summary>
    public static double Quantile(double[] values, double[] weights, double q, QuantileMethod method)
    {
        Array.Sort(values, weights);
        var cumulative = new double[values.Length];
        double total = 0;
        for (var i = 0; i < values.Length; i++)
        {
            total += weights[i];
            cumulative[i] = total;
        }

        if (method == QuantileMethod.WeightedLower)
        {
            var target = q * total;
            if (target == 0)
            {
                target = Math.BitIncrement(0.0);
            }

            return values[Math.Min(FirstReaching(cumulative, target), values.Length - 1)];
        }

        var position = Math.Max((total - 1) * q, 0);
        var lowerIndex = Math.Floor(position);
        var fraction = position - lowerIndex;
        var lower = values[ExpandedIndex(cumulative, lowerIndex)];
        if (fraction == 0)
        {
            return lower;
        }

        var upper = values[ExpandedIndex(cumulative, lowerIndex + 1)];
        return fraction >= 0.5 ? upper - ((upper - lower) * (1 - fraction)) : lower + ((upper - lower) * fraction);
    }

    /// <summary>The average ranks (1-based) of <paramref name="values"/>; tied values share their group's mean rank.</summary>
    public static double[] AverageRanks(double[] values, double[] weights)
    {
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = (double[])values.Clone();
        Array.Sort(keys, order);
        var ranks = new double[values.Length];
        double before = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            double group = 0;
            while (end < order.Length && keys[end] == keys[start])
            {
                group += weights[order[end]];
                end++;
            }

            var rank = before + ((group + 1) / 2);
            for (var i = start; i < end; i++)
            {
                ranks[order[i]] = rank;
            }

            before += group;
            start = end;
        }

        return ranks;
    }

    /// <summary>The frequency-weighted Pearson correlation of two columns; NaN when either is constant.</summary>
    public static double Pearson(double[] x, double[] y, double[] weights)
    {
        double total = 0, sumX = 0, sumY = 0;
        for (var i = 0; i < x.Length; i++)
        {
            total += weights[i];
            sumX += weights[i] * x[i];
            sumY += weights[i] * y[i];
        }

        double meanX = sumX / total, meanY = sumY / total, xx = 0, yy = 0, xy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            double dx = x[i] - meanX, dy = y[i] - meanY;
            xx += weights[i] * dx * dx;
            yy += weights[i] * dy * dy;
            xy += weights[i] * dx * dy;
        }

        return xx > 0 && yy > 0 ? Math.Clamp(xy / Math.Sqrt(xx * yy), -1, 1) : double.NaN;
    }

    /// <summary>
    /// Kendall's τ-b, (P − Q) / √((n₀ − n₁)(n₀ − n₂)) as <c>scipy.stats.kendalltau</c>, in O(n log n): pairs are
    /// weighted by the product of their weights, and n₀ − n₁ = (N² − Σ_ties W²) / 2 counts the pairs not tied in x.
    /// NaN when either column is constant.
    /// </summary>
    public static double KendallTauB(double[] x, double[] y, double[] weights)
    {
        var n = x.Length;
        var yRanks = DenseRanks(y, out var distinctY);
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => x[a] != x[b] ? x[a].CompareTo(x[b]) : yRanks[a].CompareTo(yRanks[b]));
        var tree = new double[distinctY + 1];
        double inserted = 0, concordant = 0, discordant = 0, total = 0, xTies = 0;
        for (var start = 0; start < n;)
        {
            var end = start;
            double group = 0;
            while (end < n && x[order[end]] == x[order[start]])
            {
                var i = order[end];
                var below = PrefixSum(tree, yRanks[i]);
                var above = inserted - PrefixSum(tree, yRanks[i] + 1);
                concordant += weights[i] * below;
                discordant += weights[i] * above;
                group += weights[i];
                end++;
            }

            for (var k = start; k < end; k++)
            {
                var i = order[k];
                for (var node = yRanks[i] + 1; node < tree.Length; node += node & -node)
                {
                    tree[node] += weights[i];
                }

                inserted += weights[i];
            }

            total += group;
            xTies += group * group;
            start = end;
        }

        double yTies = 0;
        var yGroups = new double[distinctY];
        for (var i = 0; i < n; i++)
        {
            yGroups[yRanks[i]] += weights[i];
        }

        foreach (var group in yGroups)
        {
            yTies += group * group;
        }

        var untiedX = ((total * total) - xTies) / 2;
        var untiedY = ((total * total) - yTies) / 2;
        return untiedX > 0 && untiedY > 0 ? Math.Clamp((concordant - discordant) / Math.Sqrt(untiedX * untiedY), -1, 1) : double.NaN;
    }

    /// <summary>The total weight of inserted values with a dense rank below <paramref name="rank"/>.</summary>
    private static double PrefixSum(double[] tree, int rank)
    {
        double sum = 0;
        for (var node = rank; node > 0; node -= node & -node)
        {
            sum += tree[node];
        }

        return sum;
    }

    /// <summary>0-based ranks of the distinct values (equal values share one).</summary>
    private static int[] DenseRanks(double[] values, out int distinct)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        distinct = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                sorted[distinct++] = sorted[i];
            }
        }

        var ranks = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            ranks[i] = Array.BinarySearch(sorted, 0, distinct, values[i]);
        }

        return ranks;
    }

    /// <summary>The first index whose cumulative weight reaches <paramref name="target"/> (NumPy's searchsorted, left).</summary>
    private static int FirstReaching(double[] cumulative, double target)
    {
        int lo = 0, hi = cumulative.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumulative[mid] < target)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The sample holding position <paramref name="index"/> of the values repeated by their weights.</summary>
    private static int ExpandedIndex(double[] cumulative, double index)
    {
        int lo = 0, hi = cumulative.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumulative[mid] <= index)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return Math.Min(lo, cumulative.Length - 1);
    }
}
