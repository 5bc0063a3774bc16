using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Metrics.Kernels;

/// <summary>
/// The only batch loops of Metrics.Dsl. Generated metrics pass their operator struct (which carries the state
/// and the captured parameters) and already validated inputs; the loops select the kept elements (mask set,
/// weight non-zero) and hand each one to the operator. A masked or zero-weight element is never read by the
/// operator, so a NaN in it cannot reach the state.
/// </summary>
/// <remarks>
/// Inputs must have been validated by the caller (equal lengths; a mask or weights span is either empty,
/// meaning "absent", or as long as the batch). The operator methods are generic over the operator struct so the
/// JIT specialises and inlines each instantiation; vector widths plug in here, behind
/// <see cref="IValueOperator{T}.Vectorizable"/>, without changing the generated code.
/// </remarks>
public static partial class MetricKernel
{
    /// <summary>Accumulates every kept element of a batch of single values.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TOperator">The generated operator.</typeparam>
    /// <param name="op">The operator, carrying the state.</param>
    /// <param name="values">The values.</param>
    /// <param name="mask">Per-element mask, or empty for none.</param>
    public static void Values<T, TOperator>(ref TOperator op, ReadOnlySpan<T> values, ReadOnlySpan<bool> mask)
        where TOperator : struct, IValueOperator<T>
    {
        Debug.Assert(mask.IsEmpty || mask.Length == values.Length);
        ref var v = ref MemoryMarshal.GetReference(values);
        if (mask.IsEmpty)
        {
            for (var i = 0; i < values.Length; i++)
            {
                op.Add(Unsafe.Add(ref v, i));
            }

            return;
        }

        ref var m = ref MemoryMarshal.GetReference(mask);
        for (var i = 0; i < values.Length; i++)
        {
            if (Unsafe.Add(ref m, i))
            {
                op.Add(Unsafe.Add(ref v, i));
            }
        }
    }

