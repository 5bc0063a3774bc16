using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Metrics.Kernels;

/// <summary>Views of two-dimensional <c>[rows, columns]</c> arrays as the flat row-major spans the kernel loops read.</summary>
public static class ArrayInput
{
    /// <summary>The elements of <paramref name="array"/> in row-major order, without copying.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">A <c>[rows, columns]</c> array.</param>
    public static ReadOnlySpan<T> Flatten<T>(T[,] array)
    {
        ArgumentNullException.ThrowIfNull(array);
        return array.Length == 0
            ? ReadOnlySpan<T>.Empty
            : MemoryMarshal.CreateReadOnlySpan(
                ref Unsafe.As<byte, T>(ref MemoryMarshal.GetArrayDataReference(array)), array.Length);
    }

    /// <summary>The common row length of a label and a prediction array; throws when they differ.</summary>
    /// <typeparam name="TLabel">The label element type.</typeparam>
    /// <typeparam name="TPrediction">The prediction element type.</typeparam>
    /// <param name="labels">The <c>[rows, columns]</c> labels.</param>
    /// <param name="predictions">The <c>[rows, columns]</c> predictions.</param>
    public static int Columns<TLabel, TPrediction>(TLabel[,] labels, TPrediction[,] predictions)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(predictions);
        if (labels.GetLength(0) != predictions.GetLength(0) || labels.GetLength(1) != predictions.GetLength(1))
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"'predictions' has shape [{predictions.GetLength(0)}, {predictions.GetLength(1)}] but 'labels' has shape [{labels.GetLength(0)}, {labels.GetLength(1)}]."),
                nameof(predictions));
        }

        return labels.GetLength(1);
    }
}
