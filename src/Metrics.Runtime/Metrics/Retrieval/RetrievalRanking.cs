using System.Globalization;

namespace Metrics;

/// <summary>
/// The retrieval measures of kept items (<see cref="RetrievalItems"/>), TorchMetrics' retrieval definitions per query,
/// averaged over queries. Items are grouped by query id and ranked by score, descending; tied scores form one group
/// whose items share its place (as scikit-learn's <c>ndcg_score(ignore_ties=False)</c>), so a measure depends only on
/// each group's weight W, relevant weight R and gain Σ w·relevance, never on the order items arrived in. The group
/// occupies ranks S + 1 … S + W (S the weight ranked above it); the part of it inside the top k counts in proportion.
/// </summary>
internal static class RetrievalRanking
{
    /// <summary>The mean of a measure over the queries of the kept items, or NaN without any counted query.</summary>
    public static double Mean(
        SampleBuffer items, RetrievalMeasure measure, int? topK, int? ignoreIndex, EmptyTargetAction emptyTargetAction, bool adaptiveK = false)
    {
        var count = items.Count;
        if (count == 0)
        {
            return double.NaN;
        }

        var rows = new double[items.ScoreCount];
        items.CopyScores(rows);
        var queries = new double[count];
        items.CopyLabels(queries);
        var kept = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            if (ignoreIndex is not { } ignored || rows[(2 * i) + 1] != ignored)
            {
                kept.Add(i);
            }
        }