    /// <summary>Accumulates every kept element of a weighted batch of single values.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <typeparam name="TOperator">The generated operator.</typeparam>
    /// <param name="op">The operator, carrying the state.</param>
    /// <param name="values">The values.</param>
    /// <param name="mask">Per-element mask, or empty for none.</param>
    /// <param name="weights">Non-negative per-element weights; elements of weight 0 are skipped.</param>
    public static void WeightedValues<T, TWeight, TOperator>(
        ref TOperator op, ReadOnlySpan<T> values, ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IWeightedValueOperator<T, TWeight>
    {
        Debug.Assert(weights.Length == values.Length && (mask.IsEmpty || mask.Length == values.Length));
        ref var v = ref MemoryMarshal.GetReference(values);
        ref var w = ref MemoryMarshal.GetReference(weights);
        for (var i = 0; i < values.Length; i++)
        {
            var weight = Unsafe.Add(ref w, i);
            if (Kept(mask, i, weight))
            {
                op.Add(Unsafe.Add(ref v, i), weight);
            }
        }
    }

    /// <summary>Accumulates every kept (label, prediction) pair of a batch.</summary>
    /// <typeparam name="TLabel">The label type.</typeparam>
    /// <typeparam name="TPrediction">The prediction type.</typeparam>
    /// <typeparam name="TOperator">The generated operator.</typeparam>
    /// <param name="op">The operator, carrying the state.</param>
    /// <param name="labels">The labels.</param>
    /// <param name="predictions">The predictions, as many as labels.</param>
    /// <param name="mask">Per-element mask, or empty for none.</param>
    public static void Pairs<TLabel, TPrediction, TOperator>(
        ref TOperator op, ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, ReadOnlySpan<bool> mask)
        where TOperator : struct, IPairOperator<TLabel, TPrediction>
    {
        Debug.Assert(labels.Length == predictions.Length && (mask.IsEmpty || mask.Length == labels.Length));
        ref var l = ref MemoryMarshal.GetReference(labels);
        ref var p = ref MemoryMarshal.GetReference(predictions);
        if (mask.IsEmpty)
        {
            for (var i = 0; i < labels.Length; i++)
            {
                op.Add(Unsafe.Add(ref l, i), Unsafe.Add(ref p, i));
            }

            return;
        }

        ref var m = ref MemoryMarshal.GetReference(mask);
        for (var i = 0; i < labels.Length; i++)
        {
            if (Unsafe.Add(ref m, i))
            {
                op.Add(Unsafe.Add(ref l, i), Unsafe.Add(ref p, i));
            }
        }
    }

    /// <summary>Accumulates every kept (label, prediction) pair of a weighted batch.</summary>
    /// <typeparam name="TLabel">The label type.</typeparam>
    /// <typeparam name="TPrediction">The prediction type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <typeparam name="TOperator">The generated operator.</typeparam>
    /// <param name="op">The operator, carrying the state.</param>
    /// <param name="labels">The labels.</param>
    /// <param name="predictions">The predictions, as many as labels.</param>
    /// <param name="mask">Per-element mask, or empty for none.</param>
    /// <param name="weights">Non-negative per-element weights; pairs of weight 0 are skipped.</param>
    public static void WeightedPairs<TLabel, TPrediction, TWeight, TOperator>(
        ref TOperator op, ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, ReadOnlySpan<bool> mask,
        ReadOnlySpan<TWeight> weights)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IWeightedPairOperator<TLabel, TPrediction, TWeight>
    {
        Debug.Assert(labels.Length == predictions.Length && weights.Length == labels.Length);
        ref var l = ref MemoryMarshal.GetReference(labels);
        ref var p = ref MemoryMarshal.GetReference(predictions);
        ref var w = ref MemoryMarshal.GetReference(weights);
        for (var i = 0; i < labels.Length; i++)
        {
            var weight = Unsafe.Add(ref w, i);
            if (Kept(mask, i, weight))
            {
                op.Add(Unsafe.Add(ref l, i), Unsafe.Add(ref p, i), weight);
            }
        }
    }

    /// <summary>Accumulates every kept row of a <c>[rows, columns]</c> batch with one scalar label per row.</summary>
    /// <typeparam name="TLabel">The label type.</typeparam>
    /// <typeparam name="TPrediction">The row element type.</typeparam>
    /// <typeparam name="TOperator">The generated operator.</typeparam>
    /// <param name="op">The operator, carrying the state.</param>
    /// <param name="labels">One label per row.</param>
    /// <param name="predictions">The rows, flattened row-major: <c>labels.Length * columns</c> elements.</param>
    /// <param name="columns">The row length.</param>
    /// <param name="mask">Per-row mask, or empty for none.</param>
    public static void Rows<TLabel, TPrediction, TOperator>(
        ref TOperator op, ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, int columns,
        ReadOnlySpan<bool> mask)
        where TOperator : struct, IRowOperator<TLabel, TPrediction>
    {
        Debug.Assert(predictions.Length == labels.Length * columns && (mask.IsEmpty || mask.Length == labels.Length));
        for (var row = 0; row < labels.Length; row++)
        {
            if (mask.IsEmpty || mask[row])
            {
                op.Add(labels[row], predictions.Slice(row * columns, columns));
            }
        }
    }

    /// <summary>Accumulates every kept row of a weighted <c>[rows, columns]</c> batch with one scalar label per row.</summary>
    /// <typeparam name="TLabel">The label type.</typeparam>
    /// <typeparam name="TPrediction">The row element type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <typeparam name="TOperator">The generated operator.</typeparam>
    /// <param name="op">The operator, carrying the state.</param>
    /// <param name="labels">One label per row.</param>
    /// <param name="predictions">The rows, flattened row-major: <c>labels.Length * columns</c> elements.</param>
    /// <param name="columns">The row length.</param>
    /// <param name="mask">Per-row mask, or empty for none.</param>
    /// <param name="weights">Non-negative per-row weights; rows of weight 0 are skipped.</param>
    public static void WeightedRows<TLabel, TPrediction, TWeight, TOperator>(
        ref TOperator op, ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, int columns,
        ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IWeightedRowOperator<TLabel, TPrediction, TWeight>
    {
        Debug.Assert(predictions.Length == labels.Length * columns && weights.Length == labels.Length);
        for (var row = 0; row < labels.Length; row++)
        {
            if (Kept(mask, row, weights[row]))
            {
                op.Add(labels[row], predictions.Slice(row * columns, columns), weights[row]);
            }
        }
    }

    /// <summary>Accumulates every kept pair of rows of two <c>[rows, columns]</c> batches.</summary>
    /// <typeparam name="TLabel">The label row element type.</typeparam>
    /// <typeparam name="TPrediction">The prediction row element type.</typeparam>
    /// <typeparam name="TOperator">The generated operator.</typeparam>
    /// <param name="op">The operator, carrying the state.</param>
    /// <param name="labels">The label rows, flattened row-major.</param>
    /// <param name="predictions">The prediction rows, flattened row-major, as long as <paramref name="labels"/>.</param>
    /// <param name="columns">The row length (at least 1).</param>
    /// <param name="mask">Per-row mask, or empty for none.</param>
    public static void RowPairs<TLabel, TPrediction, TOperator>(
        ref TOperator op, ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, int columns,
        ReadOnlySpan<bool> mask)
        where TOperator : struct, IRowPairOperator<TLabel, TPrediction>
    {
        Debug.Assert(columns > 0 && labels.Length == predictions.Length && labels.Length % columns == 0);
        var rows = labels.Length / columns;
        for (var row = 0; row < rows; row++)
        {
            if (mask.IsEmpty || mask[row])
            {
                op.Add(labels.Slice(row * columns, columns), predictions.Slice(row * columns, columns));
            }
        }
    }

    /// <summary>Accumulates every kept pair of rows of two weighted <c>[rows, columns]</c> batches.</summary>
    /// <typeparam name="TLabel">The label row element type.</typeparam>
    /// <typeparam name="TPrediction">The prediction row element type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <typeparam name="TOperator">The generated operator.</typeparam>
    /// <param name="op">The operator, carrying the state.</param>
    /// <param name="labels">The label rows, flattened row-major.</param>
    /// <param name="predictions">The prediction rows, flattened row-major, as long as <paramref name="labels"/>.</param>
    /// <param name="columns">The row length (at least 1).</param>
    /// <param name="mask">Per-row mask, or empty for none.</param>
    /// <param name="weights">Non-negative per-row weights; rows of weight 0 are skipped.</param>
    public static void WeightedRowPairs<TLabel, TPrediction, TWeight, TOperator>(
        ref TOperator op, ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, int columns,
        ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IWeightedRowPairOperator<TLabel, TPrediction, TWeight>
    {
        Debug.Assert(columns > 0 && labels.Length == predictions.Length && labels.Length == weights.Length * columns);
        for (var row = 0; row < weights.Length; row++)
        {
            if (Kept(mask, row, weights[row]))
            {
                op.Add(labels.Slice(row * columns, columns), predictions.Slice(row * columns, columns), weights[row]);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Kept<TWeight>(ReadOnlySpan<bool> mask, int index, TWeight weight)
        where TWeight : INumberBase<TWeight> =>
        !TWeight.IsZero(weight) && (mask.IsEmpty || mask[index]);
}
