using System.Runtime.Intrinsics;

namespace Metrics.Kernels;

/// <summary>
/// Lane accumulators of a generated element-wise operator. The kernel runs several copies of the operator as
/// independent dependency chains and merges their lanes before folding them into the scalar state.
/// </summary>
/// <typeparam name="TSelf">The operator type.</typeparam>
public interface ILaneAccumulator<TSelf>
    where TSelf : struct, ILaneAccumulator<TSelf>
{
    /// <summary>Merges the lane accumulators of <paramref name="other"/> (a copy used for another dependency chain) into this one.</summary>
    /// <param name="other">The other copy.</param>
    void MergeLanes(in TSelf other);

    /// <summary>Folds the lane accumulators into the scalar state, in a fixed order, and resets them to the identity.</summary>
    void FoldLanes();
}

/// <summary>
/// The vector members of a generated element-wise operator, for one vector width. Lanes are always
/// <see cref="double"/>: the kernel widens float and int inputs exactly as the scalar path converts them to the update
/// function's <c>double</c> arguments, so every width computes the same contributions. <c>keep</c> has all bits set in
/// the lanes to accumulate (inside the batch, unmasked, non-zero weight); the operator selects its identity elsewhere,
/// never multiplying by 0, so a NaN in a dropped lane cannot leak. Value operators receive zero labels.
/// </summary>
/// <typeparam name="TSelf">The operator type.</typeparam>
/// <typeparam name="TVector">The vector type: <see cref="Vector128{T}"/>, <see cref="Vector256{T}"/> or <see cref="Vector512{T}"/> of <see cref="double"/>.</typeparam>
public interface IVectorOperator<TSelf, TVector> : ILaneAccumulator<TSelf>
    where TSelf : struct, IVectorOperator<TSelf, TVector>
    where TVector : struct
{
    /// <summary>Accumulates the kept lanes of a block.</summary>
    /// <param name="labels">The labels (zero for value operators).</param>
    /// <param name="predictions">The predictions (the values, for value operators).</param>
    /// <param name="keep">All bits set in lanes to accumulate.</param>
    void Add(TVector labels, TVector predictions, TVector keep);

    /// <summary>Accumulates the kept lanes of a weighted block.</summary>
    /// <param name="labels">The labels (zero for value operators).</param>
    /// <param name="predictions">The predictions (the values, for value operators).</param>
    /// <param name="weights">The weights.</param>
    /// <param name="keep">All bits set in lanes to accumulate (weight 0 already excluded).</param>
    void Add(TVector labels, TVector predictions, TVector weights, TVector keep);
}
