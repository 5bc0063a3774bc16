using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Metrics.Kernels;

/// <summary>
/// What the kernel loop needs from one vector width: loading <see cref="double"/> lanes from double, float and int
/// inputs (never reading past the block), turning a bool mask into lane masks, and tail masks. Implemented once per
/// width so that the loop itself is written once, generic over the width (the JIT specialises each).
/// </summary>
/// <typeparam name="TVector">The vector type of <see cref="double"/> lanes.</typeparam>
internal interface IVectorWidth<TVector>
    where TVector : struct
{
    static abstract bool IsAccelerated { get; }

    static abstract int Count { get; }

    static abstract TVector AllBits { get; }

    static abstract TVector Zero { get; }

    static abstract TVector Load<T>(ref T source, nuint index);

    static abstract TVector MaskLanes(ref bool mask, nuint index);

    /// <summary>All bits set in lanes whose index is at least <paramref name="first"/>.</summary>
    static abstract TVector LanesFrom(int first);

    static abstract TVector And(TVector left, TVector right);

    static abstract TVector NonZero(TVector value);

    static abstract TVector Or(TVector left, TVector right);

    /// <summary>All bits set in lanes that are NaN.</summary>
    static abstract TVector IsNaN(TVector value);

    /// <summary>The lane-wise minimum (the instruction's; NaN handling left to <see cref="NonFiniteProbe"/>).</summary>
    static abstract TVector Min(TVector left, TVector right);

    /// <summary>The lane-wise maximum (the instruction's).</summary>
    static abstract TVector Max(TVector left, TVector right);

    /// <summary><paramref name="probe"/> + <paramref name="value"/> × 0: NaN from a NaN or infinite lane on.</summary>
    static abstract TVector NonFiniteProbe(TVector probe, TVector value);

    /// <summary>Whether a lane is below <paramref name="bound"/>.</summary>
    static abstract bool AnyBelow(TVector value, double bound);

    /// <summary>Whether a lane is at or above <paramref name="bound"/>.</summary>
    static abstract bool AnyAtOrAbove(TVector value, double bound);

    /// <summary>Whether a lane is NaN.</summary>
    static abstract bool AnyNaN(TVector value);

    /// <summary>Whether any bit of any lane is set.</summary>
    static abstract bool Any(TVector value);
}

/// <summary>Eight <see cref="double"/> lanes.</summary>
internal readonly struct Width512 : IVectorWidth<Vector512<double>>
{
    private static readonly Vector512<long> Bits = Vector512.Create(1L, 2, 4, 8, 16, 32, 64, 128);
    private static readonly Vector512<double> LaneIndex = Vector512.Create(0d, 1, 2, 3, 4, 5, 6, 7);

    public static bool IsAccelerated => Vector512.IsHardwareAccelerated && Avx512F.IsSupported;

    public static int Count => Vector512<double>.Count;

    public static Vector512<double> AllBits => Vector512<double>.AllBitsSet;

    public static Vector512<double> Zero => Vector512<double>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Load<T>(ref T source, nuint index)
    {
        if (typeof(T) == typeof(double))
        {
            return Vector512.LoadUnsafe(ref Unsafe.As<T, double>(ref source), index);
        }

        if (typeof(T) == typeof(float))
        {
            return Avx512F.ConvertToVector512Double(Vector256.LoadUnsafe(ref Unsafe.As<T, float>(ref source), index));
        }

        return Avx512F.ConvertToVector512Double(Vector256.LoadUnsafe(ref Unsafe.As<T, int>(ref source), index));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> MaskLanes(ref bool mask, nuint index)
    {
        if (Avx512F.IsSupported)
        {
            // Eight mask bytes zero-extended to eight 64-bit lanes (vpmovzxbq), then compared with zero.
            var eight = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<bool, byte>(ref Unsafe.Add(ref mask, index)))).AsByte();
            return (~Vector512.Equals(Avx512F.ConvertToVector512Int64(eight), Vector512<long>.Zero)).AsDouble();
        }

        var bytes = Vector128.CreateScalar(Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<bool, byte>(ref Unsafe.Add(ref mask, index)))).AsByte();
        long bits = Vector128.ExtractMostSignificantBits(~Vector128.Equals(bytes, Vector128<byte>.Zero)) & 0xFF;
        return Vector512.Equals(Vector512.Create(bits) & Bits, Bits).AsDouble();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> LanesFrom(int first) =>
        Vector512.GreaterThanOrEqual(LaneIndex, Vector512.Create((double)first));

    public static Vector512<double> And(Vector512<double> left, Vector512<double> right) => left & right;

    public static Vector512<double> NonZero(Vector512<double> value) => ~Vector512.Equals(value, Vector512<double>.Zero);

    public static Vector512<double> Or(Vector512<double> left, Vector512<double> right) => left | right;

    public static Vector512<double> IsNaN(Vector512<double> value) => ~Vector512.Equals(value, value);

    public static Vector512<double> Min(Vector512<double> left, Vector512<double> right) => Vector512.MinNative(left, right);

    public static Vector512<double> Max(Vector512<double> left, Vector512<double> right) => Vector512.MaxNative(left, right);

    public static Vector512<double> NonFiniteProbe(Vector512<double> probe, Vector512<double> value) =>
        probe + (value * Vector512<double>.Zero);

    public static bool AnyBelow(Vector512<double> value, double bound) => Vector512.LessThanAny(value, Vector512.Create(bound));

    public static bool AnyAtOrAbove(Vector512<double> value, double bound) => Vector512.GreaterThanOrEqualAny(value, Vector512.Create(bound));

    public static bool AnyNaN(Vector512<double> value) => !Vector512.EqualsAll(value, value);

    public static bool Any(Vector512<double> value) => !Vector512.EqualsAll(value.AsUInt64(), Vector512<ulong>.Zero);
}

