namespace Metrics;

/// <summary>How <see cref="CalibrationError"/> combines the per-bin gaps |accuracy − confidence| (TorchMetrics' <c>norm</c>).</summary>
public enum CalibrationNorm
{
    /// <summary>The expected calibration error (ECE): Σ_b weight_b · gap_b (TorchMetrics' <c>"l1"</c>).</summary>
    L1,

    /// <summary>The root mean square calibration error (RMSCE): √(Σ_b weight_b · gap_b²) (TorchMetrics' <c>"l2"</c>).</summary>
    L2,

    /// <summary>The maximum calibration error (MCE): max_b gap_b, an empty bin's gap being 0 (TorchMetrics' <c>"max"</c>).</summary>
    Max,
}
