using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Metrics.Kernels;

/// <summary>
/// Turns tensor arguments into the flat spans the kernel loops read, and checks their shapes. A dense tensor is
/// read in place; a strided or broadcast one is copied once into a pooled buffer.
/// </summary>
public static class TensorInput
{
    /// <summary>A flat view of a tensor's elements in row-major order; dispose to return a pooled copy.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    public ref struct Lease<T>
    {
        private T[]? _rented;

        internal Lease(ReadOnlySpan<T> span, T[]? rented)
        {
            Span = span;
            _rented = rented;
        }

        /// <summary>The elements, row-major.</summary>
        public ReadOnlySpan<T> Span { get; }

        /// <summary>Returns the pooled copy, if one was made.</summary>
        public void Dispose()
        {
            if (_rented is not null)
            {
                ArrayPool<T>.Shared.Return(_rented);
                _rented = null;
            }
        }
    }

    /// <summary>The elements of <paramref name="tensor"/> as one row-major span.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="tensor">The tensor.</param>
    public static Lease<T> Flatten<T>(in ReadOnlyTensorSpan<T> tensor)
    {
        var length = checked((int)tensor.FlattenedLength);
        if (length == 0)
        {
            return new Lease<T>(ReadOnlySpan<T>.Empty, null);
        }

        if (tensor.IsDense)
        {
            return new Lease<T>(MemoryMarshal.CreateReadOnlySpan(in tensor.GetPinnableReference(), length), null);
        }

        var rented = ArrayPool<T>.Shared.Rent(length);
        tensor.FlattenTo(rented.AsSpan(0, length));
        return new Lease<T>(rented.AsSpan(0, length), rented);
    }

    /// <summary>
    /// Checks that predictions, mask (when <paramref name="hasMask"/>) and weights (when <paramref name="hasWeights"/>)
    /// have the labels' shape, and flattens the four.
    /// </summary>
    /// <typeparam name="TLabel">The label type.</typeparam>
    /// <typeparam name="TPrediction">The prediction type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <param name="labels">The labels.</param>
    /// <param name="predictions">The predictions.</param>
    /// <param name="mask">The mask, when <paramref name="hasMask"/>.</param>
    /// <param name="hasMask">Whether the caller passed a mask.</param>
    /// <param name="weights">The weights, when <paramref name="hasWeights"/>.</param>
    /// <param name="hasWeights">Whether the caller passed weights.</param>
    /// <exception cref="ArgumentException">A shape differs from the labels'.</exception>
    public static TensorBatch<TLabel, TPrediction, TWeight> Pairs<TLabel, TPrediction, TWeight>(
        in ReadOnlyTensorSpan<TLabel> labels, in ReadOnlyTensorSpan<TPrediction> predictions, in ReadOnlyTensorSpan<bool> mask, bool hasMask,
        in ReadOnlyTensorSpan<TWeight> weights, bool hasWeights)
    {
        RequireShape(predictions, "predictions", labels.Lengths, "labels");
        RequireOptionalShapes(mask, hasMask, weights, hasWeights, labels.Lengths, "labels");
        return new(Flatten(labels), Flatten(predictions), Flatten(mask), Flatten(weights));
    }

    /// <summary>Checks that mask and weights (when present) have the values' shape, and flattens the three.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <param name="values">The values.</param>
    /// <param name="mask">The mask, when <paramref name="hasMask"/>.</param>
    /// <param name="hasMask">Whether the caller passed a mask.</param>
    /// <param name="weights">The weights, when <paramref name="hasWeights"/>.</param>
    /// <param name="hasWeights">Whether the caller passed weights.</param>
    /// <exception cref="ArgumentException">A shape differs from the values'.</exception>
    public static TensorBatch<T, T, TWeight> Values<T, TWeight>(
        in ReadOnlyTensorSpan<T> values, in ReadOnlyTensorSpan<bool> mask, bool hasMask, in ReadOnlyTensorSpan<TWeight> weights, bool hasWeights)
    {
        RequireOptionalShapes(mask, hasMask, weights, hasWeights, values.Lengths, "values");
        return new(default, Flatten(values), Flatten(mask), Flatten(weights));
    }

    private static void RequireOptionalShapes<TWeight>(
        in ReadOnlyTensorSpan<bool> mask, bool hasMask, in ReadOnlyTensorSpan<TWeight> weights, bool hasWeights, ReadOnlySpan<nint> shape, string shapeName)
    {
        if (hasMask)
        {
            RequireShape(mask, "mask", shape, shapeName);
        }

        if (hasWeights)
        {
            RequireShape(weights, "weights", shape, shapeName);
        }
    }

    /// <summary>Throws unless <paramref name="tensor"/> has exactly the shape <paramref name="expected"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="tensor">The tensor to check.</param>
    /// <param name="name">Its argument name.</param>
    /// <param name="expected">The required shape.</param>
    /// <param name="expectedName">What the shape comes from.</param>
    public static void RequireShape<T>(in ReadOnlyTensorSpan<T> tensor, string name, ReadOnlySpan<nint> expected, string expectedName)
    {
        if (!tensor.Lengths.SequenceEqual(expected))
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"'{name}' has shape {Shape(tensor.Lengths)} but '{expectedName}' requires {Shape(expected)}."),
                name);
        }
    }

    /// <summary>The row length (last dimension) of a row batch; throws for a rank-0 tensor.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="tensor">The <c>[..., columns]</c> tensor.</param>
    /// <param name="name">Its argument name.</param>
    public static int Columns<T>(in ReadOnlyTensorSpan<T> tensor, string name)
    {
        if (tensor.Rank < 1)
        {
            throw new ArgumentException($"'{name}' must have at least one dimension (the row).", name);
        }

        return checked((int)tensor.Lengths[tensor.Rank - 1]);
    }

    /// <summary>The shape of a row batch without its last (row) dimension.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="tensor">The <c>[..., columns]</c> tensor.</param>
    public static ReadOnlySpan<nint> RowShape<T>(in ReadOnlyTensorSpan<T> tensor) =>
        tensor.Lengths[..Math.Max(0, tensor.Rank - 1)];

    private static string Shape(ReadOnlySpan<nint> lengths)
    {
        var parts = new string[lengths.Length];
        for (var i = 0; i < lengths.Length; i++)
        {
            parts[i] = lengths[i].ToString(CultureInfo.InvariantCulture);
        }

        return "[" + string.Join(", ", parts) + "]";
    }
}