/// <summary>Four <see cref="double"/> lanes.</summary>
internal readonly struct Width256 : IVectorWidth<Vector256<double>>
{
    private static readonly Vector256<long> Bits = Vector256.Create(1L, 2, 4, 8);
    private static readonly Vector256<double> LaneIndex = Vector256.Create(0d, 1, 2, 3);

    public static bool IsAccelerated => Vector256.IsHardwareAccelerated && Avx.IsSupported;

    public static int Count => Vector256<double>.Count;

    public static Vector256<double> AllBits => Vector256<double>.AllBitsSet;

    public static Vector256<double> Zero => Vector256<double>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Load<T>(ref T source, nuint index)
    {
        if (typeof(T) == typeof(double))
        {
            return Vector256.LoadUnsafe(ref Unsafe.As<T, double>(ref source), index);
        }

        if (typeof(T) == typeof(float))
        {
            return Avx.ConvertToVector256Double(Vector128.LoadUnsafe(ref Unsafe.As<T, float>(ref source), index));
        }

        return Avx.ConvertToVector256Double(Vector128.LoadUnsafe(ref Unsafe.As<T, int>(ref source), index));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> MaskLanes(ref bool mask, nuint index)
    {
        if (Avx2.IsSupported)
        {
            var four = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<uint>(ref Unsafe.As<bool, byte>(ref Unsafe.Add(ref mask, index)))).AsByte();
            return (~Vector256.Equals(Avx2.ConvertToVector256Int64(four), Vector256<long>.Zero)).AsDouble();
        }

        var bytes = Vector128.CreateScalar(Unsafe.ReadUnaligned<uint>(ref Unsafe.As<bool, byte>(ref Unsafe.Add(ref mask, index)))).AsByte();
        long bits = Vector128.ExtractMostSignificantBits(~Vector128.Equals(bytes, Vector128<byte>.Zero)) & 0xF;
        return Vector256.Equals(Vector256.Create(bits) & Bits, Bits).AsDouble();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> LanesFrom(int first) =>
        Vector256.GreaterThanOrEqual(LaneIndex, Vector256.Create((double)first));

    public static Vector256<double> And(Vector256<double> left, Vector256<double> right) => left & right;

    public static Vector256<double> NonZero(Vector256<double> value) => ~Vector256.Equals(value, Vector256<double>.Zero);

    public static Vector256<double> Or(Vector256<double> left, Vector256<double> right) => left | right;

    public static Vector256<double> IsNaN(Vector256<double> value) => ~Vector256.Equals(value, value);

    public static Vector256<double> Min(Vector256<double> left, Vector256<double> right) => Vector256.MinNative(left, right);

    public static Vector256<double> Max(Vector256<double> left, Vector256<double> right) => Vector256.MaxNative(left, right);

    public static Vector256<double> NonFiniteProbe(Vector256<double> probe, Vector256<double> value) =>
        probe + (value * Vector256<double>.Zero);

    public static bool AnyBelow(Vector256<double> value, double bound) => Vector256.LessThanAny(value, Vector256.Create(bound));

    public static bool AnyAtOrAbove(Vector256<double> value, double bound) => Vector256.GreaterThanOrEqualAny(value, Vector256.Create(bound));

    public static bool AnyNaN(Vector256<double> value) => !Vector256.EqualsAll(value, value);

    public static bool Any(Vector256<double> value) => !Vector256.EqualsAll(value.AsUInt64(), Vector256<ulong>.Zero);
}

/// <summary>Two <see cref="double"/> lanes.</summary>
internal readonly struct Width128 : IVectorWidth<Vector128<double>>
{
    private static readonly Vector128<long> Bits = Vector128.Create(1L, 2);
    private static readonly Vector128<double> LaneIndex = Vector128.Create(0d, 1);

    public static bool IsAccelerated => Vector128.IsHardwareAccelerated;

    public static int Count => Vector128<double>.Count;

    public static Vector128<double> AllBits => Vector128<double>.AllBitsSet;

    public static Vector128<double> Zero => Vector128<double>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Load<T>(ref T source, nuint index)
    {
        if (typeof(T) == typeof(double))
        {
            return Vector128.LoadUnsafe(ref Unsafe.As<T, double>(ref source), index);
        }

        // Two 32-bit elements: one 64-bit scalar load, then an exact widening.
        var pair = Vector128.CreateScalar(Unsafe.ReadUnaligned<long>(ref Unsafe.As<T, byte>(ref Unsafe.Add(ref source, index))));
        return typeof(T) == typeof(float)
            ? Vector128.WidenLower(pair.AsSingle())
            : Vector128.ConvertToDouble(Vector128.WidenLower(pair.AsInt32()));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> MaskLanes(ref bool mask, nuint index)
    {
        var bytes = Vector128.CreateScalar(Unsafe.ReadUnaligned<ushort>(ref Unsafe.As<bool, byte>(ref Unsafe.Add(ref mask, index)))).AsByte();
        long bits = Vector128.ExtractMostSignificantBits(~Vector128.Equals(bytes, Vector128<byte>.Zero)) & 0x3;
        return Vector128.Equals(Vector128.Create(bits) & Bits, Bits).AsDouble();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> LanesFrom(int first) =>
        Vector128.GreaterThanOrEqual(LaneIndex, Vector128.Create((double)first));

    public static Vector128<double> And(Vector128<double> left, Vector128<double> right) => left & right;

    public static Vector128<double> NonZero(Vector128<double> value) => ~Vector128.Equals(value, Vector128<double>.Zero);

    public static Vector128<double> Or(Vector128<double> left, Vector128<double> right) => left | right;

    public static Vector128<double> IsNaN(Vector128<double> value) => ~Vector128.Equals(value, value);

    public static Vector128<double> Min(Vector128<double> left, Vector128<double> right) => Vector128.MinNative(left, right);

    public static Vector128<double> Max(Vector128<double> left, Vector128<double> right) => Vector128.MaxNative(left, right);

    public static Vector128<double> NonFiniteProbe(Vector128<double> probe, Vector128<double> value) =>
        probe + (value * Vector128<double>.Zero);

    public static bool AnyBelow(Vector128<double> value, double bound) => Vector128.LessThanAny(value, Vector128.Create(bound));

    public static bool AnyAtOrAbove(Vector128<double> value, double bound) => Vector128.GreaterThanOrEqualAny(value, Vector128.Create(bound));

    public static bool AnyNaN(Vector128<double> value) => !Vector128.EqualsAll(value, value);

    public static bool Any(Vector128<double> value) => !Vector128.EqualsAll(value.AsUInt64(), Vector128<ulong>.Zero);
}
