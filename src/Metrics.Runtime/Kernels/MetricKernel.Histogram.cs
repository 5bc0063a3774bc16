using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Metrics.Kernels;

/// <summary>
/// The histogram loop: updates whose contribution is one <see cref="SumArray"/> cell. Elements are taken in chunks;
/// the cells of a chunk are computed into a stack buffer (by the operator's vector form, width by width, or its
/// scalar form), then the chunk's increments are scattered into interleaved sub-histograms and summed into the state.
/// </summary>
/// <remarks>
/// Element <c>g</c> of a batch always goes to sub-histogram <c>g % 4</c>, whatever computed its cell, so counts and
/// weighted sums are the same on every vector width and on the scalar path. Four sub-histograms break the
/// store-to-load dependency between consecutive increments of the same cell. A dropped element (masked, weight 0) is
/// sent to a spare cell past the end that is never read, so its cell (a NaN in a masked lane included) never counts;
/// a kept element whose cell lies outside the array is an <see cref="ArgumentOutOfRangeException"/>.
/// </remarks>
public static partial class MetricKernel
{
    private const int HistogramChunk = 1024;
    private const int HistogramWays = 4;

    // In front of a chunk's cells, room for the last block of a chunk re-read from before the chunk's start.
    private const int HistogramPad = 8;

    // Sub-histograms up to this many bytes in all live on the stack; larger arrays (a big confusion matrix) rent.
    private const int HistogramStackBytes = 16 * 1024;

    /// <summary>
    /// Adds every kept (label, prediction) pair's weight (1 unweighted) to its cell of <paramref name="target"/>, the
    /// cells computed by the operator's scalar form.
    /// </summary>
    /// <typeparam name="TLabel">The label type.</typeparam>
    /// <typeparam name="TPrediction">The prediction type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <typeparam name="TOperator">The generated operator.</typeparam>
    /// <param name="op">The operator.</param>
    /// <param name="labels">The labels.</param>
    /// <param name="predictions">The predictions, as many as labels.</param>
    /// <param name="mask">Per-element mask, or empty for none.</param>
    /// <param name="weights">Non-negative finite per-element weights, or empty for none.</param>
    /// <param name="target">The allocated array state field, updated in place.</param>
    /// <exception cref="ArgumentOutOfRangeException">A kept element's cell lies outside <paramref name="target"/>.</exception>
    public static void HistogramPairs<TLabel, TPrediction, TWeight, TOperator>(
        ref TOperator op, ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, ReadOnlySpan<bool> mask,
        ReadOnlySpan<TWeight> weights, SumArray target)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IHistogramPairOperator<TLabel, TPrediction> =>
        _ = Histogram<TLabel, TPrediction, TWeight, TOperator, ScalarCells<TLabel, TPrediction, TWeight, TOperator>>(
            ref op, labels, predictions, mask, weights, target, LaneChecks.None);

