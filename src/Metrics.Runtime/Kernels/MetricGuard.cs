using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Metrics.Kernels;

/// <summary>
/// Argument checks called by generated metrics before any element is accumulated, so that bad input fails
/// with an exception naming the argument and the offending values instead of a wrong number or a crash inside a loop.
/// </summary>
public static class MetricGuard
{
    /// <summary>Throws when <paramref name="actual"/> elements do not match the <paramref name="expected"/> count.</summary>
    /// <param name="expected">The required number of elements.</param>
    /// <param name="expectedName">What determines that number (e.g. "labels").</param>
    /// <param name="actual">The number of elements given.</param>
    /// <param name="actualName">The argument that was given.</param>
    public static void Length(int expected, string expectedName, int actual, string actualName)
    {
        if (expected != actual)
        {
            throw new ArgumentException(
                Format($"'{actualName}' has {actual} elements but '{expectedName}' requires {expected}."), actualName);
        }
    }

    /// <summary>Checks a row batch: a positive row length and <c>rows * columns</c> prediction elements.</summary>
    /// <param name="rows">The number of rows (labels given).</param>
    /// <param name="predictionsLength">The number of prediction elements.</param>
    /// <param name="columns">The row length.</param>
    public static void RowBatch(int rows, int predictionsLength, int columns)
    {
        if (columns <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(columns), columns, "The row length must be positive.");
        }