        var order = kept.ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byQuery = queries[a].CompareTo(queries[b]);
            return byQuery != 0 ? byQuery : rows[2 * b].CompareTo(rows[2 * a]);
        });

        double total = 0;
        var counted = 0;
        var groups = new List<Group>();
        var ideal = new List<(double Gain, double Weight)>();
        var start = 0;
        while (start < order.Length)
        {
            var query = queries[order[start]];
            var end = start;
            groups.Clear();
            ideal.Clear();
            while (end < order.Length && queries[order[end]] == query)
            {
                var score = rows[2 * order[end]];
                var group = default(Group);
                while (end < order.Length && queries[order[end]] == query && rows[2 * order[end]] == score)
                {
                    var item = order[end];
                    var weight = items.WeightAt(item);
                    var relevance = rows[(2 * item) + 1];
                    group.Weight += weight;
                    group.Relevant += relevance > 0 ? weight : 0;
                    group.Gain += weight * relevance;
                    if (relevance > 0)
                    {
                        ideal.Add((relevance, weight));
                    }

                    end++;
                }

                groups.Add(group);
            }

            var value = Evaluate(groups, ideal, measure, topK, adaptiveK, out var empty);
            if (empty)
            {
                switch (emptyTargetAction)
                {
                    case EmptyTargetAction.Skip:
                        start = end;
                        continue;
                    case EmptyTargetAction.Error:
                        throw new InvalidOperationException(string.Create(
                            CultureInfo.InvariantCulture,
                            $"Query {query} has no {(measure == RetrievalMeasure.FallOut ? "non-relevant" : "relevant")} item (empty_target_action: error)."));
                    default:
                        value = emptyTargetAction == EmptyTargetAction.Pos ? 1 : 0;
                        break;
                }
            }

            total += value;
            counted++;
            start = end;
        }

        return counted == 0 ? double.NaN : total / counted;
    }

    private static double Evaluate(List<Group> groups, List<(double Gain, double Weight)> ideal, RetrievalMeasure measure, int? topK, bool adaptiveK, out bool empty)
    {
        double weight = 0, relevant = 0;
        foreach (var group in groups)
        {
            weight += group.Weight;
            relevant += group.Relevant;
        }

        var negatives = weight - relevant;
        empty = measure == RetrievalMeasure.FallOut ? negatives <= 0 : relevant <= 0;
        if (empty)
        {
            return 0;
        }

        double k = topK ?? weight;
        switch (measure)
        {
            case RetrievalMeasure.Precision:
                k = adaptiveK ? Math.Min(k, weight) : k;
                return Hits(groups, k) / k;
            case RetrievalMeasure.Recall:
                return Hits(groups, k) / relevant;
            case RetrievalMeasure.HitRate:
                return Hits(groups, k) > 0 ? 1 : 0;
            case RetrievalMeasure.RPrecision:
                return Hits(groups, relevant) / relevant;
            case RetrievalMeasure.FallOut:
                return (Math.Min(k, weight) - Hits(groups, k)) / negatives;
            case RetrievalMeasure.ReciprocalRank:
                return ReciprocalRank(groups, k);
            case RetrievalMeasure.AveragePrecision:
                return AveragePrecision(groups, k);
            default:
                return NormalizedDcg(groups, ideal, k);
        }
    }

    // The share of a group inside the top k: the part of its ranks S + 1 … S + W that is at most k.
    private static double Inside(double above, double weight, double k) =>
        weight <= 0 ? 0 : Math.Clamp(k - above, 0, weight) / weight;

    private static double Hits(List<Group> groups, double k)
    {
        double hits = 0, above = 0;
        foreach (var group in groups)
        {
            hits += Inside(above, group.Weight, k) * group.Relevant;
            above += group.Weight;
        }

        return hits;
    }

    // 1 / the expected rank of the first relevant item: in a group of W items with R relevant, (W − R) / (R + 1) items
    // precede the first relevant one on average; 0 when that rank is beyond k.
    private static double ReciprocalRank(List<Group> groups, double k)
    {
        double above = 0;
        foreach (var group in groups)
        {
            if (group.Relevant > 0)
            {
                var rank = above + ((group.Weight - group.Relevant) / (group.Relevant + 1)) + 1;
                return rank <= k ? 1 / rank : 0;
            }

            above += group.Weight;
        }

        return 0;
    }

    // TorchMetrics' AP@k: the precisions at the relevant items retrieved in the top k, averaged over those items; a
    // group is one step (scikit-learn's average_precision_score), its precision taken at its end (or at k).
    private static double AveragePrecision(List<Group> groups, double k)
    {
        double sum = 0, hits = 0, above = 0;
        foreach (var group in groups)
        {
            var inside = Inside(above, group.Weight, k);
            if (inside <= 0)
            {
                break;
            }

            var gained = inside * group.Relevant;
            hits += gained;
            sum += gained * (hits / (above + (inside * group.Weight)));
            above += group.Weight;
        }

        return hits > 0 ? sum / hits : 0;
    }

    // DCG@k with a group's gain spread evenly over its ranks, over the DCG@k of the ideal order (by relevance).
    private static double NormalizedDcg(List<Group> groups, List<(double Gain, double Weight)> ideal, double k)
    {
        double dcg = 0, above = 0;
        foreach (var group in groups)
        {
            dcg += group.Weight > 0 ? group.Gain / group.Weight * Discounts(above, Math.Min(above + group.Weight, k)) : 0;
            above += group.Weight;
        }

        return dcg / IdealDcg(ideal, k);
    }

    // The DCG@k of the relevant items in decreasing relevance (equal relevances in any order: their gains are equal).
    private static double IdealDcg(List<(double Gain, double Weight)> ideal, double k)
    {
        ideal.Sort((a, b) => b.Gain.CompareTo(a.Gain));
        double dcg = 0, above = 0;
        foreach (var (gain, weight) in ideal)
        {
            dcg += gain * Discounts(above, Math.Min(above + weight, k));
            above += weight;
        }

        return dcg;
    }

    // Σ over ranks r of the overlap of [r − 1, r) with [from, to), times 1 / log2(r + 1).
    private static double Discounts(double from, double to)
    {
        double sum = 0;
        for (var cell = Math.Floor(from); cell < to; cell++)
        {
            var overlap = Math.Min(cell + 1, to) - Math.Max(cell, from);
            sum += overlap / Math.Log2(cell + 2);
        }

        return sum;
    }

    private struct Group
    {
        public double Weight;
        public double Relevant;
        public double Gain;
    }
}