    /// <summary>
    /// As <see cref="HistogramPairs{TLabel, TPrediction, TWeight, TOperator}"/>, the cells computed with the widest
    /// accelerated vectors, checking the weights and the <paramref name="checks"/> on the lanes it loads anyway. It
    /// returns <see langword="false"/>, leaving <paramref name="target"/> untouched, when the operator's vector form
    /// does not apply (<see cref="IHistogramPairOperator{TLabel, TPrediction}.VectorApplies"/>), the inputs do not load
    /// as lanes, the batch is shorter than a vector, or a kept lane fails a check or falls outside the array; the
    /// caller then runs the exact guards and <see cref="HistogramPairs{TLabel, TPrediction, TWeight, TOperator}"/>,
    /// which name the offending element.
    /// </summary>
    /// <typeparam name="TLabel">The label type.</typeparam>
    /// <typeparam name="TPrediction">The prediction type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <typeparam name="TOperator">The generated operator, with scalar and vector members.</typeparam>
    /// <param name="op">The operator.</param>
    /// <param name="labels">The labels.</param>
    /// <param name="predictions">The predictions, as many as labels.</param>
    /// <param name="mask">Per-element mask, or empty for none.</param>
    /// <param name="weights">Per-element weights, or empty for none.</param>
    /// <param name="target">The allocated array state field, updated in place.</param>
    /// <param name="checks">The checks of labels and predictions to make on the lanes.</param>
    /// <returns>Whether the batch was counted.</returns>
    public static bool VectorizedHistogramPairs<TLabel, TPrediction, TWeight, TOperator>(
        ref TOperator op, ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, ReadOnlySpan<bool> mask,
        ReadOnlySpan<TWeight> weights, SumArray target, LaneChecks checks)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IHistogramPairOperator<TLabel, TPrediction>,
            IVectorHistogramOperator<Vector512<double>>, IVectorHistogramOperator<Vector256<double>>, IVectorHistogramOperator<Vector128<double>>
    {
        if (!op.VectorApplies || !Lanes<TLabel>() || !Lanes<TPrediction>() || (!weights.IsEmpty && !Lanes<TWeight>()))
        {
            return false;
        }

        if (Width512.IsAccelerated && predictions.Length >= Width512.Count)
        {
            return Histogram<TLabel, TPrediction, TWeight, TOperator, VectorCells<Width512, Vector512<double>, TLabel, TPrediction, TWeight, TOperator>>(
                ref op, labels, predictions, mask, weights, target, checks);
        }

        if (Width256.IsAccelerated && predictions.Length >= Width256.Count)
        {
            return Histogram<TLabel, TPrediction, TWeight, TOperator, VectorCells<Width256, Vector256<double>, TLabel, TPrediction, TWeight, TOperator>>(
                ref op, labels, predictions, mask, weights, target, checks);
        }

        if (Width128.IsAccelerated && predictions.Length >= Width128.Count)
        {
            return Histogram<TLabel, TPrediction, TWeight, TOperator, VectorCells<Width128, Vector128<double>, TLabel, TPrediction, TWeight, TOperator>>(
                ref op, labels, predictions, mask, weights, target, checks);
        }

        return false;
    }

    // Counts go to the stack (or rented) sub-histograms first and reach the state only after the last chunk, so a
    // chunk whose lanes fail a check leaves the state untouched.
    private static bool Histogram<TLabel, TPrediction, TWeight, TOperator, TCells>(
        ref TOperator op, ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, ReadOnlySpan<bool> mask,
        ReadOnlySpan<TWeight> weights, SumArray target, LaneChecks checks)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct
        where TCells : struct, IHistogramCells<TLabel, TPrediction, TWeight, TOperator>
    {
        if (predictions.IsEmpty)
        {
            return true;
        }

        var cells = MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(target.Cells), target.Length);
        var spare = cells.Length;
        var stride = spare + 1;
        var source = new Blocks<TLabel, TPrediction, TWeight>(labels, predictions, mask, weights, checks);
        Span<int> chunk = stackalloc int[HistogramPad + HistogramChunk];
        var reader = op;
        var passed = true;
        if (weights.IsEmpty)
        {
            int[]? rented = null;
            var counts = (long)HistogramWays * stride * sizeof(int) <= HistogramStackBytes
                ? stackalloc int[HistogramWays * stride]
                : (rented = ArrayPool<int>.Shared.Rent(HistogramWays * stride)).AsSpan(0, HistogramWays * stride);
            counts.Clear();
            for (var start = 0; start < predictions.Length; start += HistogramChunk)
            {
                var count = Math.Min(HistogramChunk, predictions.Length - start);
                passed = TCells.Fill(reader, source, start, count, chunk, spare);
                if (!passed)
                {
                    break;
                }

                HistogramCount(chunk.Slice(HistogramPad, count), counts, stride);
            }

            for (var cell = 0; passed && cell < spare; cell++)
            {
                cells[cell] += (double)((long)counts[cell] + counts[stride + cell] + counts[(2 * stride) + cell] + counts[(3 * stride) + cell]);
            }

            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
        else
        {
            double[]? rented = null;
            var sums = (long)HistogramWays * stride * sizeof(double) <= HistogramStackBytes
                ? stackalloc double[HistogramWays * stride]
                : (rented = ArrayPool<double>.Shared.Rent(HistogramWays * stride)).AsSpan(0, HistogramWays * stride);
            sums.Clear();
            for (var start = 0; start < predictions.Length; start += HistogramChunk)
            {
                var count = Math.Min(HistogramChunk, predictions.Length - start);
                passed = TCells.Fill(reader, source, start, count, chunk, spare);
                if (!passed)
                {
                    break;
                }

                HistogramSum(chunk.Slice(HistogramPad, count), weights.Slice(start, count), sums, stride);
            }

            for (var cell = 0; passed && cell < spare; cell++)
            {
                cells[cell] += (sums[cell] + sums[stride + cell]) + (sums[(2 * stride) + cell] + sums[(3 * stride) + cell]);
            }

            if (rented is not null)
            {
                ArrayPool<double>.Shared.Return(rented);
            }
        }

        return passed;
    }

