using System.Runtime.CompilerServices;

namespace Metrics.Kernels;

/// <summary>
/// A view of the lane accumulators from field <c>offset</c> on, as a <see cref="Lanes{TVector}"/> of its own: how a
/// <see cref="FusedPairOperator{TLabel, TFirst, TSecond}"/> gives its second operator the fields after the first's.
/// The offset and count are constants of the fused type, so after inlining every field access folds to one register.
/// </summary>
internal static class LaneWindow
{
    /// <summary>The fields from <paramref name="offset"/> on, moved down to field 0 (fields past the end read as 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes<TVector> Read<TVector>(in Lanes<TVector> lanes, int offset)
        where TVector : struct
    {
        Lanes<TVector> window;
        window.F0 = Get(lanes, offset);
        window.F1 = Get(lanes, offset + 1);
        window.F2 = Get(lanes, offset + 2);
        window.F3 = Get(lanes, offset + 3);
        window.F4 = Get(lanes, offset + 4);
        window.F5 = Get(lanes, offset + 5);
        window.F6 = Get(lanes, offset + 6);
        window.F7 = Get(lanes, offset + 7);
        window.F8 = Get(lanes, offset + 8);
        window.F9 = Get(lanes, offset + 9);
        window.F10 = Get(lanes, offset + 10);
        window.F11 = Get(lanes, offset + 11);
        window.F12 = Get(lanes, offset + 12);
        window.F13 = Get(lanes, offset + 13);
        window.F14 = Get(lanes, offset + 14);
        window.F15 = Get(lanes, offset + 15);
        return window;
    }

    /// <summary>Writes the first <paramref name="count"/> fields of <paramref name="window"/> back from <paramref name="offset"/> on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write<TVector>(ref Lanes<TVector> lanes, in Lanes<TVector> window, int offset, int count)
        where TVector : struct
    {
        if (count > 0)
        {
            Set(ref lanes, offset, window.F0);
        }

        if (count > 1)
        {
            Set(ref lanes, offset + 1, window.F1);
        }

        if (count > 2)
        {
            Set(ref lanes, offset + 2, window.F2);
        }

        if (count > 3)
        {
            Set(ref lanes, offset + 3, window.F3);
        }

        if (count > 4)
        {
            Set(ref lanes, offset + 4, window.F4);
        }

        if (count > 5)
        {
            Set(ref lanes, offset + 5, window.F5);
        }

        if (count > 6)
        {
            Set(ref lanes, offset + 6, window.F6);
        }

        if (count > 7)
        {
            Set(ref lanes, offset + 7, window.F7);
        }

        if (count > 8)
        {
            Set(ref lanes, offset + 8, window.F8);
        }

        if (count > 9)
        {
            Set(ref lanes, offset + 9, window.F9);
        }

        if (count > 10)
        {
            Set(ref lanes, offset + 10, window.F10);
        }

        if (count > 11)
        {
            Set(ref lanes, offset + 11, window.F11);
        }

        if (count > 12)
        {
            Set(ref lanes, offset + 12, window.F12);
        }

        if (count > 13)
        {
            Set(ref lanes, offset + 13, window.F13);
        }

        if (count > 14)
        {
            Set(ref lanes, offset + 14, window.F14);
        }

        if (count > 15)
        {
            Set(ref lanes, offset + 15, window.F15);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Get<TVector>(in Lanes<TVector> lanes, int field)
        where TVector : struct =>
        field switch
        {
            0 => lanes.F0,
            1 => lanes.F1,
            2 => lanes.F2,
            3 => lanes.F3,
            4 => lanes.F4,
            5 => lanes.F5,
            6 => lanes.F6,
            7 => lanes.F7,
            8 => lanes.F8,
            9 => lanes.F9,
            10 => lanes.F10,
            11 => lanes.F11,
            12 => lanes.F12,
            13 => lanes.F13,
            14 => lanes.F14,
            15 => lanes.F15,
            _ => default,
        };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Set<TVector>(ref Lanes<TVector> lanes, int field, TVector value)
        where TVector : struct
    {
        switch (field)
        {
            case 0: lanes.F0 = value; break;
            case 1: lanes.F1 = value; break;
            case 2: lanes.F2 = value; break;
            case 3: lanes.F3 = value; break;
            case 4: lanes.F4 = value; break;
            case 5: lanes.F5 = value; break;
            case 6: lanes.F6 = value; break;
            case 7: lanes.F7 = value; break;
            case 8: lanes.F8 = value; break;
            case 9: lanes.F9 = value; break;
            case 10: lanes.F10 = value; break;
            case 11: lanes.F11 = value; break;
            case 12: lanes.F12 = value; break;
            case 13: lanes.F13 = value; break;
            case 14: lanes.F14 = value; break;
            case 15: lanes.F15 = value; break;
        }
    }
}
