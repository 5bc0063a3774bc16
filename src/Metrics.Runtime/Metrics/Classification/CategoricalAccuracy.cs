using System;
using System.Numerics;
using System.Numerics.Tensors;
using Metrics.Numerics;

namespace Metrics;

/// <summary>
/// The fraction of rows whose predicted class (the argmax of the score row; scores or logits) is the class of the
/// one-hot label row, as Keras' <c>CategoricalAccuracy</c>. Label rows must be one-hot (one 1, the rest 0). On ties
/// the lowest index wins. NaN when empty (Keras: 0).
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct CategoricalAccuracy
{
    /// <summary>The (weighted) number of correct rows.</summary>
    [Sum] public double Correct;

    /// <summary>The (weighted) number of rows.</summary>
    [Sum] public double Count;

    private static CategoricalAccuracy Update<T>([OneHot] ReadOnlySpan<T> labels, ReadOnlySpan<T> scores)
        where T : INumber<T> =>
        new() { Correct = TensorPrimitives.IndexOfMax(scores) == TensorPrimitives.IndexOfMax(labels) ? 1 : 0, Count = 1 };

    /// <summary>The accuracy, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Correct, Count);
}
