using System;
using System.Buffers;
using System.Numerics;

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
        int[]? rented = null;
        var order = top <= TopK.StackLimit
            ? stackalloc int[top]
            : (rented = ArrayPool<int>.Shared.Rent(top)).AsSpan(0, top);
        try
        {
            TopK.Select(scores, order);
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
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
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
