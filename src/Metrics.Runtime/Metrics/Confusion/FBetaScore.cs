namespace Metrics;

/// <summary>
/// The F-beta score per class, (1 + β²)·TP / ((1 + β²)·TP + β²·FN + FP), averaged (macro, micro or weighted by
/// support), as scikit-learn's <c>fbeta_score</c> and Keras' <c>FBetaScore</c>/<c>F1Score</c> (β = 1) for single-label
/// data; sparse or one-hot labels.
/// Inputs: integer labels with integer predictions, integer labels with score rows, or one-hot label rows with score
/// rows (a score row's class is its argmax, lowest index on ties). Classes lie in [0, NumClasses); the state
/// is the C×C confusion matrix, shared by every multi-class metric.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct FBetaScore
{
    /// <summary>The number of classes (required, at least 1).</summary>
    [Parameter(Min = 1)] public int NumClasses { get; init; }

    /// <summary>The weight β &gt; 0 of recall relative to precision (1 gives F1).</summary>
    [Parameter(Min = 0, MinExclusive = true)] public double Beta { get; init; } = 1.0;

    /// <summary>How per-class scores are averaged (macro by default); <see cref="PerClass"/> gives them unaveraged.</summary>
    [Parameter] public AverageMode Average { get; init; } = AverageMode.Macro;

    /// <summary>The value of a present class's 0/0 score (NaN by default: then left out of averages).</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>The C×C confusion counts (row: true class, column: predicted), the state of <see cref="BalancedAccuracy"/>, which the multi-class family shares.</summary>
    [Statistics] public BalancedAccuracy Confusion;

    /// <summary>The per-class F-beta score; NaN for a class absent from labels and predictions.</summary>
    public readonly double[] PerClass()
    {
        Aggregate(out var perClass);
        return perClass;
    }

    /// <summary>The averaged F-beta score (NaN when no class is present).</summary>
    public readonly double Compute() => Aggregate(out _);

    private readonly double Aggregate(out double[] perClass)
    {
        var zeroDivision = ZeroDivision;
        var beta = Beta;
        return ClassConfusion.Average(Confusion.Counts, NumClasses, this.Average, c => c.FBeta(beta, zeroDivision), out perClass);
    }
}
