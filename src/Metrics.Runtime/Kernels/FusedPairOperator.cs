using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Metrics.Kernels;

/// <summary>
/// Two element-wise operators over the same (label, prediction[, mask, weight]) inputs run by one kernel pass: the
/// first keeps lane fields 0 to k − 1, the second the next ones (<see cref="LaneWindow"/>), so that each sees exactly
/// the accumulators, blocks, chain merges and fold it sees in its own pass and ends bit-identical to it. Nesting
/// (<c>FusedPairOperator&lt;L, A, FusedPairOperator&lt;L, B, C&gt;&gt;</c>) fuses more, as long as the lane fields of
/// all members fit <see cref="Lanes{TVector}.Capacity"/>.
/// </summary>
/// <typeparam name="TLabel">The label type the members share.</typeparam>
/// <typeparam name="TFirst">The first operator.</typeparam>
/// <typeparam name="TSecond">The second operator.</typeparam>
internal struct FusedPairOperator<TLabel, TFirst, TSecond> :
    IWeightedPairOperator<TLabel, double, double>,
    IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector512<double>>,
    IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector256<double>>,
    IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector128<double>>
    where TFirst : struct, IWeightedPairOperator<TLabel, double, double>,
        IVectorOperator<TFirst, Vector512<double>>, IVectorOperator<TFirst, Vector256<double>>, IVectorOperator<TFirst, Vector128<double>>
    where TSecond : struct, IWeightedPairOperator<TLabel, double, double>,
        IVectorOperator<TSecond, Vector512<double>>, IVectorOperator<TSecond, Vector256<double>>, IVectorOperator<TSecond, Vector128<double>>
{
    /// <summary>The first operator, carrying its state.</summary>
    public TFirst First;

    /// <summary>The second operator, carrying its state.</summary>
    public TSecond Second;

    /// <summary>Fuses two operators.</summary>
    /// <param name="first">The first operator.</param>
    /// <param name="second">The second operator.</param>
    public FusedPairOperator(TFirst first, TSecond second)
    {
        First = first;
        Second = second;
    }

    /// <summary>Both members are vectorized operators.</summary>
    public static bool Vectorizable => true;

    /// <inheritdoc/>
    public void Add(TLabel label, double prediction)
    {
        First.Add(label, prediction);
        Second.Add(label, prediction);
    }

    /// <inheritdoc/>
    public void Add(TLabel label, double prediction, double weight)
    {
        First.Add(label, prediction, weight);
        Second.Add(label, prediction, weight);
    }

    static void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector512<double>>.Reset(out Lanes<Vector512<double>> lanes) =>
        FusedLanes<Vector512<double>, TFirst, TSecond>.Reset(out lanes);

    static void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector512<double>>.Merge(ref Lanes<Vector512<double>> lanes, in Lanes<Vector512<double>> other) =>
        FusedLanes<Vector512<double>, TFirst, TSecond>.Merge(ref lanes, other);

    static bool IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector512<double>>.Represents(in Lanes<Vector512<double>> lanes) =>
        FusedLanes<Vector512<double>, TFirst, TSecond>.Represents(lanes);

    void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector512<double>>.Fold(in Lanes<Vector512<double>> lanes) =>
        FusedLanes<Vector512<double>, TFirst, TSecond>.Fold(ref First, ref Second, lanes);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    readonly void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector512<double>>.Add(ref Lanes<Vector512<double>> lanes, Vector512<double> labels, Vector512<double> predictions) =>
        FusedLanes<Vector512<double>, TFirst, TSecond>.Add(First, Second, ref lanes, labels, predictions);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    readonly void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector512<double>>.Add(ref Lanes<Vector512<double>> lanes, Vector512<double> labels, Vector512<double> predictions, Vector512<double> keep) =>
        FusedLanes<Vector512<double>, TFirst, TSecond>.Add(First, Second, ref lanes, labels, predictions, keep);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    readonly void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector512<double>>.Add(ref Lanes<Vector512<double>> lanes, Vector512<double> labels, Vector512<double> predictions, Vector512<double> weights, Vector512<double> keep) =>
        FusedLanes<Vector512<double>, TFirst, TSecond>.Add(First, Second, ref lanes, labels, predictions, weights, keep);

    static void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector256<double>>.Reset(out Lanes<Vector256<double>> lanes) =>
        FusedLanes<Vector256<double>, TFirst, TSecond>.Reset(out lanes);

    static void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector256<double>>.Merge(ref Lanes<Vector256<double>> lanes, in Lanes<Vector256<double>> other) =>
        FusedLanes<Vector256<double>, TFirst, TSecond>.Merge(ref lanes, other);

    static bool IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector256<double>>.Represents(in Lanes<Vector256<double>> lanes) =>
        FusedLanes<Vector256<double>, TFirst, TSecond>.Represents(lanes);

    void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector256<double>>.Fold(in Lanes<Vector256<double>> lanes) =>
        FusedLanes<Vector256<double>, TFirst, TSecond>.Fold(ref First, ref Second, lanes);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    readonly void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector256<double>>.Add(ref Lanes<Vector256<double>> lanes, Vector256<double> labels, Vector256<double> predictions) =>
        FusedLanes<Vector256<double>, TFirst, TSecond>.Add(First, Second, ref lanes, labels, predictions);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    readonly void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector256<double>>.Add(ref Lanes<Vector256<double>> lanes, Vector256<double> labels, Vector256<double> predictions, Vector256<double> keep) =>
        FusedLanes<Vector256<double>, TFirst, TSecond>.Add(First, Second, ref lanes, labels, predictions, keep);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    readonly void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector256<double>>.Add(ref Lanes<Vector256<double>> lanes, Vector256<double> labels, Vector256<double> predictions, Vector256<double> weights, Vector256<double> keep) =>
        FusedLanes<Vector256<double>, TFirst, TSecond>.Add(First, Second, ref lanes, labels, predictions, weights, keep);

    static void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector128<double>>.Reset(out Lanes<Vector128<double>> lanes) =>
        FusedLanes<Vector128<double>, TFirst, TSecond>.Reset(out lanes);

    static void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector128<double>>.Merge(ref Lanes<Vector128<double>> lanes, in Lanes<Vector128<double>> other) =>
        FusedLanes<Vector128<double>, TFirst, TSecond>.Merge(ref lanes, other);

    static bool IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector128<double>>.Represents(in Lanes<Vector128<double>> lanes) =>
        FusedLanes<Vector128<double>, TFirst, TSecond>.Represents(lanes);

    void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector128<double>>.Fold(in Lanes<Vector128<double>> lanes) =>
        FusedLanes<Vector128<double>, TFirst, TSecond>.Fold(ref First, ref Second, lanes);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    readonly void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector128<double>>.Add(ref Lanes<Vector128<double>> lanes, Vector128<double> labels, Vector128<double> predictions) =>
        FusedLanes<Vector128<double>, TFirst, TSecond>.Add(First, Second, ref lanes, labels, predictions);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    readonly void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector128<double>>.Add(ref Lanes<Vector128<double>> lanes, Vector128<double> labels, Vector128<double> predictions, Vector128<double> keep) =>
        FusedLanes<Vector128<double>, TFirst, TSecond>.Add(First, Second, ref lanes, labels, predictions, keep);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    readonly void IVectorOperator<FusedPairOperator<TLabel, TFirst, TSecond>, Vector128<double>>.Add(ref Lanes<Vector128<double>> lanes, Vector128<double> labels, Vector128<double> predictions, Vector128<double> weights, Vector128<double> keep) =>
        FusedLanes<Vector128<double>, TFirst, TSecond>.Add(First, Second, ref lanes, labels, predictions, weights, keep);
}
