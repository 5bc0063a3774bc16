using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics.Tensors;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>
/// The typed generated overloads (spans, arrays, <see cref="Tensor{T}"/>) of a representative metric per element
/// shape, driven by the same cases as the untyped path: values (<see cref="Average"/>, <see cref="Welford"/>), pairs
/// of reals (<see cref="MeanSquaredError"/>), binary pairs (<see cref="Accuracy"/>), class-index pairs
/// (<see cref="ConfusionMatrix"/>), appended samples (<see cref="ExactAuc"/>), rows with a class label
/// (<see cref="SparseCategoricalAccuracy"/>) and label rows (<see cref="CategoricalAccuracy"/>, <see cref="NDCG"/>).
/// </summary>
internal static class TypedMatrix
{
    /// <summary>The overload families.</summary>
    public static readonly string[] Families = ["span", "array", "tensor"];

    /// <summary>The metrics walked through their typed overloads.</summary>
    public static readonly Type[] Metrics =
        [typeof(Average), typeof(Welford), typeof(MeanSquaredError), typeof(Accuracy), typeof(ConfusionMatrix), typeof(ExactAuc), typeof(SparseCategoricalAccuracy), typeof(CategoricalAccuracy), typeof(NDCG)];

    /// <summary>Creates <paramref name="type"/> by its matrix identifier, as a subject of <paramref name="family"/>.</summary>
    public static Func<IReadOnlyDictionary<string, object?>, IBatchSubject> Factory(MatrixMetric metric, string family)
    {
        var id = metric.Identifier;
        return metric.Type.Name switch
        {
            nameof(Average) => a => Subject(MetricRegistry.Create<Average>(id, a), family, m => m.Compute(), Values<Average>(
                (m, v) => m.Update(v), (m, v, k) => m.Update(v, k), (m, v, w) => m.Update(v, w), (m, v, k, w) => m.Update(v, k, w),
                (m, b) => m.Update(b.Predictions, b.Mask, b.Weights),
                (m, b) => m.Update(T(b.Predictions), TOrNull(b.Mask), TOrNull(b.Weights)))),
            nameof(Welford) => a => Subject(MetricRegistry.Create<Welford>(id, a), family, m => m.Compute(), Values<Welford>(
                (m, v) => m.Update(v), (m, v, k) => m.Update(v, k), (m, v, w) => m.Update(v, w), (m, v, k, w) => m.Update(v, k, w),
                (m, b) => m.Update(b.Predictions, b.Mask, b.Weights),
                (m, b) => m.Update(T(b.Predictions), TOrNull(b.Mask), TOrNull(b.Weights)))),
            nameof(MeanSquaredError) => a => Subject(MetricRegistry.Create<MeanSquaredError>(id, a), family, m => m.Compute(), Pairs<MeanSquaredError, double>(
                l => l, (m, l, p) => m.Update(l, p), (m, l, p, k) => m.Update(l, p, k), (m, l, p, w) => m.Update(l, p, w), (m, l, p, k, w) => m.Update(l, p, k, w),
                (m, b) => m.Update(b.Labels, b.Predictions, b.Mask, b.Weights),
                (m, b) => m.Update(T(b.Labels), T(b.Predictions), TOrNull(b.Mask), TOrNull(b.Weights)))),
            nameof(Accuracy) => a => Subject(MetricRegistry.Create<Accuracy>(id, a), family, m => m.Compute(), Pairs<Accuracy, int>(
                Ints, (m, l, p) => m.Update(l, p), (m, l, p, k) => m.Update(l, p, k), (m, l, p, w) => m.Update(l, p, w), (m, l, p, k, w) => m.Update(l, p, k, w),
                (m, b) => m.Update(Ints(b.Labels), b.Predictions, b.Mask, b.Weights),
                (m, b) => m.Update(T(Ints(b.Labels)), T(b.Predictions), TOrNull(b.Mask), TOrNull(b.Weights))), IntLabels),
            nameof(ExactAuc) => a => Subject(MetricRegistry.Create<ExactAuc>(id, a), family, m => m.Compute(), Pairs<ExactAuc, int>(
                Ints, (m, l, p) => m.Update(l, p), (m, l, p, k) => m.Update(l, p, k), (m, l, p, w) => m.Update(l, p, w), (m, l, p, k, w) => m.Update(l, p, k, w),
                (m, b) => m.Update(Ints(b.Labels), b.Predictions, b.Mask, b.Weights),
                (m, b) => m.Update(T(Ints(b.Labels)), T(b.Predictions), TOrNull(b.Mask), TOrNull(b.Weights))), IntLabels),
            nameof(ConfusionMatrix) => a => Subject(MetricRegistry.Create<ConfusionMatrix>(id, a), family, m => m.Compute(), IntPairs(family), b => Whole(b.Labels) && Whole(b.Predictions)),
            nameof(SparseCategoricalAccuracy) => a => Subject(MetricRegistry.Create<SparseCategoricalAccuracy>(id, a), family, m => m.Compute(), Rows<SparseCategoricalAccuracy>(
                (m, l, p, c) => m.Update(l, p, c), (m, l, p, c, k) => m.Update(l, p, c, k), (m, l, p, c, w) => m.Update(l, p, c, w), (m, l, p, c, k, w) => m.Update(l, p, c, k, w),
                (m, b) => m.Update(Ints(b.Labels), Matrix(b.Predictions, b.Columns), b.Mask, b.Weights),
                (m, b) => m.Update(T(Ints(b.Labels)), T(b.Predictions, b.Columns), TOrNull(b.Mask), TOrNull(b.Weights))), IntLabels),
            nameof(CategoricalAccuracy) => a => Subject(MetricRegistry.Create<CategoricalAccuracy>(id, a), family, m => m.Compute(), RowPairs<CategoricalAccuracy>(
                (m, l, p, c) => m.Update(l, p, c), (m, l, p, c, k) => m.Update(l, p, c, k), (m, l, p, c, w) => m.Update(l, p, c, w), (m, l, p, c, k, w) => m.Update(l, p, c, k, w),
                (m, b) => m.Update(Matrix(b.Labels, b.Columns), Matrix(b.Predictions, b.Columns), b.Mask, b.Weights),
                (m, b) => m.Update(T(b.Labels, b.Columns), T(b.Predictions, b.Columns), TOrNull(b.Mask), TOrNull(b.Weights)))),
            nameof(NDCG) => a => Subject(MetricRegistry.Create<NDCG>(id, a), family, m => m.Compute(), RowPairs<NDCG>(
                (m, l, p, c) => m.Update(l, p, c), (m, l, p, c, k) => m.Update(l, p, c, k), (m, l, p, c, w) => m.Update(l, p, c, w), (m, l, p, c, k, w) => m.Update(l, p, c, k, w),
                (m, b) => m.Update(Matrix(b.Labels, b.Columns), Matrix(b.Predictions, b.Columns), b.Mask, b.Weights),
                (m, b) => m.Update(T(b.Labels, b.Columns), T(b.Predictions, b.Columns), TOrNull(b.Mask), TOrNull(b.Weights)))),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric.Name, "no typed driver"),
        };

