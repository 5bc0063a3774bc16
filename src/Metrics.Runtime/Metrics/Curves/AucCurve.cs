namespace Metrics;

/// <summary>The curve whose area an AUC metric measures.</summary>
public enum AucCurve
{
    /// <summary>The ROC curve: true-positive rate against false-positive rate.</summary>
    Roc = 0,

    /// <summary>The precision-recall curve: precision against recall.</summary>
    PrecisionRecall = 1,
}
