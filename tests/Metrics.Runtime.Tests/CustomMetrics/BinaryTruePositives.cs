namespace Metrics.Runtime.Tests.Custom;

/// <summary>
/// The custom metric of the Keras 3 guide "Creating custom metrics" (seed 002): the (weighted) number of elements whose
/// label and prediction are both non-zero, as Keras' <c>BinaryTruePositives</c> that casts both to bool. Declared with
/// the DSL, it gets masks and sample weights from the generator as the Keras subclass gets them by hand.
/// </summary>
[Metric]
public partial record struct BinaryTruePositives
{
    /// <summary>The (weighted) number of true positives.</summary>
    [Sum] public double TruePositives;

    private static BinaryTruePositives Update(double label, double prediction) =>
        new() { TruePositives = label != 0 && prediction != 0 ? 1 : 0 };

    /// <summary>The (weighted) number of true positives; 0 when empty.</summary>
    public readonly double Compute() => TruePositives;
}
