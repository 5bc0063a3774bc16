using System.Runtime.CompilerServices;

namespace Metrics.Kernels;

/// <summary>
/// The vector members of a <see cref="FusedPairOperator{TLabel, TFirst, TSecond}"/> for one vector width: the first
/// operator on the lane fields from 0, the second on the window after them.
/// </summary>
/// <typeparam name="TVector">The vector type of <see cref="double"/> lanes.</typeparam>
/// <typeparam name="TFirst">The first operator.</typeparam>
/// <typeparam name="TSecond">The second operator.</typeparam>
internal static class FusedLanes<TVector, TFirst, TSecond>
    where TVector : struct
    where TFirst : struct, IVectorOperator<TFirst, TVector>
    where TSecond : struct, IVectorOperator<TSecond, TVector>
{
    private static readonly int Offset = OperatorLanes<TFirst>.Count;
    private static readonly int SecondCount = OperatorLanes<TSecond>.Count;

    public static void Reset(out Lanes<TVector> lanes)
    {
        TFirst.Reset(out lanes);
        TSecond.Reset(out var second);
        LaneWindow.Write(ref lanes, second, Offset, SecondCount);
    }

    public static void Merge(ref Lanes<TVector> lanes, in Lanes<TVector> other)
    {
        TFirst.Merge(ref lanes, other);
        var second = LaneWindow.Read(lanes, Offset);
        TSecond.Merge(ref second, LaneWindow.Read(other, Offset));
        LaneWindow.Write(ref lanes, second, Offset, SecondCount);
    }

    public static bool Represents(in Lanes<TVector> lanes) =>
        TFirst.Represents(lanes) && TSecond.Represents(LaneWindow.Read(lanes, Offset));

    public static void Fold(ref TFirst first, ref TSecond second, in Lanes<TVector> lanes)
    {
        first.Fold(lanes);
        second.Fold(LaneWindow.Read(lanes, Offset));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(in TFirst first, in TSecond second, ref Lanes<TVector> lanes, TVector labels, TVector predictions)
    {
        first.Add(ref lanes, labels, predictions);
        var window = LaneWindow.Read(lanes, Offset);
        second.Add(ref window, labels, predictions);
        LaneWindow.Write(ref lanes, window, Offset, SecondCount);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(in TFirst first, in TSecond second, ref Lanes<TVector> lanes, TVector labels, TVector predictions, TVector keep)
    {
        first.Add(ref lanes, labels, predictions, keep);
        var window = LaneWindow.Read(lanes, Offset);
        second.Add(ref window, labels, predictions, keep);
        LaneWindow.Write(ref lanes, window, Offset, SecondCount);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(in TFirst first, in TSecond second, ref Lanes<TVector> lanes, TVector labels, TVector predictions, TVector weights, TVector keep)
    {
        first.Add(ref lanes, labels, predictions, weights, keep);
        var window = LaneWindow.Read(lanes, Offset);
        second.Add(ref window, labels, predictions, weights, keep);
        LaneWindow.Write(ref lanes, window, Offset, SecondCount);
    }
}
