namespace Metrics.Numerics;

/// <summary>
/// One query's ranking measures on precomputed scores, with flax-metrics' (trec_eval's) conventions: an item is
/// relevant iff its label is &gt; 0 (NDCG and DCG use the label itself as a linear gain, so a NaN label makes them
/// NaN); the ranking is the top <c>min(k, items)</c> by score (<see cref="TopK"/>: ties rank the lower index first,
/// NaN last); a query with no relevant item scores 0 (its IDCG is 0 for NDCG).
/// </summary>
public static class RankingQuery
{
    /// <summary>Evaluates one query.</summary>
    /// <typeparam name="T">The label and score type.</typeparam>
    /// <param name="labels">The relevance of each item.</param>
    /// <param name="scores">The score of each item, as many as labels.</param>
    /// <param name="k">The cut-off (at least 1; larger than the row means the whole row).</param>
    /// <param name="measure">The measure.</param>
    public static double Evaluate<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> scores, int k, RankingMeasure measure)
        where T : INumber<T>
    {
        var top = Math.Min(k, scores.Length);
        using var selected = TopKOrder.Select(scores, top, top <= TopK.StackLimit ? stackalloc int[top] : default);
        var order = selected.Indices;
        return measure switch
        {
            RankingMeasure.Precision => (double)Hits(labels, order) / k,
            RankingMeasure.Recall => Ratio(Hits(labels, order), Relevant(labels)),
            RankingMeasure.ReciprocalRank => ReciprocalRank(labels, order),
            RankingMeasure.AveragePrecision => Ratio(PrecisionSum(labels, order), Relevant(labels)),
            RankingMeasure.Dcg => Dcg(labels, order),
            _ => Ndcg(labels, order),
        };
    }

    /// <summary>
    /// One query's DCG@k with tied scores averaged, as scikit-learn's <c>dcg_score(ignore_ties=False)</c>: the items of a
    /// group of equal scores share the group's mean gain, each taking the mean of the group's discounts, and a group
    /// straddling the cut-off counts only its discounts inside the top k (its whole mean gain still counts). NaN
    /// scores are never equal, so each forms its own group, ranked last.
    /// </summary>
    /// <typeparam name="T">The label and score type.</typeparam>
    /// <param name="labels">The relevance (gain) of each item.</param>
    /// <param name="scores">The score of each item, as many as labels.</param>
    /// <param name="k">The cut-off (at least 1; larger than the row means the whole row).</param>
    public static double TieAveragedDcg<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> scores, int k)
        where T : INumber<T>
    {
        var top = Math.Min(k, scores.Length);
        using var selected = TopKOrder.Select(scores, top, top <= TopK.StackLimit ? stackalloc int[top] : default);
        var order = selected.Indices;
        double dcg = 0;
        var start = 0;
        while (start < top)
        {
            var score = scores[order[start]];
            var end = start + 1;
            while (end < top && scores[order[end]] == score)
            {
                end++;
            }

            double gain = 0;
            var count = end - start;
            if (end == top && top < scores.Length)
            {
                // The last group may go on past the cut-off: its mean gain is over all its items in the row.
                count = 0;
                for (var item = 0; item < scores.Length; item++)
                {
                    if (scores[item] == score)
                    {
                        gain += double.CreateTruncating(labels[item]);
                        count++;
                    }
                }

                count = Math.Max(count, 1);
                if (T.IsNaN(score))
                {
                    gain = double.CreateTruncating(labels[order[start]]);
                }
            }
            else
            {
                for (var rank = start; rank < end; rank++)
                {
                    gain += double.CreateTruncating(labels[order[rank]]);
                }
            }

            double discounts = 0;
            for (var rank = start; rank < end; rank++)
            {
                discounts += 1.0 / Math.Log2(rank + 2);
            }

            dcg += gain / count * discounts;
            start = end;
        }

        return dcg;
    }

    /// <summary>
    /// One query's NDCG@k with tied scores averaged, as scikit-learn's <c>ndcg_score(ignore_ties=False)</c>:
    /// <see cref="TieAveragedDcg{T}"/> over the DCG@k of the ideal ordering (where ties do not matter); 0 when the
    /// ideal DCG is not positive, NaN when it is NaN.
    /// </summary>
    /// <typeparam name="T">The label and score type.</typeparam>
    /// <param name="labels">The relevance (gain) of each item.</param>
    /// <param name="scores">The score of each item, as many as labels.</param>
    /// <param name="k">The cut-off (at least 1; larger than the row means the whole row).</param>
    public static double TieAveragedNdcg<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> scores, int k)
        where T : INumber<T>
    {
        var ideal = Evaluate(labels, labels, k, RankingMeasure.Dcg);
        return ideal > 0 ? TieAveragedDcg(labels, scores, k) / ideal : double.IsNaN(ideal) ? double.NaN : 0.0;
    }

    private static double Ratio(double numerator, int relevant) => relevant == 0 ? 0.0 : numerator / relevant;

    private static bool IsRelevant<T>(T label)
        where T : INumber<T> => label > T.Zero;

    private static int Hits<T>(ReadOnlySpan<T> labels, ReadOnlySpan<int> order)
        where T : INumber<T>
    {
        var hits = 0;
        foreach (var item in order)
        {
            hits += IsRelevant(labels[item]) ? 1 : 0;
        }

        return hits;
    }

    private static int Relevant<T>(ReadOnlySpan<T> labels)
        where T : INumber<T>
    {
        var relevant = 0;
        foreach (var label in labels)
        {
            relevant += IsRelevant(label) ? 1 : 0;
        }

        return relevant;
    }

    private static double ReciprocalRank<T>(ReadOnlySpan<T> labels, ReadOnlySpan<int> order)
        where T : INumber<T>
    {
        for (var rank = 0; rank < order.Length; rank++)
        {
            if (IsRelevant(labels[order[rank]]))
            {
                return 1.0 / (rank + 1);
            }
        }

        return 0.0;
    }

    private static double PrecisionSum<T>(ReadOnlySpan<T> labels, ReadOnlySpan<int> order)
        where T : INumber<T>
    {
        double sum = 0;
        var hits = 0;
        for (var rank = 0; rank < order.Length; rank++)
        {
            if (IsRelevant(labels[order[rank]]))
            {
                hits++;
                sum += (double)hits / (rank + 1);
            }
        }

        return sum;
    }

    private static double Dcg<T>(ReadOnlySpan<T> labels, ReadOnlySpan<int> order)
        where T : INumber<T>
    {
        double dcg = 0;
        for (var rank = 0; rank < order.Length; rank++)
        {
            dcg += double.CreateTruncating(labels[order[rank]]) / Math.Log2(rank + 2);
        }

        return dcg;
    }

    private static double Ndcg<T>(ReadOnlySpan<T> labels, Span<int> order)
        where T : INumber<T>
    {
        var dcg = Dcg(labels, order);

        // The ideal ordering: the row's best labels, selected the same way (their order among equals is irrelevant).
        TopK.Select(labels, order);
        var ideal = Dcg(labels, order);

        // A NaN gain propagates as in DCG; only a query without relevant items (IDCG 0) scores 0.
        return ideal > 0 ? dcg / ideal : double.IsNaN(ideal) ? double.NaN : 0.0;
    }
}
