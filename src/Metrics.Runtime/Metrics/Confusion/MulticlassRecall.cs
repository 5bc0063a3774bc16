namespace Metrics;

/// <summary>
/// Multi-class recall TP / (TP + FN) per class, averaged (macro, micro or weighted by support), as scikit-learn's
/// <c>recall_score</c> and TorchMetrics' <c>MulticlassRecall</c>.
/// Inputs and state are <see cref="BalancedAccuracy"/>'s: the C×C confusion matrix every multi-class metric shares.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct MulticlassRecall
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

    /// <summary>The per-class recall; NaN for an absent class unless <see cref="AllClasses"/>.</summary>
    public readonly double[] PerClass() => ConfusionAverage.PerClass(ClassConfusion.OneVsRest(Confusion.Counts, NumClasses), AllClasses, ClassScore.Recall(ZeroDivision));

    /// <summary>The averaged recall (NaN when no class is present).</summary>
    public readonly double Compute() => ConfusionAverage.Average(ClassConfusion.OneVsRest(Confusion.Counts, NumClasses), this.Average, AllClasses, ClassScore.Recall(ZeroDivision));
}
