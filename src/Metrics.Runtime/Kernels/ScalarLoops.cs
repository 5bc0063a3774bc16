using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Metrics.Kernels;

/// <summary>
/// The scalar element-wise loops of <see cref="MetricUpdate"/>: those of <see cref="MetricKernel"/>, run on a local
/// copy of the operator. An operator reached through a <see langword="ref"/> parameter lives in memory, so every
/// element stored its state back there and reloaded it (a store-to-load chain per element: 4.6–7× a hand-written loop
/// with SIMD off, bench/scalar-path); a local the JIT keeps in registers, and it is written back once.
/// </summary>
internal static class ScalarLoops
{
    public static void Pairs<TLabel, TPrediction, TOperator>(
        ref TOperator op, ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, ReadOnlySpan<bool> mask)
        where TOperator : struct, IPairOperator<TLabel, TPrediction>
    {
        var local = op;
        ref var l = ref MemoryMarshal.GetReference(labels);
        ref var p = ref MemoryMarshal.GetReference(predictions);
        if (mask.IsEmpty)
        {
            for (var i = 0; i < predictions.Length; i++)
            {
                local.Add(Unsafe.Add(ref l, i), Unsafe.Add(ref p, i));
            }
        }
        else
        {
            ref var m = ref MemoryMarshal.GetReference(mask);
            for (var i = 0; i < predictions.Length; i++)
            {
                if (Unsafe.Add(ref m, i))
                {
                    local.Add(Unsafe.Add(ref l, i), Unsafe.Add(ref p, i));
                }
            }
        }

        op = local;
    }

    public static void WeightedPairs<TLabel, TPrediction, TWeight, TOperator>(
        ref TOperator op, ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, ReadOnlySpan<bool> mask,
        ReadOnlySpan<TWeight> weights)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IWeightedPairOperator<TLabel, TPrediction, TWeight>
    {
        var local = op;
        ref var l = ref MemoryMarshal.GetReference(labels);
        ref var p = ref MemoryMarshal.GetReference(predictions);
        ref var w = ref MemoryMarshal.GetReference(weights);
        for (var i = 0; i < predictions.Length; i++)
        {
            var weight = Unsafe.Add(ref w, i);
            if (!TWeight.IsZero(weight) && (mask.IsEmpty || mask[i]))
            {
                local.Add(Unsafe.Add(ref l, i), Unsafe.Add(ref p, i), weight);
            }
        }

        op = local;
    }

    public static void Values<T, TOperator>(ref TOperator op, ReadOnlySpan<T> values, ReadOnlySpan<bool> mask)
        where TOperator : struct, IValueOperator<T>
    {
        var local = op;
        ref var v = ref MemoryMarshal.GetReference(values);
        if (mask.IsEmpty)
        {
            for (var i = 0; i < values.Length; i++)
            {
                local.Add(Unsafe.Add(ref v, i));
            }
        }
        else
        {
            ref var m = ref MemoryMarshal.GetReference(mask);
            for (var i = 0; i < values.Length; i++)
            {
                if (Unsafe.Add(ref m, i))
                {
                    local.Add(Unsafe.Add(ref v, i));
                }
            }
        }

        op = local;
    }

    public static void WeightedValues<T, TWeight, TOperator>(
        ref TOperator op, ReadOnlySpan<T> values, ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IWeightedValueOperator<T, TWeight>
    {
        var local = op;
        ref var v = ref MemoryMarshal.GetReference(values);
        ref var w = ref MemoryMarshal.GetReference(weights);
        for (var i = 0; i < values.Length; i++)
        {
            var weight = Unsafe.Add(ref w, i);
            if (!TWeight.IsZero(weight) && (mask.IsEmpty || mask[i]))
            {
                local.Add(Unsafe.Add(ref v, i), weight);
            }
        }

        op = local;
    }
}
