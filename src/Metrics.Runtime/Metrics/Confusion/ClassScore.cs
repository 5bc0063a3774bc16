namespace Metrics;

/// <summary>The per-class scores of the averaged multi-class and multi-label metrics, as functions of one-vs-rest counts.</summary>
internal static class ClassScore
{
    /// <summary>TP / (TP + FP).</summary>
    public static Func<ConfusionCounts, double> Precision(ZeroDivision zeroDivision) => c => c.Precision(zeroDivision);

    /// <summary>TP / (TP + FN).</summary>
    public static Func<ConfusionCounts, double> Recall(ZeroDivision zeroDivision) => c => c.Recall(zeroDivision);

    /// <summary>(1 + β²)·TP / ((1 + β²)·TP + β²·FN + FP).</summary>
    public static Func<ConfusionCounts, double> FBeta(double beta, ZeroDivision zeroDivision) => c => c.FBeta(beta, zeroDivision);

    /// <summary>TP / (TP + FP + FN).</summary>
    public static Func<ConfusionCounts, double> Jaccard(ZeroDivision zeroDivision) => c => c.Jaccard(zeroDivision);
}
