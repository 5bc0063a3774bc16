namespace Metrics;

/// <summary>
/// The fraction of rows whose predicted class (the argmax of the score row; scores or logits) is the class of the
/// label row, as Keras' <c>CategoricalAccuracy</c>: the label's class is the argmax of the label row, so one-hot rows
/// and soft (mixup, label-smoothed) rows both work, as in Keras and <c>Functional.CategoricalAccuracy</c>; every label
/// cell must lie in [0, 1]. On ties the lowest index wins. NaN when empty (Keras: 0).
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct CategoricalAccuracy
{
    [MeanOf(Sum = "Correct")] private static double Hit<T>([Probability] ReadOnlySpan<T> labels, ReadOnlySpan<T> scores)
        where T : INumber<T> =>
        TensorPrimitives.IndexOfMax(scores) == TensorPrimitives.IndexOfMax(labels) ? 1 : 0;
}
