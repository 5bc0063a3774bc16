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
    /// checking the inputs on the lanes it loads (<paramref name="checks"/>; weights: finite, non-negative). Returns
    /// <see langword="false"/>, leaving the operator's state untouched, when it did not accumulate the batch: no width
    /// is accelerated, the batch is shorter than one vector, an element type cannot be loaded as lanes (double, float
    /// and int can), or a lane failed a check. The caller then runs the exact guards and the scalar loop
    /// (<see cref="Pairs{TLabel, TPrediction, TOperator}"/> or
    /// <see cref="WeightedPairs{TLabel, TPrediction, TWeight, TOperator}"/>).
    /// </summary>
    /// <typeparam name="TLabel">The label type.</typeparam>
    /// <typeparam name="TPrediction">The prediction type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <typeparam name="TOperator">The generated operator, with scalar and vector members.</typeparam>
    /// <param name="op">The operator, carrying the state.</param>
    /// <param name="labels">The labels.</param>
    /// <param name="predictions">The predictions, as many as labels.</param>
    /// <param name="mask">Per-element mask, or empty for none.</param>
    /// <param name="weights">Per-element weights, or empty for none.</param>
    /// <param name="checks">The checks of labels and predictions to make on the lanes.</param>
    /// <returns>Whether the batch was accumulated.</returns>
    public static bool VectorizedPairs<TLabel, TPrediction, TWeight, TOperator>(
        ref TOperator op, ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, ReadOnlySpan<bool> mask,
        ReadOnlySpan<TWeight> weights, LaneChecks checks)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IWeightedPairOperator<TLabel, TPrediction, TWeight>,
            IVectorOperator<TOperator, Vector512<double>>, IVectorOperator<TOperator, Vector256<double>>, IVectorOperator<TOperator, Vector128<double>> =>
        Lanes<TLabel>() && Lanes<TPrediction>() && Lanes<TWeight>() && TryVectorized(ref op, labels, predictions, mask, weights, checks);

    /// <summary>
    /// Accumulates every kept value with the widest accelerated vectors, checking the lanes, as
    /// <see cref="VectorizedPairs{TLabel, TPrediction, TWeight, TOperator}"/> does; <see langword="false"/> sends the
    /// caller to the guards and <see cref="Values{T, TOperator}"/> or <see cref="WeightedValues{T, TWeight, TOperator}"/>.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <typeparam name="TOperator">The generated operator, with scalar and vector members.</typeparam>
    /// <param name="op">The operator, carrying the state.</param>
    /// <param name="values">The values.</param>
    /// <param name="mask">Per-element mask, or empty for none.</param>
    /// <param name="weights">Per-element weights, or empty for none.</param>
    /// <param name="checks">The checks of the values to make on the lanes (<see cref="LaneChecks.PredictionsNotNaN"/>).</param>
    /// <returns>Whether the batch was accumulated.</returns>
    public static bool VectorizedValues<T, TWeight, TOperator>(
        ref TOperator op, ReadOnlySpan<T> values, ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights, LaneChecks checks)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IWeightedValueOperator<T, TWeight>,
            IVectorOperator<TOperator, Vector512<double>>, IVectorOperator<TOperator, Vector256<double>>, IVectorOperator<TOperator, Vector128<double>> =>
        Lanes<T>() && Lanes<TWeight>() && TryVectorized(ref op, ReadOnlySpan<T>.Empty, values, mask, weights, checks with { LabelClasses = 0 });

    private static bool Lanes<T>() => typeof(T) == typeof(double) || typeof(T) == typeof(float) || typeof(T) == typeof(int);

    private static bool TryVectorized<TLabel, TPrediction, TWeight, TOperator>(
        ref TOperator op, ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, ReadOnlySpan<bool> mask,
        ReadOnlySpan<TWeight> weights, LaneChecks checks)
        where TOperator : struct,
            IVectorOperator<TOperator, Vector512<double>>, IVectorOperator<TOperator, Vector256<double>>, IVectorOperator<TOperator, Vector128<double>>
    {
        var source = new Blocks<TLabel, TPrediction, TWeight>(labels, predictions, mask, weights, checks);
        if (Width512.IsAccelerated && predictions.Length >= Width512.Count)
        {
            return Elementwise<Width512, Vector512<double>, TLabel, TPrediction, TWeight, TOperator>(ref op, source);
        }

        if (Width256.IsAccelerated && predictions.Length >= Width256.Count)
        {
            return Elementwise<Width256, Vector256<double>, TLabel, TPrediction, TWeight, TOperator>(ref op, source);
        }

        if (Width128.IsAccelerated && predictions.Length >= Width128.Count)
        {
            return Elementwise<Width128, Vector128<double>, TLabel, TPrediction, TWeight, TOperator>(ref op, source);
        }

        return false;
    }

    // The one vector loop, specialised by the JIT for the inputs present (labels, mask and weights are type-level
    // flags, so the block step has no per-block branch on them). Four lane accumulators (Lanes<TVector> locals, which
    // the JIT keeps in registers) are four independent dependency chains starting at the identity; blocks are visited
    // in a fixed order that does not depend on alignment, and the last partial block is re-read overlapping the
    // previous one with its already-counted lanes masked off, so nothing past the end is read. Full blocks without
    // mask and weights take the operator's unmasked Add, which applies no keep mask. The input checks OR their failing
    // lanes into one more accumulator; the state is folded only when it stays clear.
    private static bool Elementwise<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator>(
        ref TOperator op, in Blocks<TLabel, TPrediction, TWeight> source)
        where TWidth : struct, IVectorWidth<TVector>
        where TVector : struct
        where TOperator : struct, IVectorOperator<TOperator, TVector>
    {
        return source.HasLabels
            ? Elementwise<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, Present>(ref op, source)
            : Elementwise<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, Absent>(ref op, source);
    }

    private static bool Elementwise<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels>(
        ref TOperator op, in Blocks<TLabel, TPrediction, TWeight> source)
        where TWidth : struct, IVectorWidth<TVector>
        where TVector : struct
        where TOperator : struct, IVectorOperator<TOperator, TVector>
        where THasLabels : struct, IPresence
    {
        return (source.HasMask, source.HasWeights) switch
        {
            (false, false) => Loop<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, Absent, Absent>(ref op, source),
            (true, false) => Loop<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, Present, Absent>(ref op, source),
            (false, true) => Loop<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, Absent, Present>(ref op, source),
            _ => Loop<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, Present, Present>(ref op, source),
        };
    }

    private static bool Loop<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(
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
        var checks = new Checks(source.Checks);
        var guard0 = default(LaneGuard<TVector>);
        var guard1 = guard0;
        var guard2 = guard0;
        var guard3 = guard0;
        TOperator.Reset(out var chain0);
        var chain1 = chain0;
        var chain2 = chain0;
        var chain3 = chain0;
        nuint i = 0;
        for (; i + (Chains * width) <= length; i += Chains * width)
        {
            Block<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(reader, ref chain0, ref guard0, checks, source, i);
            Block<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(reader, ref chain1, ref guard1, checks, source, i + width);
            Block<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(reader, ref chain2, ref guard2, checks, source, i + (2 * width));
            Block<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(reader, ref chain3, ref guard3, checks, source, i + (3 * width));
        }

        // Merged before anything else runs, so that no chain lives across a call (every vector register is
        // caller-saved, and the JIT would then keep the chains in memory inside the loop).
        TOperator.Merge(ref chain0, chain1);
        TOperator.Merge(ref chain0, chain2);
        TOperator.Merge(ref chain0, chain3);
        guard0.Merge<TWidth>(guard1);
        guard0.Merge<TWidth>(guard2);
        guard0.Merge<TWidth>(guard3);
        for (; i + width <= length; i += width)
        {
            Block<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(reader, ref chain0, ref guard0, checks, source, i);
        }

        if (i < length)
        {
            var remaining = (int)(length - i);
            Tail<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(
                reader, ref chain0, ref guard0, checks, source, length - width, TWidth.LanesFrom(TWidth.Count - remaining));
        }

        if (guard0.Failed<TWidth>(source.Checks.LabelClasses) || !TOperator.Represents(chain0))
        {
            return false;
        }

        op.Fold(chain0);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Block<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(
        in TOperator op, ref Lanes<TVector> lanes, ref LaneGuard<TVector> guard, in Checks checks, in Blocks<TLabel, TPrediction, TWeight> source,
        nuint index)
        where TWidth : struct, IVectorWidth<TVector>
        where TVector : struct
        where TOperator : struct, IVectorOperator<TOperator, TVector>
        where THasLabels : struct, IPresence
        where THasMask : struct, IPresence
        where THasWeights : struct, IPresence
    {
        var labels = THasLabels.IsPresent ? TWidth.Load(ref source.Labels, index) : TWidth.Zero;
        var predictions = TWidth.Load(ref source.Predictions, index);
        var included = THasMask.IsPresent ? TWidth.MaskLanes(ref source.Mask, index) : TWidth.AllBits;
        if (THasWeights.IsPresent)
        {
            var weights = TWidth.Load(ref source.Weights, index);
            var keep = TWidth.NonZero(weights);
            if (THasMask.IsPresent)
            {
                keep = TWidth.And(keep, included);
            }

            guard.Weights<TWidth>(weights);
            Check<TWidth, TVector, THasLabels, THasMask>(ref guard, checks, labels, predictions, included, keep);
            op.Add(ref lanes, labels, predictions, weights, keep);
        }
        else if (THasMask.IsPresent)
        {
            Check<TWidth, TVector, THasLabels, THasMask>(ref guard, checks, labels, predictions, included, included);
            op.Add(ref lanes, labels, predictions, included);
        }
        else
        {
            Check<TWidth, TVector, THasLabels, THasMask>(ref guard, checks, labels, predictions, included, included);
            op.Add(ref lanes, labels, predictions);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Tail<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator, THasLabels, THasMask, THasWeights>(
        in TOperator op, ref Lanes<TVector> lanes, ref LaneGuard<TVector> guard, in Checks checks, in Blocks<TLabel, TPrediction, TWeight> source,
        nuint index, TVector keep)
        where TWidth : struct, IVectorWidth<TVector>
        where TVector : struct
        where TOperator : struct, IVectorOperator<TOperator, TVector>
        where THasLabels : struct, IPresence
        where THasMask : struct, IPresence
        where THasWeights : struct, IPresence
    {
        // The lanes re-read from the previous block are checked again: harmless, they passed or already failed.
        var labels = THasLabels.IsPresent ? TWidth.Load(ref source.Labels, index) : TWidth.Zero;
        var predictions = TWidth.Load(ref source.Predictions, index);
        var included = THasMask.IsPresent ? TWidth.MaskLanes(ref source.Mask, index) : TWidth.AllBits;
        keep = TWidth.And(keep, included);
        if (THasWeights.IsPresent)
        {
            var weights = TWidth.Load(ref source.Weights, index);
            guard.Weights<TWidth>(weights);
            keep = TWidth.And(keep, TWidth.NonZero(weights));
            Check<TWidth, TVector, THasLabels, Present>(ref guard, checks, labels, predictions, included, keep);
            op.Add(ref lanes, labels, predictions, weights, keep);
        }
        else
        {
            Check<TWidth, TVector, THasLabels, Present>(ref guard, checks, labels, predictions, included, keep);
            op.Add(ref lanes, labels, predictions, keep);
        }
    }

    // Class indices are checked where the element is not masked out (as MetricGuard.ClassIndices), NaN predictions
    // where it is kept (as MetricGuard.NotNaN: a masked or zero-weight NaN is allowed).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Check<TWidth, TVector, THasLabels, TSelects>(
        ref LaneGuard<TVector> guard, in Checks checks, TVector labels, TVector predictions, TVector included, TVector keep)
        where TWidth : struct, IVectorWidth<TVector>
        where TVector : struct
        where THasLabels : struct, IPresence
        where TSelects : struct, IPresence
    {
        if (THasLabels.IsPresent && checks.LabelClasses)
        {
            guard.Labels<TWidth>(TSelects.IsPresent ? TWidth.And(labels, included) : labels);
        }

        if (checks.PredictionsNotNaN)
        {
            var nan = TWidth.IsNaN(predictions);
            guard.Flag<TWidth>(TSelects.IsPresent ? TWidth.And(nan, keep) : nan);
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

    /// <summary>The lane checks of one batch, as flags the loop tests (predictably) per block.</summary>
    private readonly struct Checks
    {
        public readonly bool LabelClasses;
        public readonly bool PredictionsNotNaN;

        public Checks(LaneChecks checks)
        {
            LabelClasses = checks.LabelClasses > 0;
            PredictionsNotNaN = checks.PredictionsNotNaN;
        }
    }

    /// <summary>
    /// What the lane checks of one dependency chain have seen, kept as running extremes rather than per-lane flags (one instruction per check
    /// and block): the least weight, a probe that turns NaN at the first NaN or infinite weight, the least and greatest
    /// included label, and the lanes flagged by the NaN check. Every field starts at 0, which passes every check.
    /// </summary>
    private struct LaneGuard<TVector>
        where TVector : struct
    {
        private TVector _leastWeight;
        private TVector _weightProbe;
        private TVector _leastLabel;
        private TVector _greatestLabel;
        private TVector _flagged;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Weights<TWidth>(TVector weights)
            where TWidth : struct, IVectorWidth<TVector>
        {
            _leastWeight = TWidth.Min(_leastWeight, weights);
            _weightProbe = TWidth.NonFiniteProbe(_weightProbe, weights);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Labels<TWidth>(TVector labels)
            where TWidth : struct, IVectorWidth<TVector>
        {
            _leastLabel = TWidth.Min(_leastLabel, labels);
            _greatestLabel = TWidth.Max(_greatestLabel, labels);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Flag<TWidth>(TVector lanes)
            where TWidth : struct, IVectorWidth<TVector>
        {
            _flagged = TWidth.Or(_flagged, lanes);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Merge<TWidth>(in LaneGuard<TVector> other)
            where TWidth : struct, IVectorWidth<TVector>
        {
            _leastWeight = TWidth.Min(_leastWeight, other._leastWeight);
            _weightProbe = TWidth.NonFiniteProbe(_weightProbe, other._weightProbe);
            _leastLabel = TWidth.Min(_leastLabel, other._leastLabel);
            _greatestLabel = TWidth.Max(_greatestLabel, other._greatestLabel);
            _flagged = TWidth.Or(_flagged, other._flagged);
        }

        public readonly bool Failed<TWidth>(int labelClasses)
            where TWidth : struct, IVectorWidth<TVector>
        {
            return TWidth.AnyBelow(_leastWeight, 0) || TWidth.AnyNaN(_weightProbe)
                || TWidth.AnyBelow(_leastLabel, 0) || (labelClasses > 0 && TWidth.AnyAtOrAbove(_greatestLabel, labelClasses))
                || TWidth.Any(_flagged);
        }
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
        public readonly LaneChecks Checks;

        public Blocks(
            ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights,
            LaneChecks checks)
        {
            Labels = ref MemoryMarshal.GetReference(labels);
            Predictions = ref MemoryMarshal.GetReference(predictions);
            Mask = ref MemoryMarshal.GetReference(mask);
            Weights = ref MemoryMarshal.GetReference(weights);
            HasLabels = !labels.IsEmpty;
            HasMask = !mask.IsEmpty;
            HasWeights = !weights.IsEmpty;
            Length = (nuint)predictions.Length;
            Checks = checks;
        }
    }
}
