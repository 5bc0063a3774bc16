using System.Globalization;

namespace Metrics;

/// <summary>
/// scikit-learn's <c>log_loss</c>: probabilities clipped to [ε, 1 − ε] (no ε inside the logarithm), a row renormalized
/// to sum 1 after clipping, and −log of the true class's probability, averaged (weighted) over the elements, or summed
/// when <see cref="Normalize"/> is false. Binary inputs are a 0/1 label and one probability of class 1 (then
/// <see cref="NumClasses"/> must be 2); multi-class inputs a class index and a row of <see cref="NumClasses"/>
/// probabilities (scikit-learn's <c>labels</c> as a count). Probabilities must lie in [0, 1]. NaN when empty (mean).
/// </summary>
/// <remarks>Unlike <see cref="BinaryCrossentropy"/> (Keras), which clips to [1e-7, 1 − 1e-7] and adds ε inside the logarithm.</remarks>
[Metric]
[HigherIsBetter(false)]
public partial record struct LogLoss
{
    /// <summary>
    /// The clip ε in (0, 0.5): by default the machine epsilon of <see cref="double"/>, 2.220446049250313e-16, scikit-learn's
    /// <c>eps="auto"</c> on float64 probabilities (its default from 1.2; 1e-15 before).
    /// </summary>
    [Parameter(Min = 0, MinExclusive = true, Max = 0.5, MaxExclusive = true)] public double Epsilon { get; init; } = 2.220446049250313e-16;

    /// <summary>The number of classes, the length of a probability row (2 by default; 2 for the binary form).</summary>
    [Parameter(Min = 2)] public int NumClasses { get; init; } = 2;

    /// <summary>The (weighted) mean when true (the default), else the (weighted) sum.</summary>
    [Parameter] public bool Normalize { get; init; } = true;

    /// <summary>The (weighted) sum of the losses.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static LogLoss Update([ClassIndex(2)] int label, [Probability] double prediction, double epsilon, int numClasses)
    {
        if (numClasses != 2)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"NumClasses = {numClasses}, but the inputs are binary (label, probability) elements; pass rows of {numClasses} probabilities or leave NumClasses at 2."),
                "NumClasses");
        }

        var p = Math.Clamp(prediction, epsilon, 1 - epsilon);
        return new() { Total = -Math.Log(label == 1 ? p : 1 - p), Count = 1 };
    }

    private static LogLoss Update<T>(
        [ClassIndex(nameof(NumClasses))] int label, [Probability, RowLength(EqualTo = nameof(NumClasses))] ReadOnlySpan<T> probabilities, double epsilon)
        where T : INumber<T>
    {
        double sum = 0, own = 0;
        for (var c = 0; c < probabilities.Length; c++)
        {
            var p = Math.Clamp(double.CreateTruncating(probabilities[c]), epsilon, 1 - epsilon);
            sum += p;
            own = c == label ? p : own;
        }

        return new() { Total = -Math.Log(own / sum), Count = 1 };
    }

    /// <summary>The mean (or summed) log loss.</summary>
    public readonly double Compute() => Normalize ? Total / Count : Total;
}
