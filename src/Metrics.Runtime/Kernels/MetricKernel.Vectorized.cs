using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Metrics.Kernels;

/// <summary>The vector paths of the element-wise loops: width dispatch, four dependency chains, a masked tail.</summary>
public static partial class MetricKernel
{
    private const int Chains = 4;

    /// <summary>
    /// Accumulates every kept (label, prediction) pair with the widest accelerated vectors (512, 256, then 128 bits),
    /// falling back to <see cref="Pairs{TLabel, TPrediction, TOperator}"/> or
    /// <see cref="WeightedPairs{TLabel, TPrediction, TWeight, TOperator}"/> when no width is accelerated, the batch is
    /// shorter than one vector, or an element type cannot be loaded as lanes (double, float and int can).
    /// </summary>
    /// <typeparam name="TLabel">The label type.</typeparam>
    /// <typeparam name="TPrediction">The prediction type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <typeparam name="TOperator">The generated operator, with scalar and vector members.</typeparam>
    /// <param name="op">The operator, carrying the state.</param>
    /// <param name="labels">The labels.</param>
    /// <param name="predictions">The predictions, as many as labels.</param>
    /// <param name="mask">Per-element mask, or empty for none.</param>
    /// <param name="weights">Non-negative per-element weights, or empty for none.</param>
    public static void VectorizedPairs<TLabel, TPrediction, TWeight, TOperator>(
        ref TOperator op, ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, ReadOnlySpan<bool> mask,
        ReadOnlySpan<TWeight> weights)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IWeightedPairOperator<TLabel, TPrediction, TWeight>,
            IVectorOperator<TOperator, Vector512<double>>, IVectorOperator<TOperator, Vector256<double>>, IVectorOperator<TOperator, Vector128<double>>
    {
        if (!Lanes<TLabel>() || !Lanes<TPrediction>() || !Lanes<TWeight>() || !TryVectorized(ref op, labels, predictions, mask, weights))
        {
            if (weights.IsEmpty)
            {
                Pairs<TLabel, TPrediction, TOperator>(ref op, labels, predictions, mask);
            }
            else
            {
                WeightedPairs<TLabel, TPrediction, TWeight, TOperator>(ref op, labels, predictions, mask, weights);
            }
        }
    }

