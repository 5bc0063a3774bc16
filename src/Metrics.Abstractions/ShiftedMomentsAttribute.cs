using System.Collections.Generic;

namespace Metrics;

/// <summary>
/// Declares that a metric with its own <c>Merge</c> keeps shifted moments of one value x, or of a pair (x, y): a
/// (weighted) count, a shift per value (what the update assigns it: the element's x, or y), the mean minus the shift,
/// the sum of squared deviations from the mean and, for a pair, the co-moment Σ(x − x̄)(y − ȳ); any other state field is
/// merged by <c>[Sum]</c>, <c>[Min]</c> or <c>[Max]</c>. The generated vector operator then accumulates, per lane,
/// the power sums n, Σd, Σd² (and Σdx·dy) with d = x − shift (the lane's first kept value) and merges each lane
/// into the state with the metric's own <c>Merge</c> once per batch, instead of merging every element into its lane:
/// no division per element. The update must assign the count 1 and each shift, and leave the means, squares and
/// co-moment unassigned; otherwise the update keeps the scalar path and analyzer MET024 says why.
/// </summary>
[AttributeUsage(AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class ShiftedMomentsAttribute : Attribute
{
    /// <summary>Shifted moments of one value.</summary>
    /// <param name="count">The <c>[Sum]</c> field of the (weighted) count.</param>
    /// <param name="shift">The field of the shift.</param>
    /// <param name="shiftedMean">The field of the mean minus the shift.</param>
    /// <param name="squares">The <c>[Sum]</c> field of Σ(x − x̄)².</param>
    public ShiftedMomentsAttribute(string count, string shift, string shiftedMean, string squares)
    {
        Fields = [count, shift, shiftedMean, squares];
    }

    /// <summary>Shifted co-moments of a pair, in the order of <c>ShiftedComoments</c>.</summary>
    /// <param name="count">The <c>[Sum]</c> field of the (weighted) count.</param>
    /// <param name="shiftX">The field of the shift of x.</param>
    /// <param name="shiftY">The field of the shift of y.</param>
    /// <param name="shiftedMeanX">The field of the mean of x minus its shift.</param>
    /// <param name="shiftedMeanY">The field of the mean of y minus its shift.</param>
    /// <param name="squaresX">The <c>[Sum]</c> field of Σ(x − x̄)².</param>
    /// <param name="squaresY">The <c>[Sum]</c> field of Σ(y − ȳ)².</param>
    /// <param name="comoment">The <c>[Sum]</c> field of Σ(x − x̄)(y − ȳ).</param>
    public ShiftedMomentsAttribute(
        string count, string shiftX, string shiftY, string shiftedMeanX, string shiftedMeanY, string squaresX, string squaresY, string comoment)
    {
        Fields = [count, shiftX, shiftY, shiftedMeanX, shiftedMeanY, squaresX, squaresY, comoment];
    }

    /// <summary>The field names, in the order of the constructor's parameters.</summary>
    public IReadOnlyList<string> Fields { get; }
}
