namespace Metrics;

/// <summary>The value of <see cref="BinaryCounts"/>: weighted confusion counts of a binary decision.</summary>
/// <param name="TruePositives">Positives predicted positive.</param>
/// <param name="FalsePositives">Negatives predicted positive.</param>
/// <param name="FalseNegatives">Positives predicted negative.</param>
/// <param name="TrueNegatives">Negatives predicted negative.</param>
public readonly record struct ConfusionCounts(double TruePositives, double FalsePositives, double FalseNegatives, double TrueNegatives);
