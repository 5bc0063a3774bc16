namespace Metrics;

/// <summary>
/// Multi-class precision TP / (TP + FP) per class, averaged (macro, micro or weighted by support), as
/// scikit-learn's <c>precision_score</c> and TorchMetrics' <c>MulticlassPrecision</c>.
/// Inputs and state are <see cref="BalancedAccuracy"/>'s: the C×C confusion matrix every multi-class metric shares.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct MulticlassPrecision
{
    /// <summary>The number of classes (required, at least 1).</summary>
    [Parameter(Min = 1)] public int NumClasses { get; init; }

    /// <summary>How per-class scores are averaged (macro by default); <see cref="PerClass"/> gives them unaveraged.</summary>
    [Parameter] public AverageMode Average { get; init; } = AverageMode.Macro;

    /// <summary>The value of a 0/0 score (NaN by default: then left out of averages).</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>
    /// Whether a class absent from labels and predictions takes part, scoring 0/0 (<see cref="ZeroDivision"/>), as
    /// scikit-learn with <c>labels=range(NumClasses)</c>; false (the default) leaves it out (NaN per class).
    /// </summary>
    [Parameter] public bool AllClasses { get; init; } = false;

    /// <summary>The C×C confusion counts (row: true class, column: predicted).</summary>
    [Statistics] public BalancedAccuracy Confusion;

    /// <summary>The per-class precision; NaN for an absent class unless <see cref="AllClasses"/>.</summary>
    public readonly double[] PerClass() => ConfusionAverage.PerClass(ClassConfusion.OneVsRest(Confusion.Counts, NumClasses), AllClasses, ClassScore.Precision(ZeroDivision));

    /// <summary>The averaged precision (NaN when no class is present).</summary>
    public readonly double Compute() => ConfusionAverage.Average(ClassConfusion.OneVsRest(Confusion.Counts, NumClasses), this.Average, AllClasses, ClassScore.Precision(ZeroDivision));
}
