namespace Metrics.Numerics;

/// <summary>The pinball (quantile) loss of one element, as scikit-learn's <c>mean_pinball_loss</c> writes it.</summary>
internal static class Pinball
{
    /// <summary>α·(y − ŷ) when the target lies above the prediction, else (1 − α)·(ŷ − y).</summary>
    public static double Loss(double label, double prediction, double alpha)
    {
        var difference = label - prediction;
        return difference >= 0 ? alpha * difference : (alpha - 1) * difference;
    }
}
