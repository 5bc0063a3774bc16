namespace Metrics;

/// <summary>The curve whose area an AUC metric measures.</summary>
public enum AucCurve
{
    /// <summary>The ROC curve: true-positive rate against false-positive rate.</summary>
    Roc = 0,

    /// <summary>The precision-recall curve: precision against recall.</summary>
    PrecisionRecall = 1,

    /// <summary>
    /// Keras' <c>curve="PRGAIN"</c>: precision gain against recall gain (Flach and Kull), each 1 − (P/N)·(FP or FN)/TP,
    /// a recall gain below 0 taken as 0 and, at TP = 0, recall gain 0 and precision gain 1. Binned metrics only.
    /// </summary>
    PrecisionRecallGain = 2,
}