    // Cells are in [0, spare] (checked when filled; a chunk that failed is not counted), so the increments need no bounds checks.
    private static void HistogramCount(ReadOnlySpan<int> cells, Span<int> counts, int stride)
    {
        ref var cell = ref MemoryMarshal.GetReference(cells);
        ref var way0 = ref MemoryMarshal.GetReference(counts);
        ref var way1 = ref Unsafe.Add(ref way0, stride);
        ref var way2 = ref Unsafe.Add(ref way1, stride);
        ref var way3 = ref Unsafe.Add(ref way2, stride);
        var i = 0;
        for (; i + HistogramWays <= cells.Length; i += HistogramWays)
        {
            Unsafe.Add(ref way0, Unsafe.Add(ref cell, i))++;
            Unsafe.Add(ref way1, Unsafe.Add(ref cell, i + 1))++;
            Unsafe.Add(ref way2, Unsafe.Add(ref cell, i + 2))++;
            Unsafe.Add(ref way3, Unsafe.Add(ref cell, i + 3))++;
        }

        for (; i < cells.Length; i++)
        {
            Unsafe.Add(ref Unsafe.Add(ref way0, (i % HistogramWays) * stride), Unsafe.Add(ref cell, i))++;
        }
    }

    private static void HistogramSum<TWeight>(ReadOnlySpan<int> cells, ReadOnlySpan<TWeight> weights, Span<double> sums, int stride)
        where TWeight : INumberBase<TWeight>
    {
        ref var cell = ref MemoryMarshal.GetReference(cells);
        ref var weight = ref MemoryMarshal.GetReference(weights);
        ref var way0 = ref MemoryMarshal.GetReference(sums);
        ref var way1 = ref Unsafe.Add(ref way0, stride);
        ref var way2 = ref Unsafe.Add(ref way1, stride);
        ref var way3 = ref Unsafe.Add(ref way2, stride);
        var i = 0;
        for (; i + HistogramWays <= cells.Length; i += HistogramWays)
        {
            Unsafe.Add(ref way0, Unsafe.Add(ref cell, i)) += double.CreateTruncating(Unsafe.Add(ref weight, i));
            Unsafe.Add(ref way1, Unsafe.Add(ref cell, i + 1)) += double.CreateTruncating(Unsafe.Add(ref weight, i + 1));
            Unsafe.Add(ref way2, Unsafe.Add(ref cell, i + 2)) += double.CreateTruncating(Unsafe.Add(ref weight, i + 2));
            Unsafe.Add(ref way3, Unsafe.Add(ref cell, i + 3)) += double.CreateTruncating(Unsafe.Add(ref weight, i + 3));
        }

        for (; i < cells.Length; i++)
        {
            Unsafe.Add(ref Unsafe.Add(ref way0, (i % HistogramWays) * stride), Unsafe.Add(ref cell, i)) += double.CreateTruncating(Unsafe.Add(ref weight, i));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowCellOutOfRange(int index, double cell, int length) => throw CellOutOfRange(index, cell, length);

    private static ArgumentOutOfRangeException CellOutOfRange(int index, double cell, int length) =>
        new("predictions", cell, $"The element at index {index} falls in cell {cell} of a state array of {length} cells; its update must give a cell in [0, {length}).");

    /// <summary>How a chunk's cells are computed.</summary>
    private interface IHistogramCells<TLabel, TPrediction, TWeight, TOperator>
    {
        /// <summary>
        /// Writes the cells of elements <c>[start, start + count)</c> to <c>chunk[HistogramPad..]</c>, <paramref name="spare"/>
        /// for dropped elements; the pad in front may receive cells of elements before <paramref name="start"/>. Returns
        /// <see langword="false"/> when a kept lane failed a lane check or fell outside the array (the chunk is then
        /// not counted).
        /// </summary>
        static abstract bool Fill(in TOperator op, in Blocks<TLabel, TPrediction, TWeight> source, int start, int count, Span<int> chunk, int spare);
    }

    private readonly struct ScalarCells<TLabel, TPrediction, TWeight, TOperator> : IHistogramCells<TLabel, TPrediction, TWeight, TOperator>
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IHistogramPairOperator<TLabel, TPrediction>
    {
        public static bool Fill(in TOperator op, in Blocks<TLabel, TPrediction, TWeight> source, int start, int count, Span<int> chunk, int spare)
        {
            var reader = op;
            for (var i = 0; i < count; i++)
            {
                var index = (nuint)(start + i);
                if ((source.HasMask && !Unsafe.Add(ref source.Mask, index))
                    || (source.HasWeights && TWeight.IsZero(Unsafe.Add(ref source.Weights, index))))
                {
                    chunk[HistogramPad + i] = spare;
                    continue;
                }

                var cell = CellOf(reader, source.HasLabels ? Unsafe.Add(ref source.Labels, index) : default!, Unsafe.Add(ref source.Predictions, index));
                if ((uint)cell >= (uint)spare)
                {
                    ThrowCellOutOfRange(start + i, cell, spare);
                }

                chunk[HistogramPad + i] = cell;
            }

            return true;
        }

        // Out of line: the whole update inlined into this loop (Math.Exp and all) ran twice as slowly (probe, fromLogits).
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int CellOf(in TOperator op, TLabel label, TPrediction prediction) => op.Cell(label, prediction);
    }

    private readonly struct VectorCells<TWidth, TVector, TLabel, TPrediction, TWeight, TOperator> : IHistogramCells<TLabel, TPrediction, TWeight, TOperator>
        where TWidth : struct, IVectorWidth<TVector>
        where TVector : struct
        where TOperator : struct, IVectorHistogramOperator<TVector>
    {
        public static bool Fill(in TOperator op, in Blocks<TLabel, TPrediction, TWeight> source, int start, int count, Span<int> chunk, int spare) =>
            (source.HasLabels, source.HasMask, source.HasWeights) switch
            {
                (true, false, false) => Fill<Present, Absent, Absent>(op, source, start, count, chunk, spare),
                (true, true, false) => Fill<Present, Present, Absent>(op, source, start, count, chunk, spare),
                (true, false, true) => Fill<Present, Absent, Present>(op, source, start, count, chunk, spare),
                (true, true, true) => Fill<Present, Present, Present>(op, source, start, count, chunk, spare),
                (false, false, false) => Fill<Absent, Absent, Absent>(op, source, start, count, chunk, spare),
                (false, true, false) => Fill<Absent, Present, Absent>(op, source, start, count, chunk, spare),
                (false, false, true) => Fill<Absent, Absent, Present>(op, source, start, count, chunk, spare),
                _ => Fill<Absent, Present, Present>(op, source, start, count, chunk, spare),
            };

        // Out of line, a compact loop: inlined four times into the chunk loop, its lanes were spilled to the stack. The
        // inputs present are type-level flags, as in the element-wise loop: a loop body without branches is one the JIT
        // recognises, so it hoists the operator's parameter-only lanes (the grid's reciprocal) out of it.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static bool Fill<THasLabels, THasMask, THasWeights>(
            in TOperator op, in Blocks<TLabel, TPrediction, TWeight> source, int start, int count, Span<int> chunk, int spare)
            where THasLabels : struct, IPresence
            where THasMask : struct, IPresence
            where THasWeights : struct, IPresence
        {
            var reader = op;
            var width = TWidth.Count;
            ref var first = ref chunk[HistogramPad];
            var limit = Splat<TVector>(spare);
            var checks = new Checks(source.Checks);
            var guard = default(LaneGuard<TVector>);
            var i = 0;
            for (; i + width <= count; i += width)
            {
                Block<THasLabels, THasMask, THasWeights>(reader, ref guard, checks, source, start + i, ref Unsafe.Add(ref first, i), limit);
            }

            // The last partial block ends at the chunk's end; its lanes before it repeat cells already written (and checked).
            if (i < count)
            {
                Block<THasLabels, THasMask, THasWeights>(reader, ref guard, checks, source, start + count - width, ref Unsafe.Add(ref first, count - width), limit);
            }

            return !guard.Failed<TWidth>(source.Checks.LabelClasses);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Block<THasLabels, THasMask, THasWeights>(
            in TOperator op, ref LaneGuard<TVector> guard, in Checks checks, in Blocks<TLabel, TPrediction, TWeight> source, int start,
            ref int destination, TVector limit)
            where THasLabels : struct, IPresence
            where THasMask : struct, IPresence
            where THasWeights : struct, IPresence
        {
            var index = (nuint)start;
            var labels = THasLabels.IsPresent ? TWidth.Load(ref source.Labels, index) : TWidth.Zero;
            var predictions = TWidth.Load(ref source.Predictions, index);
            var cells = op.Cells(labels, predictions);
            var included = THasMask.IsPresent ? TWidth.MaskLanes(ref source.Mask, index) : TWidth.AllBits;
            var keep = included;
            if (THasWeights.IsPresent)
            {
                var weights = TWidth.Load(ref source.Weights, index);
                guard.Weights<TWidth>(weights);
                keep = TWidth.And(keep, TWidth.NonZero(weights));
            }

            // Absent labels load as zeros, which pass the class check.
            Check<TWidth, TVector, Present, Present>(ref guard, checks, labels, predictions, included, keep);
            guard.Flag<TWidth>(OutOfRange(cells, keep, limit));
            Store(Select(keep, cells, limit), ref destination);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Splat<TVector>(int value)
        where TVector : struct
    {
        if (typeof(TVector) == typeof(Vector512<double>))
        {
            return (TVector)(object)Vector512.Create((double)value);
        }

        if (typeof(TVector) == typeof(Vector256<double>))
        {
            return (TVector)(object)Vector256.Create((double)value);
        }

        return (TVector)(object)Vector128.Create((double)value);
    }

    // The kept lanes whose cell is outside [0, limit) (NaN included), as all-bits lanes.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector OutOfRange<TVector>(TVector cells, TVector keep, TVector limit)
        where TVector : struct
    {
        if (typeof(TVector) == typeof(Vector512<double>))
        {
            var c = (Vector512<double>)(object)cells;
            var inside = Vector512.GreaterThanOrEqual(c, Vector512<double>.Zero) & Vector512.LessThan(c, (Vector512<double>)(object)limit);
            return (TVector)(object)Vector512.AndNot((Vector512<double>)(object)keep, inside);
        }

        if (typeof(TVector) == typeof(Vector256<double>))
        {
            var c = (Vector256<double>)(object)cells;
            var inside = Vector256.GreaterThanOrEqual(c, Vector256<double>.Zero) & Vector256.LessThan(c, (Vector256<double>)(object)limit);
            return (TVector)(object)Vector256.AndNot((Vector256<double>)(object)keep, inside);
        }

        var c128 = (Vector128<double>)(object)cells;
        var inside128 = Vector128.GreaterThanOrEqual(c128, Vector128<double>.Zero) & Vector128.LessThan(c128, (Vector128<double>)(object)limit);
        return (TVector)(object)Vector128.AndNot((Vector128<double>)(object)keep, inside128);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Select<TVector>(TVector keep, TVector cells, TVector spare)
        where TVector : struct =>
        typeof(TVector) == typeof(Vector512<double>)
            ? (TVector)(object)Vector512.ConditionalSelect((Vector512<double>)(object)keep, (Vector512<double>)(object)cells, (Vector512<double>)(object)spare)
        : typeof(TVector) == typeof(Vector256<double>)
            ? (TVector)(object)Vector256.ConditionalSelect((Vector256<double>)(object)keep, (Vector256<double>)(object)cells, (Vector256<double>)(object)spare)
            : (TVector)(object)Vector128.ConditionalSelect((Vector128<double>)(object)keep, (Vector128<double>)(object)cells, (Vector128<double>)(object)spare);

    // Whole-number lanes in [0, spare] convert exactly.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store<TVector>(TVector cells, ref int destination)
        where TVector : struct
    {
        if (typeof(TVector) == typeof(Vector512<double>))
        {
            Avx512F.ConvertToVector256Int32WithTruncation((Vector512<double>)(object)cells).StoreUnsafe(ref destination);
        }
        else if (typeof(TVector) == typeof(Vector256<double>))
        {
            Avx.ConvertToVector128Int32WithTruncation((Vector256<double>)(object)cells).StoreUnsafe(ref destination);
        }
        else if (Sse2.IsSupported)
        {
            var pair = Sse2.ConvertToVector128Int32WithTruncation((Vector128<double>)(object)cells);
            Unsafe.WriteUnaligned(ref Unsafe.As<int, byte>(ref destination), pair.AsInt64().ToScalar());
        }
        else
        {
            var wide = Vector128.ConvertToInt64((Vector128<double>)(object)cells);
            destination = (int)wide.GetElement(0);
            Unsafe.Add(ref destination, 1) = (int)wide.GetElement(1);
        }
    }
}