        if ((long)rows * columns != predictionsLength)
        {
            throw new ArgumentException(
                Format($"'predictions' has {predictionsLength} elements but {rows} labels of rows of {columns} columns require {(long)rows * columns}."),
                "predictions");
        }
    }

    /// <summary>Checks a batch of row pairs: a positive row length, equal lengths, whole rows. Returns the row count.</summary>
    /// <param name="labelsLength">The number of label elements.</param>
    /// <param name="predictionsLength">The number of prediction elements.</param>
    /// <param name="columns">The row length.</param>
    public static int RowPairBatch(int labelsLength, int predictionsLength, int columns)
    {
        if (columns <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(columns), columns, "The row length must be positive.");
        }

        Length(labelsLength, "labels", predictionsLength, "predictions");
        if (labelsLength % columns != 0)
        {
            throw new ArgumentException(
                Format($"'labels' has {labelsLength} elements, which is not a whole number of rows of {columns} columns."),
                "labels");
        }

        return labelsLength / columns;
    }

    /// <summary>Throws when a weight is negative, NaN or infinite, naming its position and value (−0 is a weight of 0).</summary>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <param name="weights">The sample weights.</param>
    /// <param name="name">The argument name.</param>
    public static void Weights<TWeight>(ReadOnlySpan<TWeight> weights, string name)
        where TWeight : INumberBase<TWeight>
    {
        // A finite non-negative IEEE value is exactly a bit pattern below +∞'s (sign bit clear, exponent not all
        // ones), so the BCL's vectorized range search finds the first bad weight; the loop below only formats it.
        var start = 0;
        if (typeof(TWeight) == typeof(double))
        {
            start = Bits<TWeight, ulong>(weights).IndexOfAnyExceptInRange(0UL, 0x7FEF_FFFF_FFFF_FFFFUL);
        }
        else if (typeof(TWeight) == typeof(float))
        {
            start = Bits<TWeight, uint>(weights).IndexOfAnyExceptInRange(0U, 0x7F7F_FFFFU);
        }

        if (start < 0)
        {
            return;
        }

        for (var i = start; i < weights.Length; i++)
        {
            var w = weights[i];
            if (!TWeight.IsFinite(w) || (TWeight.IsNegative(w) && !TWeight.IsZero(w)))
            {
                throw new ArgumentOutOfRangeException(
                    name, w, Format($"{name}[{i}] = {w}: sample weights must be finite and non-negative."));
            }
        }
    }

    /// <summary>Throws when an unmasked class index lies outside <c>[0, classes)</c>.</summary>
    /// <param name="labels">The class indices.</param>
    /// <param name="mask">Per-element mask, or empty for none; masked-out indices (padding) are not checked.</param>
    /// <param name="classes">The number of classes.</param>
    /// <param name="name">The argument name.</param>
    public static void ClassIndices(ReadOnlySpan<int> labels, ReadOnlySpan<bool> mask, int classes, string name)
    {
        if (classes <= 0)
        {
            ClassIndicesFrom(0, labels, mask, classes, name);
            return;
        }

        // Vectorized search for the next label outside [0, classes); masked-out ones (padding) are skipped.
        var indices = MemoryMarshal.Cast<int, uint>(labels);
        for (var i = 0; i < labels.Length; i++)
        {
            var next = indices[i..].IndexOfAnyExceptInRange(0U, (uint)classes - 1);
            if (next < 0)
            {
                return;
            }

            i += next;
            if (mask.IsEmpty || mask[i])
            {
                ClassIndicesFrom(i, labels, mask, classes, name);
            }
        }
    }

    // Where the scalar NaN scan must start: a vector pass skips the NaN-free prefix of float and double inputs (the
    // common case: no NaN at all), since a NaN is the only value not equal to itself. Other types cannot hold NaN.
    private static int FirstNaNCandidate<T>(ReadOnlySpan<T> values)
    {
        if (typeof(T) == typeof(double))
        {
            return NaNFreePrefix(Bits<T, double>(values));
        }

        if (typeof(T) == typeof(float))
        {
            return NaNFreePrefix(Bits<T, float>(values));
        }

        // The other primitive numbers (integers) have no NaN; anything else (Half, user types) is scanned element-wise.
        return typeof(T).IsPrimitive ? values.Length : 0;
    }

    private static int NaNFreePrefix<T>(ReadOnlySpan<T> values)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vectors = MemoryMarshal.Cast<T, Vector<T>>(values);
            for (; i < vectors.Length && Vector.EqualsAll(vectors[i], vectors[i]); i++)
            {
            }

            i *= Vector<T>.Count;
        }

        return i;
    }

    private static ReadOnlySpan<TBits> Bits<T, TBits>(ReadOnlySpan<T> values) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<T, TBits>(ref MemoryMarshal.GetReference(values)), values.Length);

    private static void ClassIndicesFrom(int start, ReadOnlySpan<int> labels, ReadOnlySpan<bool> mask, int classes, string name)
    {
        for (var i = start; i < labels.Length; i++)
        {
            var label = labels[i];
            if ((uint)label >= (uint)classes && (mask.IsEmpty || mask[i]))
            {
                throw new ArgumentOutOfRangeException(
                    name, label, Format($"{name}[{i}] = {label} is outside [0, {classes})."));
            }
        }
    }

    /// <summary>
    /// Throws when an unmasked class index lies outside <c>[0, classes)</c> and is not the ignored class.
    /// </summary>
    /// <param name="labels">The class indices.</param>
    /// <param name="mask">Per-element mask, or empty for none; masked-out indices (padding) are not checked.</param>
    /// <param name="classes">The number of classes.</param>
    /// <param name="name">The argument name.</param>
    /// <param name="ignore">The ignored class, exempt from the check; null for none.</param>
    public static void ClassIndices(ReadOnlySpan<int> labels, ReadOnlySpan<bool> mask, int classes, string name, int? ignore)
    {
        if (ignore is not int ignored)
        {
            ClassIndices(labels, mask, classes, name);
            return;
        }

        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            if ((uint)label >= (uint)classes && label != ignored && (mask.IsEmpty || mask[i]))
            {
                throw new ArgumentOutOfRangeException(
                    name, label, Format($"{name}[{i}] = {label} is outside [0, {classes}) and is not the ignored class {ignored}."));
            }
        }
    }

    /// <summary>
    /// Throws when a label of an unmasked row lies outside <c>[0, classes)</c> (label rows of row-pair updates, e.g.
    /// multi-label indicators checked against 2), naming the row, the column and the value.
    /// </summary>
    /// <param name="labels">The label rows, row-major.</param>
    /// <param name="mask">Which rows are included (empty: all).</param>
    /// <param name="columns">The row length.</param>
    /// <param name="classes">The number of classes.</param>
    /// <param name="name">The argument name.</param>
    public static void ClassIndexRows(ReadOnlySpan<int> labels, ReadOnlySpan<bool> mask, int columns, int classes, string name)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            if ((uint)label >= (uint)classes && (mask.IsEmpty || mask[i / columns]))
            {
                throw new ArgumentOutOfRangeException(
                    name, label, Format($"{name}[{i / columns}, {i % columns}] = {label} is outside [0, {classes})."));
            }
        }
    }

    /// <summary>Throws when the row length is below an integer parameter (e.g. k of top-k).</summary>
    /// <param name="columns">The row length.</param>
    /// <param name="minimum">The parameter's value.</param>
    /// <param name="parameter">The parameter's name.</param>
    public static void ColumnsAtLeast(int columns, int minimum, string parameter)
    {
        if (columns < minimum)
        {
            throw new ArgumentException(
                Format($"The rows have {columns} columns (classes) but {parameter} = {minimum} requires at least {minimum}."), "predictions");
        }
    }

    /// <summary>Throws when a column index parameter (e.g. Keras' <c>class_id</c>) has a value outside the rows.</summary>
    /// <param name="columns">The row length.</param>
    /// <param name="column">The parameter's value, or null (no constraint).</param>
    /// <param name="parameter">The parameter's name.</param>
    public static void ColumnsAbove(int columns, int? column, string parameter)
    {
        if (column is { } index && index >= columns)
        {
            throw new ArgumentException(
                Format($"The rows have {columns} columns but {parameter} = {index} selects column {index}; it must lie in [0, {columns})."), parameter);
        }
    }

    /// <summary>Throws when the row length differs from an integer parameter (e.g. the number of classes).</summary>
    /// <param name="columns">The row length.</param>
    /// <param name="required">The parameter's value.</param>
    /// <param name="parameter">The parameter's name.</param>
    public static void ColumnsEqual(int columns, int required, string parameter)
    {
        if (columns != required)
        {
            throw new ArgumentException(
                Format($"The rows have {columns} columns but {parameter} = {required} requires {required}."), "predictions");
        }
    }

    /// <summary>Throws when an unmasked label row is not one-hot (exactly one 1, zeros elsewhere).</summary>
    /// <typeparam name="T">The label element type.</typeparam>
    /// <param name="labels">The label rows, row-major.</param>
    /// <param name="columns">The row length.</param>
    /// <param name="mask">Per-row mask, or empty for none; masked-out rows (padding) are not checked.</param>
    /// <param name="name">The argument name.</param>
    public static void OneHotRows<T>(ReadOnlySpan<T> labels, int columns, ReadOnlySpan<bool> mask, string name)
        where T : INumberBase<T>
    {
        if (columns <= 0)
        {
            return;
        }

        for (var row = 0; row * columns < labels.Length; row++)
        {
            if (!mask.IsEmpty && !mask[row])
            {
                continue;
            }

            var cells = labels.Slice(row * columns, columns);
            int ones = 0, others = 0;
            foreach (var cell in cells)
            {
                if (T.IsZero(cell))
                {
                    continue;
                }

                if (cell == T.One)
                {
                    ones++;
                }
                else
                {
                    others++;
                }
            }

            if (ones != 1 || others != 0)
            {
                var values = string.Join(", ", cells.ToArray());
                throw new ArgumentException(Format($"{name} row {row} = [{values}] is not one-hot (one 1, zeros elsewhere)."), name);
            }
        }
    }

    /// <summary>
    /// Throws when an included element lies outside [0, 1] or is NaN (<c>[Probability]</c> predictions). Elements that
    /// are masked out or have weight 0 are not included, so anything there is allowed, as everywhere else.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <param name="values">The elements.</param>
    /// <param name="mask">Which elements are included (empty: all).</param>
    /// <param name="weights">The sample weights (empty: none).</param>
    /// <param name="name">The argument name.</param>
    public static void Probabilities<T, TWeight>(ReadOnlySpan<T> values, ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights, string name)
        where T : INumberBase<T>
        where TWeight : INumberBase<TWeight>
    {
        for (var i = 0; i < values.Length; i++)
        {
            var value = double.CreateTruncating(values[i]);
            if (value is >= 0 and <= 1 || (!mask.IsEmpty && !mask[i]) || (!weights.IsEmpty && TWeight.IsZero(weights[i])))
            {
                continue;
            }

            throw new ArgumentOutOfRangeException(
                name, value, Format($"{name}[{i}] = {value} is not a probability in [0, 1]."));
        }
    }

    /// <summary>Throws when an unmasked element lies outside [0, 1] or is NaN (<c>[Probability]</c> predictions of unweighted metrics).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The elements.</param>
    /// <param name="mask">Which elements are included (empty: all).</param>
    /// <param name="name">The argument name.</param>
    public static void Probabilities<T>(ReadOnlySpan<T> values, ReadOnlySpan<bool> mask, string name)
        where T : INumberBase<T> =>
        Probabilities(values, mask, ReadOnlySpan<double>.Empty, name);

    /// <summary>
    /// Throws when a cell of an included row lies outside [0, 1] or is NaN (<c>[Probability]</c> prediction rows). Rows
    /// that are masked out or have weight 0 are not included.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <param name="values">The rows, row-major.</param>
    /// <param name="columns">The row length.</param>
    /// <param name="mask">Which rows are included (empty: all).</param>
    /// <param name="weights">The per-row sample weights (empty: none).</param>
    /// <param name="name">The argument name.</param>
    public static void ProbabilityRows<T, TWeight>(ReadOnlySpan<T> values, int columns, ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights, string name)
        where T : INumberBase<T>
        where TWeight : INumberBase<TWeight>
    {
        if (columns <= 0)
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            var row = i / columns;
            var cell = double.CreateTruncating(values[i]);
            if (cell is >= 0 and <= 1 || (!mask.IsEmpty && !mask[row]) || (!weights.IsEmpty && TWeight.IsZero(weights[row])))
            {
                continue;
            }

            throw new ArgumentOutOfRangeException(
                name,
                cell,
                Format($"{name} row {row}, column {i % columns} = {cell} is not a probability in [0, 1]."));
        }
    }

    /// <summary>Throws when a cell of an unmasked row lies outside [0, 1] or is NaN (<c>[Probability]</c> label or prediction rows).</summary>
    /// <typeparam name="T">The label element type.</typeparam>
    /// <param name="labels">The label rows, row-major.</param>
    /// <param name="columns">The row length.</param>
    /// <param name="mask">Per-row mask, or empty for none; masked-out rows (padding) are not checked.</param>
    /// <param name="name">The argument name.</param>
    public static void ProbabilityRows<T>(ReadOnlySpan<T> labels, int columns, ReadOnlySpan<bool> mask, string name)
        where T : INumberBase<T>
    {
        if (columns <= 0)
        {
            return;
        }

        for (var i = 0; i < labels.Length; i++)
        {
            var cell = double.CreateTruncating(labels[i]);
            if (cell is >= 0 and <= 1 || (!mask.IsEmpty && !mask[i / columns]))
            {
                continue;
            }

            throw new ArgumentOutOfRangeException(
                name,
                cell,
                Format($"{name} row {i / columns}, column {i % columns} = {cell} is not a probability in [0, 1]."));
        }
    }

    /// <summary>
    /// Throws when an included element is NaN, naming its position (for <c>[NotNaN]</c> arguments). Elements that are
    /// masked out or have weight 0 are not included, so a NaN there is allowed, as everywhere else.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <param name="values">The elements.</param>
    /// <param name="mask">Which elements are included (empty: all).</param>
    /// <param name="weights">The sample weights (empty: none).</param>
    /// <param name="name">The argument name.</param>
    public static void NotNaN<T, TWeight>(ReadOnlySpan<T> values, ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights, string name)
        where T : INumberBase<T>
        where TWeight : INumberBase<TWeight>
    {
        for (var i = FirstNaNCandidate(values); i < values.Length; i++)
        {
            if (T.IsNaN(values[i]) && (mask.IsEmpty || mask[i]) && (weights.IsEmpty || !TWeight.IsZero(weights[i])))
            {
                throw new ArgumentException(Format($"{name}[{i}] is NaN; this metric ranks the values, and NaN has no rank."), name);
            }
        }
    }

    /// <summary>
    /// Throws when an element of an included row is NaN, naming its row and column (for <c>[NotNaN]</c> rows). Rows that
    /// are masked out or have weight 0 are not included.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <param name="values">The rows, row-major.</param>
    /// <param name="columns">The row length.</param>
    /// <param name="mask">Which rows are included (empty: all).</param>
    /// <param name="weights">The per-row sample weights (empty: none).</param>
    /// <param name="name">The argument name.</param>
    public static void NotNaN<T, TWeight>(ReadOnlySpan<T> values, int columns, ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights, string name)
        where T : INumberBase<T>
        where TWeight : INumberBase<TWeight>
    {
        for (var i = FirstNaNCandidate(values); i < values.Length; i++)
        {
            var row = i / columns;
            if (T.IsNaN(values[i]) && (mask.IsEmpty || mask[row]) && (weights.IsEmpty || !TWeight.IsZero(weights[row])))
            {
                throw new ArgumentException(Format($"{name}[{row}, {i % columns}] is NaN; this metric ranks the values, and NaN has no rank."), name);
            }
        }
    }

    /// <summary>Throws when an element of an unmasked row is NaN (for <c>[NotNaN]</c> rows of unweighted metrics).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The rows, row-major.</param>
    /// <param name="columns">The row length.</param>
    /// <param name="mask">Which rows are included (empty: all).</param>
    /// <param name="name">The argument name.</param>
    public static void NotNaN<T>(ReadOnlySpan<T> values, int columns, ReadOnlySpan<bool> mask, string name)
        where T : INumberBase<T> =>
        NotNaN(values, columns, mask, ReadOnlySpan<double>.Empty, name);

    /// <summary>Throws when an unmasked element is NaN, naming its position (for <c>[NotNaN]</c> arguments of unweighted metrics).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The elements.</param>
    /// <param name="mask">Which elements are included (empty: all).</param>
    /// <param name="name">The argument name.</param>
    public static void NotNaN<T>(ReadOnlySpan<T> values, ReadOnlySpan<bool> mask, string name)
        where T : INumberBase<T> =>
        NotNaN(values, mask, ReadOnlySpan<double>.Empty, name);

    /// <summary>Throws when a numeric parameter is NaN or outside its declared range.</summary>
    /// <param name="value">The parameter value.</param>
    /// <param name="min">The lower bound.</param>
    /// <param name="minExclusive">Whether the lower bound is excluded.</param>
    /// <param name="max">The upper bound.</param>
    /// <param name="maxExclusive">Whether the upper bound is excluded.</param>
    /// <param name="name">The parameter name.</param>
    public static void Parameter(double value, double min, bool minExclusive, double max, bool maxExclusive, string name)
    {
        var aboveMin = minExclusive ? value > min : value >= min;
        var belowMax = maxExclusive ? value < max : value <= max;
        if (!(aboveMin && belowMax))
        {
            var range = Format($"{(minExclusive ? "(" : "[")}{min}, {max}{(maxExclusive ? ")" : "]")}");
            throw new ArgumentOutOfRangeException(name, value, Format($"{name} = {value} is outside {range}."));
        }
    }

    /// <summary>Throws when a list parameter is empty or one of its values is NaN or outside the declared range.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The parameter's values.</param>
    /// <param name="min">The lower bound.</param>
    /// <param name="minExclusive">Whether the lower bound is excluded.</param>
    /// <param name="max">The upper bound.</param>
    /// <param name="maxExclusive">Whether the upper bound is excluded.</param>
    /// <param name="name">The parameter name.</param>
    public static void Parameter<T>(ReadOnlySpan<T> values, double min, bool minExclusive, double max, bool maxExclusive, string name)
        where T : INumberBase<T>
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException(Format($"{name} must hold at least one value."), name);
        }

        for (var i = 0; i < values.Length; i++)
        {
            var value = double.CreateTruncating(values[i]);
            if (!((minExclusive ? value > min : value >= min) && (maxExclusive ? value < max : value <= max)))
            {
                Parameter(value, min, minExclusive, max, maxExclusive, Format($"{name}[{i}]"));
            }
        }
    }

    /// <summary>Throws when an enum parameter is not a defined value.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The parameter value.</param>
    /// <param name="name">The parameter name.</param>
    public static void Parameter<TEnum>(TEnum value, string name)
        where TEnum : struct, Enum
    {
        foreach (var defined in DefinedValues<TEnum>.All)
        {
            if (EqualityComparer<TEnum>.Default.Equals(value, defined))
            {
                return;
            }
        }

        throw new ArgumentOutOfRangeException(
            name, value, Format($"{name} = {value} is not a defined {typeof(TEnum).Name}."));
    }

    // Enum.IsDefined keeps its table in the enum type's reflection cache, which the runtime holds weakly: after a
    // garbage collection the next check builds it again, so an update would allocate whenever a collection came between
    // two updates. The values are read once here instead.
    private static class DefinedValues<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly TEnum[] All = Enum.GetValues<TEnum>();
    }

    /// <summary>The exception for merging two metrics whose parameters differ.</summary>
    /// <param name="metric">The metric's name.</param>
    /// <param name="mine">This metric's parameters.</param>
    /// <param name="theirs">The other metric's parameters.</param>
    public static ArgumentException DifferentParameters(string metric, string mine, string theirs) =>
        new(Format($"Cannot merge {metric} states with different parameters: ({mine}) and ({theirs})."), "other");

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
