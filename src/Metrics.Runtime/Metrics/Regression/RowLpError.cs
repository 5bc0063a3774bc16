namespace Metrics;

/// <summary>
/// The L-p error per row, averaged over rows: each element is a (target row, prediction row) pair, its value the row's
/// p-norm <c>(Σ |T(target) − T(prediction)|^p)^(1/p)</c> (the sum itself without <see cref="Norm"/>), and the value the
/// (weighted) mean over rows; for p = 2 the mean Euclidean distance of predicted positions,
/// <c>np.linalg.norm(y − ŷ, ord=p, axis=1).mean()</c>. <see cref="LpError"/> is the element form (rows flattened, the
/// root taken after the mean). <see cref="P"/> is required and must be positive. NaN when empty.
/// </summary>
/// <remarks>
/// A sibling rather than an option of <see cref="LpError"/>: a row update on that metric would make its rank-2 tensors
/// and column batches rows, with one mask entry per row, where they are elements today.
/// </remarks>
[Metric]
[HigherIsBetter(false)]
public partial record struct RowLpError
{
    /// <summary>The exponent p (required, &gt; 0).</summary>
    [Parameter(Min = 0, MinExclusive = true)] public double P { get; init; }

    /// <summary>Whether each row's sum is taken to the power 1/p (default true).</summary>
    [Parameter] public bool Norm { get; init; } = true;

    /// <summary>The transform applied to targets and predictions (default none).</summary>
    [Parameter] public LpTransform Transform { get; init; } = LpTransform.None;

    /// <summary>The (weighted) sum of the rows' errors.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of rows.</summary>
    [Sum] public double Count;

    private static RowLpError Update<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> predictions, double p, bool norm, LpTransform transform)
        where T : INumber<T>
    {
        double sum = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            sum += LpError.Power(double.CreateTruncating(labels[i]), double.CreateTruncating(predictions[i]), p, transform);
        }

        return new() { Total = norm ? LpError.Root(sum, p) : sum, Count = 1 };
    }

    /// <summary>The mean row error, or NaN when empty.</summary>
    public readonly double Compute() => Total / Count;
}
