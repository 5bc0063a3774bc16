namespace Metrics;

/// <summary>How a binned AUC sums the area between thresholds (Keras's <c>summation_method</c>).</summary>
public enum AucSummation
{
    /// <summary>Trapezoids for ROC; Davis and Goadrich's interpolation in TP/FP space for PR.</summary>
    Interpolation = 0,

    /// <summary>Left or right Riemann sum with the lower height of each interval (a lower bound).</summary>
    Minoring = 1,

    /// <summary>Riemann sum with the higher height of each interval (an upper bound).</summary>
    Majoring = 2,
}
