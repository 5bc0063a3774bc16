namespace Metrics;

/// <summary>
/// The persistence of the dot-product ranking wrappers: each is its ranking metric's state and parameters under its
/// own name, so each visit goes to the wrapped metric (static abstract members are reached through a type parameter).
/// </summary>
internal static class DotProductPersistence
{
    public static string Layout<TRanking>()
        where TRanking : struct, IPersistentMetric<TRanking> => TRanking.StateLayout;

    public static TRanking ReadParameters<TRanking, TReader>(ref TReader reader)
        where TRanking : struct, IPersistentMetric<TRanking>
        where TReader : IMetricParameterReader, allows ref struct => TRanking.ReadParameters(ref reader);

    public static void WriteParameters<TRanking, TWriter>(TRanking ranking, ref TWriter writer)
        where TRanking : struct, IPersistentMetric<TRanking>
        where TWriter : IMetricParameterWriter, allows ref struct => ranking.WriteParameters(ref writer);

    public static void WriteState<TRanking, TWriter>(TRanking ranking, ref TWriter writer)
        where TRanking : struct, IPersistentMetric<TRanking>
        where TWriter : IMetricStateWriter, allows ref struct => ranking.WriteState(ref writer);

    public static TRanking ReadState<TRanking, TReader>(TRanking ranking, ref TReader reader)
        where TRanking : struct, IPersistentMetric<TRanking>
        where TReader : IMetricStateReader, allows ref struct
    {
        ranking.ReadState(ref reader);
        return ranking;
    }
}