    /// <summary>
    /// Accumulates every kept value with the widest accelerated vectors, falling back to
    /// <see cref="Values{T, TOperator}"/> or <see cref="WeightedValues{T, TWeight, TOperator}"/> as
    /// <see cref="VectorizedPairs{TLabel, TPrediction, TWeight, TOperator}"/> does.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <typeparam name="TOperator">The generated operator, with scalar and vector members.</typeparam>
    /// <param name="op">The operator, carrying the state.</param>
    /// <param name="values">The values.</param>
    /// <param name="mask">Per-element mask, or empty for none.</param>
    /// <param name="weights">Non-negative per-element weights, or empty for none.</param>
    public static void VectorizedValues<T, TWeight, TOperator>(
        ref TOperator op, ReadOnlySpan<T> values, ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IWeightedValueOperator<T, TWeight>,
            IVectorOperator<TOperator, Vector512<double>>, IVectorOperator<TOperator, Vector256<double>>, IVectorOperator<TOperator, Vector128<double>>
    {
        if (!Lanes<T>() || !Lanes<TWeight>() || !TryVectorized(ref op, ReadOnlySpan<T>.Empty, values, mask, weights))
        {
            if (weights.IsEmpty)
            {
                Values<T, TOperator>(ref op, values, mask);
            }
            else
            {
                WeightedValues<T, TWeight, TOperator>(ref op, values, mask, weights);
            }
        }
    }

    private static bool Lanes<T>() => typeof(T) == typeof(double) || typeof(T) == typeof(float) || typeof(T) == typeof(int);

    private static bool TryVectorized<TLabel, TPrediction, TWeight, TOperator>(
        ref TOperator op, ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, ReadOnlySpan<bool> mask,
        ReadOnlySpan<TWeight> weights)
        where TOperator : struct,
            IVectorOperator<TOperator, Vector512<double>>, IVectorOperator<TOperator, Vector256<double>>, IVectorOperator<TOperator, Vector128<double>>
    {
        if (Width512.IsAccelerated && predictions.Length >= Width512.Count)
        {
            Elementwise<Width512, Vector512<double>, TLabel, TPrediction, TWeight, TOperator>(ref op, labels, predictions, mask, weights);
        }
        else if (Width256.IsAccelerated && predictions.Length >= Width256.Count)
        {
            Elementwise<Width256, Vector256<double>, TLabel, TPrediction, TWeight, TOperator>(ref op, labels, predictions, mask, weights);
        }
        else if (Width128.IsAccelerated && predictions.Length >= Width128.Count)
        {
            Elementwise<Width128, Vector128<double>, TLabel, TPrediction, TWeight, TOperator>(ref op, labels, predictions, mask, weights);
        }
        else
        {
            return false;
        }

        return true;
    }

    // The one vector loop, specialised by the JIT for the inputs present (labels, mask and weights are type-level
    // flags, so the block step has no per-block branch on them). Four lane accumulators (Lanes<TVector> locals, which
    // the JIT keeps in registers) are four independent dependency chains starting at the identity; blocks are visited
    // in a fixed order that does not depend on alignment, and the last partial block is re-read overlapping the
    // previous one with its already-counted lanes masked off, so nothing past the end is read. Full blocks without
    // mask and weights take the operator's unmasked Add, which applies no keep mask.
    private static void Elementwise<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator>(
        ref TOperator op, ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, ReadOnlySpan<bool> mask,
        ReadOnlySpan<TWeight> weights)
        where TWidth : struct, IVectorWidth<TVector>
        where TVector : struct
        where TOperator : struct, IVectorOperator<TOperator, TVector>
    {
        var source = new Blocks<TLabel, TPrediction, TWeight>(labels, predictions, mask, weights);
        if (source.HasLabels)
        {
            Elementwise<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, Present>(ref op, source);
        }
        else
        {
            Elementwise<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, Absent>(ref op, source);
        }
    }

    private static void Elementwise<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels>(
        ref TOperator op, in Blocks<TLabel, TPrediction, TWeight> source)
        where TWidth : struct, IVectorWidth<TVector>
        where TVector : struct
        where TOperator : struct, IVectorOperator<TOperator, TVector>
        where THasLabels : struct, IPresence
    {
        switch (source.HasMask, source.HasWeights)
        {
            case (false, false):
                Loop<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, Absent, Absent>(ref op, source);
                break;
            case (true, false):
                Loop<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, Present, Absent>(ref op, source);
                break;
            case (false, true):
                Loop<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, Absent, Present>(ref op, source);
                break;
            default:
                Loop<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, Present, Present>(ref op, source);
                break;
        }
    }

    private static void Loop<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(
        ref TOperator op, in Blocks<TLabel, TPrediction, TWeight> source)
        where TWidth : struct, IVectorWidth<TVector>
        where TVector : struct
        where TOperator : struct, IVectorOperator<TOperator, TVector>
        where THasLabels : struct, IPresence
        where THasMask : struct, IPresence
        where THasWeights : struct, IPresence
    {
        var width = (nuint)TWidth.Count;
        var length = source.Length;

        // The operator is only read in the loop (parameters); a local copy lets the JIT hoist them.
        var reader = op;
        TOperator.Reset(out var chain0);
        var chain1 = chain0;
        var chain2 = chain0;
        var chain3 = chain0;
        nuint i = 0;
        for (; i + (Chains * width) <= length; i += Chains * width)
        {
            Block<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(reader, ref chain0, source, i);
            Block<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(reader, ref chain1, source, i + width);
            Block<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(reader, ref chain2, source, i + (2 * width));
            Block<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(reader, ref chain3, source, i + (3 * width));
        }

        // Merged before anything else runs, so that no chain lives across a call (every vector register is
        // caller-saved, and the JIT would then keep the chains in memory inside the loop).
        TOperator.Merge(ref chain0, chain1);
        TOperator.Merge(ref chain0, chain2);
        TOperator.Merge(ref chain0, chain3);
        for (; i + width <= length; i += width)
        {
            Block<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(reader, ref chain0, source, i);
        }

        if (i < length)
        {
            var remaining = (int)(length - i);
            Tail<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(
                reader, ref chain0, source, length - width, TWidth.LanesFrom(TWidth.Count - remaining));
        }

        op.Fold(chain0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Block<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(
        in TOperator op, ref Lanes<TVector> lanes, in Blocks<TLabel, TPrediction, TWeight> source, nuint index)
        where TWidth : struct, IVectorWidth<TVector>
        where TVector : struct
        where TOperator : struct, IVectorOperator<TOperator, TVector>
        where THasLabels : struct, IPresence
        where THasMask : struct, IPresence
        where THasWeights : struct, IPresence
    {
        var labels = THasLabels.IsPresent ? TWidth.Load(ref source.Labels, index) : TWidth.Zero;
        var predictions = TWidth.Load(ref source.Predictions, index);
        if (THasWeights.IsPresent)
        {
            var weights = TWidth.Load(ref source.Weights, index);
            var keep = TWidth.NonZero(weights);
            if (THasMask.IsPresent)
            {
                keep = TWidth.And(keep, TWidth.MaskLanes(ref source.Mask, index));
            }

            op.Add(ref lanes, labels, predictions, weights, keep);
        }
        else if (THasMask.IsPresent)
        {
            op.Add(ref lanes, labels, predictions, TWidth.MaskLanes(ref source.Mask, index));
        }
        else
        {
            op.Add(ref lanes, labels, predictions);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Tail<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(
        in TOperator op, ref Lanes<TVector> lanes, in Blocks<TLabel, TPrediction, TWeight> source, nuint index, TVector keep)
        where TWidth : struct, IVectorWidth<TVector>
        where TVector : struct
        where TOperator : struct, IVectorOperator<TOperator, TVector>
        where THasLabels : struct, IPresence
        where THasMask : struct, IPresence
        where THasWeights : struct, IPresence
    {
        var labels = THasLabels.IsPresent ? TWidth.Load(ref source.Labels, index) : TWidth.Zero;
        var predictions = TWidth.Load(ref source.Predictions, index);
        if (THasMask.IsPresent)
        {
            keep = TWidth.And(keep, TWidth.MaskLanes(ref source.Mask, index));
        }

        if (THasWeights.IsPresent)
        {
            var weights = TWidth.Load(ref source.Weights, index);
            op.Add(ref lanes, labels, predictions, weights, TWidth.And(keep, TWidth.NonZero(weights)));
        }
        else
        {
            op.Add(ref lanes, labels, predictions, keep);
        }
    }

    /// <summary>Whether an optional input is present, as a type, so that the JIT removes the branches on it.</summary>
    private interface IPresence
    {
        static abstract bool IsPresent { get; }
    }

    private readonly struct Present : IPresence
    {
        public static bool IsPresent => true;
    }

    private readonly struct Absent : IPresence
    {
        public static bool IsPresent => false;
    }

    /// <summary>The references and presence flags of one batch, passed to the block step as one argument.</summary>
    private readonly ref struct Blocks<TLabel, TPrediction, TWeight>
    {
        public readonly ref TLabel Labels;
        public readonly ref TPrediction Predictions;
        public readonly ref bool Mask;
        public readonly ref TWeight Weights;
        public readonly bool HasLabels;
        public readonly bool HasMask;
        public readonly bool HasWeights;
        public readonly nuint Length;

        public Blocks(ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights)
        {
            Labels = ref MemoryMarshal.GetReference(labels);
            Predictions = ref MemoryMarshal.GetReference(predictions);
            Mask = ref MemoryMarshal.GetReference(mask);
            Weights = ref MemoryMarshal.GetReference(weights);
            HasLabels = !labels.IsEmpty;
            HasMask = !mask.IsEmpty;
            HasWeights = !weights.IsEmpty;
            Length = (nuint)predictions.Length;
        }
    }
}
