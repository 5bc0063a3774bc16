namespace Metrics;

/// <summary>
/// The mean cosine similarity between label rows and prediction rows, as Keras' <c>CosineSimilarity</c>: per row
/// <c>Σ y·ŷ / (‖y‖·‖ŷ‖)</c>, each norm floored at √1e-12 as <c>l2_normalize</c> does (so an all-zero row gives 0),
/// averaged (weighted) over rows. The similarity is taken along the last axis (Keras' default <c>axis=-1</c>; its
/// documented <c>axis=1</c> on 2-D data is the same axis); for another axis, pass the transposed batch. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct CosineSimilarity
{
    [MeanOf] private static double Similarity<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> predictions)
        where T : unmanaged, IRootFunctions<T>
    {
        var dot = double.CreateTruncating(TensorPrimitives.Dot(labels, predictions));
        var labelNorm = double.CreateTruncating(TensorPrimitives.SumOfSquares(labels));
        var predictionNorm = double.CreateTruncating(TensorPrimitives.SumOfSquares(predictions));
        var similarity = dot / (Math.Sqrt(Math.Max(labelNorm, 1e-12)) * Math.Sqrt(Math.Max(predictionNorm, 1e-12)));
        return similarity;
    }
}
