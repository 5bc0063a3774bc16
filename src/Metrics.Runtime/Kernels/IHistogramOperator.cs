namespace Metrics.Kernels;

/// <summary>
/// The per-metric part of a histogram update over (label, prediction) pairs, generated for each <c>[Metric]</c> whose
/// pair update contributes one cell of a <see cref="SumArray"/> (<c>new() { Counts = SumArray.At(index) }</c>): the
/// kernel asks the operator for each kept element's cell and adds the element's weight (1 unweighted) to it.
/// </summary>
/// <typeparam name="TLabel">The label element type.</typeparam>
/// <typeparam name="TPrediction">The prediction element type.</typeparam>
public interface IHistogramPairOperator<TLabel, TPrediction>
{
    /// <summary>
    /// Whether the vector form (<see cref="IVectorHistogramOperator{TVector}"/>) computes the cells for the operator's
    /// parameter values; false when the update takes a branch on its parameters that has no lane-wise form.
    /// </summary>
    bool VectorApplies { get; }

    /// <summary>The cell one element contributes to.</summary>
    /// <param name="label">The label.</param>
    /// <param name="prediction">The prediction.</param>
    /// <returns>The cell index (checked by the kernel against the array's length).</returns>
    int Cell(TLabel label, TPrediction prediction);
}

/// <summary>
/// The vector form of a histogram operator's cell index for one width: lanes are <see cref="double"/>, widened from
/// the inputs exactly as the scalar path converts them, and the result holds the cell indices as whole numbers
/// (any lane of a dropped element may hold anything, NaN included; the kernel never uses it).
/// </summary>
/// <typeparam name="TVector">The vector type: <see cref="System.Runtime.Intrinsics.Vector128{T}"/>,
/// <see cref="System.Runtime.Intrinsics.Vector256{T}"/> or <see cref="System.Runtime.Intrinsics.Vector512{T}"/> of
/// <see cref="double"/>.</typeparam>
public interface IVectorHistogramOperator<TVector>
    where TVector : struct
{
    /// <summary>The cells of a block of elements.</summary>
    /// <param name="labels">The labels.</param>
    /// <param name="predictions">The predictions.</param>
    /// <returns>The cell index of each lane.</returns>
    TVector Cells(TVector labels, TVector predictions);
}
