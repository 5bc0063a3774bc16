namespace Metrics;

/// <summary>
/// A metric whose state is the binary confusion counts at a list of thresholds (<see cref="TruePositives"/>,
/// <see cref="FalsePositives"/>, <see cref="TrueNegatives"/>, <see cref="FalseNegatives"/>,
/// <see cref="PrecisionAtThresholds"/>, <see cref="RecallAtThresholds"/>). All of them declare the same state and
/// parameters, so one of them updated once yields every other's value from <see cref="ConfusionCounts"/>.
/// </summary>
public interface IConfusionCountsMetric
{
    /// <summary>The thresholds, in the order the counts are reported.</summary>
    ParameterArray<double> Thresholds { get; }

    /// <summary>The confusion counts at each threshold.</summary>
    ConfusionCounts[] ConfusionCounts();
}
