namespace Metrics;

/// <summary>
/// Per-label binary confusion counts of multi-label data, four cells per label <c>[label * 4 + k]</c> for TP, FP, TN,
/// FN. Labels count as Keras counts them: TP = y·ŷ, FP = (1 − y)·ŷ, TN = (1 − y)(1 − ŷ), FN = y(1 − ŷ) with ŷ ∈ {0, 1},
/// so soft labels in [0, 1] contribute fractionally.
/// </summary>
internal static class LabelCounts
{
    /// <summary>The cells per label.</summary>
    public const int CellsPerLabel = 4;

    /// <summary>Adds one row of labels and 0/1 decisions to the counts.</summary>
    public static void Add<T>(SumArrayWriter counts, ReadOnlySpan<T> labels, int label, bool predicted)
        where T : INumberBase<T>
    {
        var truth = double.CreateTruncating(labels[label]);
        var cell = label * CellsPerLabel;
        if (predicted)
        {
            counts.Add(cell, truth);
            counts.Add(cell + 1, 1 - truth);
        }
        else
        {
            counts.Add(cell + 2, 1 - truth);
            counts.Add(cell + 3, truth);
        }
    }

    /// <summary>The counts of every label.</summary>
    public static ConfusionCounts[] PerLabel(SumArray counts, int labels)
    {
        var result = new ConfusionCounts[labels];
        for (var l = 0; l < labels; l++)
        {
            var cell = l * CellsPerLabel;
            result[l] = new ConfusionCounts(counts[cell], counts[cell + 1], counts[cell + 2], counts[cell + 3]);
        }

        return result;
    }
}
