namespace Metrics;

/// <summary>
/// The persistence members of the hand-written dot-product metrics, which hold a generated ranking metric and persist
/// exactly its parameters and state: these helpers reach the ranking's explicit interface implementations.
/// </summary>
internal static class RankingPersistence
{
    /// <summary>The wrapped ranking metric's layout, under the wrapper's name.</summary>
    public static string StateLayout<TRanking>()
        where TRanking : struct, IPersistentMetric<TRanking> => "Ranking: " + TRanking.StateLayout;

    public static TRanking ReadParameters<TRanking, TReader>(ref TReader reader)
        where TRanking : struct, IPersistentMetric<TRanking>
        where TReader : IMetricParameterReader, allows ref struct => TRanking.ReadParameters(ref reader);

    public static void WriteParameters<TRanking, TWriter>(TRanking ranking, ref TWriter writer)
        where TRanking : struct, IPersistentMetric<TRanking>
        where TWriter : IMetricParameterWriter, allows ref struct => ranking.WriteParameters(ref writer);

    public static void WriteState<TRanking, TWriter>(TRanking ranking, ref TWriter writer)
        where TRanking : struct, IPersistentMetric<TRanking>
        where TWriter : IMetricStateWriter, allows ref struct => ranking.WriteState(ref writer);

    /// <summary>The ranking with the state <paramref name="reader"/> reads (a failing read throws before anything changes).</summary>
    public static TRanking ReadState<TRanking, TReader>(TRanking ranking, ref TReader reader)
        where TRanking : struct, IPersistentMetric<TRanking>
        where TReader : IMetricStateReader, allows ref struct
    {
        ranking.ReadState(ref reader);
        return ranking;
    }
}