        IBatchSubject Subject<TMetric>(TMetric m, string f, Func<TMetric, object> compute, Dictionary<string, Func<TMetric, MatrixBatch, TMetric>> families, Func<MatrixBatch, bool>? carry = null)
            where TMetric : struct, IMetric<TMetric> =>
            new TypedSubject<TMetric>(m, families[f], compute, b => (carry ?? (_ => true))(b) && Shaped(b, f));
    }

    private delegate TMetric V<TMetric>(TMetric m, ReadOnlySpan<double> values);

    private delegate TMetric VS<TMetric, TExtra>(TMetric m, ReadOnlySpan<double> values, ReadOnlySpan<TExtra> extra);

    private delegate TMetric VMW<TMetric>(TMetric m, ReadOnlySpan<double> values, ReadOnlySpan<bool> mask, ReadOnlySpan<double> weights);

    private delegate TMetric P<TMetric, TLabel>(TMetric m, ReadOnlySpan<TLabel> labels, ReadOnlySpan<double> predictions);

    private delegate TMetric PS<TMetric, TLabel, TExtra>(TMetric m, ReadOnlySpan<TLabel> labels, ReadOnlySpan<double> predictions, ReadOnlySpan<TExtra> extra);

    private delegate TMetric PMW<TMetric, TLabel>(TMetric m, ReadOnlySpan<TLabel> labels, ReadOnlySpan<double> predictions, ReadOnlySpan<bool> mask, ReadOnlySpan<double> weights);

    private delegate TMetric R<TMetric, TLabel>(TMetric m, ReadOnlySpan<TLabel> labels, ReadOnlySpan<double> predictions, int columns);

    private delegate TMetric RS<TMetric, TLabel, TExtra>(TMetric m, ReadOnlySpan<TLabel> labels, ReadOnlySpan<double> predictions, int columns, ReadOnlySpan<TExtra> extra);

    private delegate TMetric RMW<TMetric, TLabel>(TMetric m, ReadOnlySpan<TLabel> labels, ReadOnlySpan<double> predictions, int columns, ReadOnlySpan<bool> mask, ReadOnlySpan<double> weights);

    private static Dictionary<string, Func<TMetric, MatrixBatch, TMetric>> Values<TMetric>(
        V<TMetric> plain, VS<TMetric, bool> masked, VS<TMetric, double> weighted, VMW<TMetric> both,
        Func<TMetric, MatrixBatch, TMetric> array, Func<TMetric, MatrixBatch, TMetric> tensor) => new()
    {
        ["span"] = (m, b) => (b.Mask, b.Weights) switch
        {
            (null, null) => plain(m, b.Predictions),
            ({ } k, null) => masked(m, b.Predictions, k),
            (null, { } w) => weighted(m, b.Predictions, w),
            ({ } k, { } w) => both(m, b.Predictions, k, w),
        },
        ["array"] = array,
        ["tensor"] = tensor,
    };

    private static Dictionary<string, Func<TMetric, MatrixBatch, TMetric>> Pairs<TMetric, TLabel>(
        Func<double[], TLabel[]> labels, P<TMetric, TLabel> plain, PS<TMetric, TLabel, bool> masked, PS<TMetric, TLabel, double> weighted, PMW<TMetric, TLabel> both,
        Func<TMetric, MatrixBatch, TMetric> array, Func<TMetric, MatrixBatch, TMetric> tensor) => new()
    {
        ["span"] = (m, b) => (b.Mask, b.Weights) switch
        {
            (null, null) => plain(m, labels(b.Labels), b.Predictions),
            ({ } k, null) => masked(m, labels(b.Labels), b.Predictions, k),
            (null, { } w) => weighted(m, labels(b.Labels), b.Predictions, w),
            ({ } k, { } w) => both(m, labels(b.Labels), b.Predictions, k, w),
        },
        ["array"] = array,
        ["tensor"] = tensor,
    };

    private static Dictionary<string, Func<TMetric, MatrixBatch, TMetric>> Rows<TMetric>(
        R<TMetric, int> plain, RS<TMetric, int, bool> masked, RS<TMetric, int, double> weighted, RMW<TMetric, int> both,
        Func<TMetric, MatrixBatch, TMetric> array, Func<TMetric, MatrixBatch, TMetric> tensor) => new()
    {
        ["span"] = (m, b) => (b.Mask, b.Weights) switch
        {
            (null, null) => plain(m, Ints(b.Labels), b.Predictions, b.Columns),
            ({ } k, null) => masked(m, Ints(b.Labels), b.Predictions, b.Columns, k),
            (null, { } w) => weighted(m, Ints(b.Labels), b.Predictions, b.Columns, w),
            ({ } k, { } w) => both(m, Ints(b.Labels), b.Predictions, b.Columns, k, w),
        },
        ["array"] = array,
        ["tensor"] = tensor,
    };

    private static Dictionary<string, Func<TMetric, MatrixBatch, TMetric>> RowPairs<TMetric>(
        R<TMetric, double> plain, RS<TMetric, double, bool> masked, RS<TMetric, double, double> weighted, RMW<TMetric, double> both,
        Func<TMetric, MatrixBatch, TMetric> array, Func<TMetric, MatrixBatch, TMetric> tensor) => new()
    {
        ["span"] = (m, b) => (b.Mask, b.Weights) switch
        {
            (null, null) => plain(m, b.Labels, b.Predictions, b.Columns),
            ({ } k, null) => masked(m, b.Labels, b.Predictions, b.Columns, k),
            (null, { } w) => weighted(m, b.Labels, b.Predictions, b.Columns, w),
            ({ } k, { } w) => both(m, b.Labels, b.Predictions, b.Columns, k, w),
        },
        ["array"] = array,
        ["tensor"] = tensor,
    };

    // ConfusionMatrix counts int (label, prediction) pairs; its weights are doubles.
    private static Dictionary<string, Func<ConfusionMatrix, MatrixBatch, ConfusionMatrix>> IntPairs(string family) => new()
    {
        ["span"] = (m, b) => (b.Mask, b.Weights) switch
        {
            (null, null) => m.Update((ReadOnlySpan<int>)Ints(b.Labels), (ReadOnlySpan<int>)Ints(b.Predictions)),
            ({ } k, null) => m.Update((ReadOnlySpan<int>)Ints(b.Labels), (ReadOnlySpan<int>)Ints(b.Predictions), (ReadOnlySpan<bool>)k),
            (null, { } w) => m.Update((ReadOnlySpan<int>)Ints(b.Labels), (ReadOnlySpan<int>)Ints(b.Predictions), (ReadOnlySpan<double>)w),
            ({ } k, { } w) => m.Update((ReadOnlySpan<int>)Ints(b.Labels), (ReadOnlySpan<int>)Ints(b.Predictions), (ReadOnlySpan<bool>)k, (ReadOnlySpan<double>)w),
        },
        ["array"] = (m, b) => m.Update(Ints(b.Labels), Ints(b.Predictions), b.Mask, b.Weights),
        ["tensor"] = (m, b) => m.Update(T(Ints(b.Labels)), T(Ints(b.Predictions)), TOrNull(b.Mask), TOrNull(b.Weights)),
    };

    private static bool IntLabels(MatrixBatch b) => Whole(b.Labels);

    private static bool Whole(double[] values) => values.All(v => double.IsInteger(v) && v >= int.MinValue && v <= int.MaxValue);

    // Tensors and 2-D arrays need whole rows; spans carry any lengths.
    private static bool Shaped(MatrixBatch b, string family) =>
        family == "span" || b.Columns == 0 || (b.Predictions.Length % b.Columns == 0 && (b.Labels.Length == b.Length || b.Labels.Length % b.Columns == 0));

    private static int[] Ints(double[] values) => Array.ConvertAll(values, v => (int)v);

    private static T[,] Matrix<T>(T[] flat, int columns)
    {
        var rows = flat.Length / columns;
        var result = new T[rows, columns];
        for (var i = 0; i < rows * columns; i++)
        {
            result[i / columns, i % columns] = flat[i];
        }

        return result;
    }

    private static Tensor<TValue> T<TValue>(TValue[] values) => Tensor.Create(values, [values.Length]);

    private static Tensor<TValue> T<TValue>(TValue[] values, int columns) => Tensor.Create(values, [values.Length / columns, columns]);

    private static Tensor<TValue>? TOrNull<TValue>(TValue[]? values) => values is null ? null : T(values);
}
