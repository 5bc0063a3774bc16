namespace Metrics;

/// <summary>A ranking metric that a dot-product ranking metric feeds one scored query row at a time.</summary>
/// <typeparam name="TSelf">The ranking metric (<see cref="NDCG"/>, <see cref="PrecisionAtK"/>, ...).</typeparam>
internal interface IRankingRows<TSelf>
    where TSelf : struct, IRankingRows<TSelf>
{
    TSelf Update(ReadOnlySpan<float> labels, ReadOnlySpan<float> predictions, int columns);

    TSelf Update(ReadOnlySpan<float> labels, ReadOnlySpan<float> predictions, int columns, ReadOnlySpan<float> weights);

    TSelf Update(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, int columns);

    TSelf Update(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, int columns, ReadOnlySpan<double> weights);
}

/// <summary>
/// What every <c>DotProduct*</c> ranking metric shares: input validation, and the one loop
/// (<see cref="MetricKernel.DotProductRows{T, TOperator}"/>) that scores a query's candidates and hands the row to the
/// wrapped ranking metric.
/// </summary>
internal static class DotProductRanking
{
    public static TRanking Update<TRanking>(
        TRanking ranking, ReadOnlySpan<float> labels, ReadOnlySpan<float> queries, ReadOnlySpan<float> keys, ReadOnlySpan<int> indices,
        int features, ReadOnlySpan<bool> mask, bool hasMask, ReadOnlySpan<float> weights, bool hasWeights)
        where TRanking : struct, IRankingRows<TRanking>
    {
        DotProductGuard.Batch(labels.Length, queries.Length, keys.Length, indices, features, mask, hasMask, weights, hasWeights);
        var sink = new Sink<TRanking> { Metric = ranking };
        MetricKernel.DotProductRows(ref sink, labels, queries, keys, indices, features, hasMask ? mask : default, hasWeights ? weights : default);
        return sink.Metric;
    }

    public static TRanking Update<TRanking>(
        TRanking ranking, ReadOnlySpan<double> labels, ReadOnlySpan<double> queries, ReadOnlySpan<double> keys, ReadOnlySpan<int> indices,
        int features, ReadOnlySpan<bool> mask, bool hasMask, ReadOnlySpan<double> weights, bool hasWeights)
        where TRanking : struct, IRankingRows<TRanking>
    {
        DotProductGuard.Batch(labels.Length, queries.Length, keys.Length, indices, features, mask, hasMask, weights, hasWeights);
        var sink = new Sink<TRanking> { Metric = ranking };
        MetricKernel.DotProductRows(ref sink, labels, queries, keys, indices, features, hasMask ? mask : default, hasWeights ? weights : default);
        return sink.Metric;
    }

    /// <summary>Validates 2-D array inputs and returns the embedding size.</summary>
    public static int CheckArrays<T>(T[,] labels, T[,] queries, T[,] keys, int[,] indices)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(indices);
        MetricGuard.Length(labels.GetLength(0), "labels rows", queries.GetLength(0), "queries rows");
        MetricGuard.Length(labels.GetLength(1), "labels columns", indices.GetLength(1), "indices columns");
        return DotProductGuard.Features(queries.GetLength(1), keys.GetLength(1));
    }

    private struct Sink<TRanking> : IWeightedRowPairOperator<float, float, float>, IWeightedRowPairOperator<double, double, double>
        where TRanking : struct, IRankingRows<TRanking>
    {
        public TRanking Metric;

        public void Add(ReadOnlySpan<float> labels, ReadOnlySpan<float> predictions) =>
            Metric = Metric.Update(labels, predictions, labels.Length);

        public void Add(ReadOnlySpan<float> labels, ReadOnlySpan<float> predictions, float weight) =>
            Metric = Metric.Update(labels, predictions, labels.Length, new ReadOnlySpan<float>(in weight));

        public void Add(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions) =>
            Metric = Metric.Update(labels, predictions, labels.Length);

        public void Add(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, double weight) =>
            Metric = Metric.Update(labels, predictions, labels.Length, new ReadOnlySpan<double>(in weight));
    }
}
