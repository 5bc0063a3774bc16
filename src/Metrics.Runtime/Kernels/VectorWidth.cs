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
}
