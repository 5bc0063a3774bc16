namespace Metrics;

/// <summary>The row scores whose sums <see cref="LabelRows"/> keeps.</summary>
internal enum RowScore
{
    /// <summary>TP / (TP + FP) of the row.</summary>
    Precision = 0,

    /// <summary>TP / (TP + FN) of the row.</summary>
    Recall = 1,

    /// <summary>The F-beta score of the row.</summary>
    FBeta = 2,

    /// <summary>TP / (TP + FP + FN) of the row.</summary>
    Jaccard = 3,
}
