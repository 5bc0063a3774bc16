namespace Metrics;

/// <summary>
/// The fraction of rows whose predicted class (the argmax of the score row; scores or logits) equals the integer
/// label, as Keras' <c>SparseCategoricalAccuracy</c>. Labels must lie in [0, columns). On ties the lowest index wins.
/// NaN when empty (Keras: 0).
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct SparseCategoricalAccuracy
{
    [MeanOf(Sum = "Correct")] private static double Hit<T>([ClassIndex] int label, ReadOnlySpan<T> scores)
        where T : INumber<T> =>
        TensorPrimitives.IndexOfMax(scores) == label ? 1 : 0;
}
