using System.Runtime.Intrinsics;

namespace Metrics.Kernels;

/// <summary>
/// The vector members of a generated element-wise operator, for one vector width. Lanes are always
/// <see cref="double"/>: the kernel widens float and int inputs exactly as the scalar path converts them to the update
/// function's <c>double</c> arguments, so every width computes the same contributions. The lane accumulators live in
/// the kernel (<see cref="Lanes{TVector}"/>, one per dependency chain, field <c>k</c> for the operator's <c>k</c>-th
/// state field), not in the operator, so that the loop keeps them in registers. <c>keep</c> has all bits set in the
/// lanes to accumulate (inside the batch, unmasked, non-zero weight); the operator selects its identity elsewhere,
/// never multiplying by 0, so a NaN in a dropped lane cannot leak. Value operators receive zero labels.
/// </summary>
/// <typeparam name="TSelf">The operator type.</typeparam>
/// <typeparam name="TVector">The vector type: <see cref="Vector128{T}"/>, <see cref="Vector256{T}"/> or <see cref="Vector512{T}"/> of <see cref="double"/>.</typeparam>
public interface IVectorOperator<TSelf, TVector>
    where TSelf : struct, IVectorOperator<TSelf, TVector>
    where TVector : struct
{
    /// <summary>Sets every lane accumulator to its field's identity (0 for sums, ±∞ for minima and maxima).</summary>
    /// <param name="lanes">The accumulators.</param>
    static abstract void Reset(out Lanes<TVector> lanes);

    /// <summary>Merges the accumulators of another dependency chain into <paramref name="lanes"/>.</summary>
    /// <param name="lanes">The accumulators merged into.</param>
    /// <param name="other">The other chain's accumulators.</param>
    static abstract void Merge(ref Lanes<TVector> lanes, in Lanes<TVector> other);

    /// <summary>
    /// Whether the merged accumulators represent the batch exactly enough to fold; <see langword="false"/> (the
    /// power sums of <c>[ShiftedMoments]</c> overflowed, or met ±∞ or NaN) sends the kernel to the scalar path,
    /// whose merges follow the metric's range rules. Every other operator keeps the default, true.
    /// </summary>
    /// <param name="lanes">The accumulators, all chains merged.</param>
    /// <returns>Whether <see cref="Fold"/> may take them.</returns>
    static virtual bool Represents(in Lanes<TVector> lanes) => true;

    /// <summary>Folds the accumulators into the scalar state, in a fixed lane order.</summary>
    /// <param name="lanes">The accumulators.</param>
    void Fold(in Lanes<TVector> lanes);

    /// <summary>Accumulates every lane of a full, unmasked, unweighted block (no keep mask to apply).</summary>
    /// <param name="lanes">The accumulators.</param>
    /// <param name="labels">The labels (zero for value operators).</param>
    /// <param name="predictions">The predictions (the values, for value operators).</param>
    void Add(ref Lanes<TVector> lanes, TVector labels, TVector predictions);

    /// <summary>Accumulates the kept lanes of a block.</summary>
    /// <param name="lanes">The accumulators.</param>
    /// <param name="labels">The labels (zero for value operators).</param>
    /// <param name="predictions">The predictions (the values, for value operators).</param>
    /// <param name="keep">All bits set in lanes to accumulate.</param>
    void Add(ref Lanes<TVector> lanes, TVector labels, TVector predictions, TVector keep);

    /// <summary>Accumulates the kept lanes of a weighted block.</summary>
    /// <param name="lanes">The accumulators.</param>
    /// <param name="labels">The labels (zero for value operators).</param>
    /// <param name="predictions">The predictions (the values, for value operators).</param>
    /// <param name="weights">The weights.</param>
    /// <param name="keep">All bits set in lanes to accumulate (weight 0 already excluded).</param>
    void Add(ref Lanes<TVector> lanes, TVector labels, TVector predictions, TVector weights, TVector keep);
}
