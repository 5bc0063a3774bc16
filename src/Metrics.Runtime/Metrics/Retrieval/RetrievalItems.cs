namespace Metrics;

/// <summary>
/// The kept items of ragged retrieval queries, the statistics every retrieval metric (<see cref="RetrievalMAP"/>,
/// <see cref="RetrievalMRR"/>, ...) shares: TorchMetrics' flat <c>(preds, target, indexes)</c> lists, one element per
/// item. An element is the item's query id (TorchMetrics' <c>indexes</c>, as the label) and a row of two values, its
/// score and its relevance (<see cref="Rows"/> interleaves the two lists). Items of one query may arrive in any
/// batch, shard or order: the measures group them by query id when the value is computed. Every item is kept (the
/// state grows; merge concatenates). The value is the number of kept items.
/// </summary>
/// <remarks>
/// A weight is a multiplicity: an item of weight 2 counts as the same item listed twice (tied with itself), so
/// integer weights equal repetition; a masked or zero-weight item is not in its query. Scores and relevances must not
/// be NaN (checked before anything is kept).
/// </remarks>
[Metric(Name = "retrieval_items")]
public partial record struct RetrievalItems
{
    /// <summary>Every kept item: its (score, relevance) row, its query id as the label, and its weight.</summary>
    [Append] public SampleBuffer Items;

    private static RetrievalItems Update<T>(int label, [NotNaN] ReadOnlySpan<T> row)
        where T : INumber<T>
    {
        if (row.Length != 2)
        {
            throw new ArgumentException(
                $"A retrieval item is a row of 2 values (score, relevance), but the rows have {row.Length}: pass columns: 2 (see RetrievalItems.Rows).",
                "predictions");
        }

        return new() { Items = SampleBuffer.OfRow(label) };
    }

    /// <summary>
    /// Interleaves TorchMetrics' <c>preds</c> and <c>target</c> into the (score, relevance) rows the retrieval metrics
    /// take with <c>columns: 2</c>, beside the query ids.
    /// </summary>
    /// <param name="scores">Each item's score (TorchMetrics' <c>preds</c>).</param>
    /// <param name="relevance">Each item's relevance (TorchMetrics' <c>target</c>), as many as scores.</param>
    /// <returns>The rows, row-major: score, relevance, score, relevance, ...</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static double[] Rows(ReadOnlySpan<double> scores, ReadOnlySpan<double> relevance)
    {
        if (scores.Length != relevance.Length)
        {
            throw new ArgumentException($"relevance has {relevance.Length} values but scores has {scores.Length}.", nameof(relevance));
        }

        var rows = new double[2 * scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            rows[2 * i] = scores[i];
            rows[(2 * i) + 1] = relevance[i];
        }

        return rows;
    }

    /// <summary>The number of kept items.</summary>
    public readonly int Compute() => Items.Count;
}
