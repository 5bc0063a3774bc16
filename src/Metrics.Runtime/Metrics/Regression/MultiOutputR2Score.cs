using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using Metrics.Kernels;

namespace Metrics;

/// <summary>
/// R² over <c>[rows, outputs]</c> batches as one metric, with the surface of Keras' <c>R2Score</c>:
/// <see cref="ClassAggregation"/> (<c>class_aggregation</c>: uniform or variance-weighted average; Keras' <c>None</c>
/// is <see cref="PerOutput"/>) and <see cref="NumRegressors"/> (<c>num_regressors</c>, adjusted R²). Values follow
/// scikit-learn's <c>r2_score(multioutput=..., sample_weight=..., force_finite=True)</c>. Mask and weights are per
/// row.
/// </summary>
/// <remarks>
/// <para>
/// The state is one generated <see cref="R2Score"/> per output column (shifted moments, so data offset by 1e9 keeps its
/// precision); an update gathers each column into a pooled buffer and hands it to that output's generated
/// <c>Update</c>, so the arithmetic, masking and weighting are the DSL's. The DSL cannot declare this state directly:
/// a row would have to contribute to several array cells whose merge is Chan's formula, not a sum.
/// </para>
/// <para>
/// The number of outputs is <see cref="NumOutputs"/> when given, else it is fixed by the first batch that keeps a row
/// (an empty or all-masked batch changes nothing); a later batch with another column count is rejected. A constant
/// output column scores 1 if predicted perfectly, else 0 (scikit-learn's <c>force_finite</c>; Keras gives NaN for the
/// perfect case), and the variance-weighted average falls back to the uniform one when every output is constant.
/// Adjusted R² uses the weighted row count as n, per output, and is NaN when <c>n − p − 1 ≤ 0</c> (Keras warns and
/// returns the plain R²). Struct copies made by assignment share the per-output states; <see cref="Copy"/> is deep.
/// </para>
/// </remarks>
public partial record struct MultiOutputR2Score : IMetric<MultiOutputR2Score, double>, IRegistrableMetric<MultiOutputR2Score>
{
    private R2Score[]? _outputs;

    /// <summary>Creates the metric with an empty state: uniform average, plain R², outputs from the first batch.</summary>
    public MultiOutputR2Score()
        : this(MultiOutputAverage.Uniform)
    {
    }

    /// <summary>Creates the metric with an empty state, validating the parameters.</summary>
    /// <param name="classAggregation">How per-output scores are combined (Keras' <c>class_aggregation</c>).</param>
    /// <param name="numRegressors">The number of regressors p for the adjusted R² (0: plain R²).</param>
    /// <param name="numOutputs">The number of output columns, or 0 to take it from the first batch.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is negative or <paramref name="classAggregation"/> is undefined.</exception>
    public MultiOutputR2Score(MultiOutputAverage classAggregation = MultiOutputAverage.Uniform, int numRegressors = 0, int numOutputs = 0)
    {
        MetricGuard.Parameter(classAggregation, nameof(ClassAggregation));
        MetricGuard.Parameter(numRegressors, 0, false, double.PositiveInfinity, false, nameof(NumRegressors));
        MetricGuard.Parameter(numOutputs, 0, false, double.PositiveInfinity, false, nameof(NumOutputs));
        ClassAggregation = classAggregation;
        NumRegressors = numRegressors;
        NumOutputs = numOutputs;
    }

    /// <summary>The metric's display name.</summary>
    public static string MetricName => "MultiOutputR2Score";

    /// <summary>How per-output scores are combined by <see cref="Compute"/>.</summary>
    public MultiOutputAverage ClassAggregation { get; }

    /// <summary>The number of regressors p for the adjusted R² (0: plain R²).</summary>
    public int NumRegressors { get; }

    /// <summary>The declared number of output columns; 0 when it is taken from the first batch.</summary>
    public int NumOutputs { get; }

    /// <summary>The number of outputs: declared, or seen in the first batch that kept a row; else 0.</summary>
    public readonly int OutputCount => _outputs?.Length ?? NumOutputs;

    /// <summary>The state of each output column (empty before the first batch that keeps a row).</summary>
    public readonly ReadOnlySpan<R2Score> Outputs => _outputs;

    /// <summary>
    /// R² combined over outputs by <see cref="ClassAggregation"/>; NaN before any row is kept. Adjusted when
    /// <see cref="NumRegressors"/> &gt; 0.
    /// </summary>
    public readonly double Compute() =>
        _outputs is null ? double.NaN : R2Score.Average(_outputs, ClassAggregation);

    /// <summary>The R² of each output column (scikit-learn's <c>multioutput="raw_values"</c>, Keras' <c>class_aggregation=None</c>); NaN for every output before a row is kept.</summary>
    public readonly double[] PerOutput()
    {
        if (_outputs is null)
        {
            var undefined = new double[NumOutputs];
            Array.Fill(undefined, double.NaN);
            return undefined;
        }

        return Array.ConvertAll(_outputs, static output => output.Compute());
    }

    /// <summary>Clears the state in place, keeping the parameters, and returns the metric.</summary>
    public MultiOutputR2Score Reset()
    {
        _outputs = null;
        return this;
    }

    /// <summary>Returns a metric with the same parameters and an empty state; this one is unchanged.</summary>
    public readonly MultiOutputR2Score Empty() => new(ClassAggregation, NumRegressors, NumOutputs);

    /// <summary>Returns a deep copy, with its own per-output states.</summary>
    public readonly MultiOutputR2Score Copy()
    {
        var copy = this;
        copy._outputs = _outputs is null ? null : (R2Score[])_outputs.Clone();
        return copy;
    }

    /// <summary>
    /// Returns the merge of this state and <paramref name="other"/> (for sharded evaluation), output by output;
    /// neither operand changes.
    /// </summary>
    /// <param name="other">The state to merge with; same parameters and, once both have seen rows, the same outputs.</param>
    /// <exception cref="ArgumentException">The parameters or the numbers of outputs differ.</exception>
    public readonly MultiOutputR2Score Merge(MultiOutputR2Score other)
    {
        if (!HasSameParameters(other))
        {
            throw MetricGuard.DifferentParameters(MetricName, ParameterText(), other.ParameterText());
        }

        if (_outputs is null || other._outputs is null)
        {
            return _outputs is null ? other.Copy() : Copy();
        }

        if (_outputs.Length != other._outputs.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Cannot merge {MetricName} states of {_outputs.Length} and {other._outputs.Length} outputs."),
                nameof(other));
        }

        var merged = Copy();
        for (var j = 0; j < _outputs.Length; j++)
        {
            merged._outputs![j] = _outputs[j].Merge(other._outputs[j]);
        }

        return merged;
    }

    /// <summary>Whether <paramref name="other"/> has the same parameter values, so that the two can be merged.</summary>
    /// <param name="other">The metric to compare parameters with.</param>
    public readonly bool HasSameParameters(MultiOutputR2Score other) =>
        ClassAggregation == other.ClassAggregation && NumRegressors == other.NumRegressors && NumOutputs == other.NumOutputs;

    /// <summary>Whether the parameters and every output's state are equal.</summary>
    /// <param name="other">The metric to compare with.</param>
    public readonly bool Equals(MultiOutputR2Score other) =>
        HasSameParameters(other) && Outputs.SequenceEqual(other.Outputs) && (_outputs is null) == (other._outputs is null);

    /// <summary>A hash of the parameters and the number of outputs.</summary>
    public override readonly int GetHashCode() => HashCode.Combine(ClassAggregation, NumRegressors, NumOutputs, OutputCount);

    /// <summary>The metric's value, its per-output values and its parameters, formatted with the invariant culture.</summary>
    public override readonly string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{MetricName}(value: {Compute()}; outputs: [{string.Join(", ", Array.ConvertAll(PerOutput(), v => v.ToString(CultureInfo.InvariantCulture)))}]; {ParameterText()})");

    /// <summary>
    /// Creates the metric from named parameter values in any spelling: <c>class_aggregation</c> (a
    /// <see cref="MultiOutputAverage"/>, or Keras'/scikit-learn's <c>"uniform_average"</c>,
    /// <c>"variance_weighted_average"</c>, <c>"variance_weighted"</c>), <c>num_regressors</c>, <c>num_outputs</c>.
    /// </summary>
    /// <param name="arguments">The parameter values by name.</param>
    /// <exception cref="ArgumentException">A key names no parameter or a value is invalid (Keras' <c>None</c> is <see cref="PerOutput"/> here).</exception>
    public static MultiOutputR2Score FromArguments(IReadOnlyDictionary<string, object?> arguments)
    {
        MetricArguments.ThrowIfKeyRepeated(MetricName, arguments);
        var aggregation = MultiOutputAverage.Uniform;
        string? aggregationKey = null;
        int regressors = 0, outputs = 0;
        foreach (var argument in arguments)
        {
            switch (MetricArguments.Normalize(argument.Key))
            {
                case "classaggregation":
                case "multioutput":
                    if (aggregationKey is not null)
                    {
                        throw new ArgumentException(
                            $"{MetricName} got one parameter twice, as '{aggregationKey}' and as '{argument.Key}'; give it once.", argument.Key);
                    }

                    aggregationKey = argument.Key;
                    aggregation = Aggregation(argument.Value, argument.Key);
                    break;
                case "numregressors":
                    regressors = MetricArguments.Convert<int>(argument.Value, argument.Key);
                    break;
                case "numoutputs":
                    outputs = MetricArguments.Convert<int>(argument.Value, argument.Key);
                    break;
                default:
                    throw MetricArguments.UnknownParameter(MetricName, argument.Key, "ClassAggregation", "NumRegressors", "NumOutputs");
            }
        }

        return new MultiOutputR2Score(aggregation, regressors, outputs);
    }

    /// <summary>
    /// Accumulates an untyped batch: a 2-D batch with a label row per row (one output per column), or a 1-D batch of
    /// (label, prediction) pairs as one output.
    /// </summary>
    /// <param name="batch">The batch; mask and weights per row.</param>
    /// <exception cref="ArgumentException">The batch has one label per row, or its sizes are invalid.</exception>
    public MultiOutputR2Score Update(in MetricBatch batch)
    {
        if (batch.Columns > 0 && batch.Labels.Length != batch.Predictions.Length)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{MetricName} takes a label row per prediction row; the batch has {batch.Labels.Length} labels for {batch.Predictions.Length} predictions in rows of {batch.Columns}."),
                nameof(batch));
        }

        return UpdateCore(batch.Labels, batch.Predictions, Math.Max(batch.Columns, 1), batch.Mask, batch.HasMask, batch.Weights, batch.HasWeights, nameof(batch));
    }

    /// <summary>Accumulates a <c>[rows, columns]</c> batch, row-major. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The targets, <c>[rows, columns]</c> row-major.</param>
    /// <param name="predictions">The predictions, the same shape.</param>
    /// <param name="columns">The number of outputs (the row length).</param>
    /// <exception cref="ArgumentException">Lengths differ, rows are ragged, or the column count differs from the metric's outputs.</exception>
    public MultiOutputR2Score Update(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, int columns) =>
        UpdateCore(labels, predictions, columns, default, false, default, false);

    /// <summary>Accumulates a <c>[rows, columns]</c> batch, row-major. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The targets, <c>[rows, columns]</c> row-major.</param>
    /// <param name="predictions">The predictions, the same shape.</param>
    /// <param name="columns">The number of outputs (the row length).</param>
    /// <param name="mask">Which rows to include; <c>Update(x, mask: m)</c> equals <c>Update(x[m])</c>.</param>
    /// <exception cref="ArgumentException">Lengths differ, rows are ragged, or the column count differs from the metric's outputs.</exception>
    public MultiOutputR2Score Update(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, int columns, ReadOnlySpan<bool> mask) =>
        UpdateCore(labels, predictions, columns, mask, true, default, false);

    /// <summary>Accumulates a <c>[rows, columns]</c> batch, row-major. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The targets, <c>[rows, columns]</c> row-major.</param>
    /// <param name="predictions">The predictions, the same shape.</param>
    /// <param name="columns">The number of outputs (the row length).</param>
    /// <param name="weights">Non-negative sample weights, one per row; weight 0 excludes the row.</param>
    /// <exception cref="ArgumentException">Lengths differ, rows are ragged, a weight is invalid, or the column count differs from the metric's outputs.</exception>
    public MultiOutputR2Score Update(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, int columns, ReadOnlySpan<double> weights) =>
        UpdateCore(labels, predictions, columns, default, false, weights, true);

    /// <summary>Accumulates a <c>[rows, columns]</c> batch, row-major. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The targets, <c>[rows, columns]</c> row-major.</param>
    /// <param name="predictions">The predictions, the same shape.</param>
    /// <param name="columns">The number of outputs (the row length).</param>
    /// <param name="mask">Which rows to include; <c>Update(x, mask: m)</c> equals <c>Update(x[m])</c>.</param>
    /// <param name="weights">Non-negative sample weights, one per row; weight 0 excludes the row.</param>
    /// <exception cref="ArgumentException">Lengths differ, rows are ragged, a weight is invalid, or the column count differs from the metric's outputs.</exception>
    public MultiOutputR2Score Update(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, int columns, ReadOnlySpan<bool> mask, ReadOnlySpan<double> weights) =>
        UpdateCore(labels, predictions, columns, mask, true, weights, true);

    /// <summary>Accumulates a <c>[rows, columns]</c> batch, row-major. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The targets, <c>[rows, columns]</c> row-major.</param>
    /// <param name="predictions">The predictions, the same shape.</param>
    /// <param name="columns">The number of outputs (the row length).</param>
    /// <exception cref="ArgumentException">Lengths differ, rows are ragged, or the column count differs from the metric's outputs.</exception>
    public MultiOutputR2Score Update(ReadOnlySpan<float> labels, ReadOnlySpan<float> predictions, int columns) =>
        UpdateCore(labels, predictions, columns, default, false, default, false);

    /// <summary>Accumulates a <c>[rows, columns]</c> batch, row-major. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The targets, <c>[rows, columns]</c> row-major.</param>
    /// <param name="predictions">The predictions, the same shape.</param>
    /// <param name="columns">The number of outputs (the row length).</param>
    /// <param name="mask">Which rows to include; <c>Update(x, mask: m)</c> equals <c>Update(x[m])</c>.</param>
    /// <exception cref="ArgumentException">Lengths differ, rows are ragged, or the column count differs from the metric's outputs.</exception>
    public MultiOutputR2Score Update(ReadOnlySpan<float> labels, ReadOnlySpan<float> predictions, int columns, ReadOnlySpan<bool> mask) =>
        UpdateCore(labels, predictions, columns, mask, true, default, false);

    /// <summary>Accumulates a <c>[rows, columns]</c> batch, row-major. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The targets, <c>[rows, columns]</c> row-major.</param>
    /// <param name="predictions">The predictions, the same shape.</param>
    /// <param name="columns">The number of outputs (the row length).</param>
    /// <param name="weights">Non-negative sample weights, one per row; weight 0 excludes the row.</param>
    /// <exception cref="ArgumentException">Lengths differ, rows are ragged, a weight is invalid, or the column count differs from the metric's outputs.</exception>
    public MultiOutputR2Score Update(ReadOnlySpan<float> labels, ReadOnlySpan<float> predictions, int columns, ReadOnlySpan<float> weights) =>
        UpdateCore(labels, predictions, columns, default, false, weights, true);

    /// <summary>Accumulates a <c>[rows, columns]</c> batch, row-major. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The targets, <c>[rows, columns]</c> row-major.</param>
    /// <param name="predictions">The predictions, the same shape.</param>
    /// <param name="columns">The number of outputs (the row length).</param>
    /// <param name="mask">Which rows to include; <c>Update(x, mask: m)</c> equals <c>Update(x[m])</c>.</param>
    /// <param name="weights">Non-negative sample weights, one per row; weight 0 excludes the row.</param>
    /// <exception cref="ArgumentException">Lengths differ, rows are ragged, a weight is invalid, or the column count differs from the metric's outputs.</exception>
    public MultiOutputR2Score Update(ReadOnlySpan<float> labels, ReadOnlySpan<float> predictions, int columns, ReadOnlySpan<bool> mask, ReadOnlySpan<float> weights) =>
        UpdateCore(labels, predictions, columns, mask, true, weights, true);

    /// <summary>Accumulates a <c>[rows, outputs]</c> batch. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The targets, <c>[rows, outputs]</c>.</param>
    /// <param name="predictions">The predictions, the same shape.</param>
    /// <param name="mask">Which rows to include (null: all).</param>
    /// <param name="weights">Non-negative sample weights, one per row (null: all 1); weight 0 excludes the row.</param>
    /// <exception cref="ArgumentException">Shapes differ, a weight is invalid, or the column count differs from the metric's outputs.</exception>
    public MultiOutputR2Score Update(double[,] labels, double[,] predictions, bool[]? mask = null, double[]? weights = null)
    {
        var columns = ArrayInput.Columns(labels, predictions);
        return UpdateCore(ArrayInput.Flatten(labels), ArrayInput.Flatten(predictions), columns, mask, mask is not null, weights, weights is not null, nameof(labels));
    }

    /// <summary>Accumulates a <c>[rows, outputs]</c> batch. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The targets, <c>[rows, outputs]</c>.</param>
    /// <param name="predictions">The predictions, the same shape.</param>
    /// <param name="mask">Which rows to include (null: all).</param>
    /// <param name="weights">Non-negative sample weights, one per row (null: all 1); weight 0 excludes the row.</param>
    /// <exception cref="ArgumentException">Shapes differ, a weight is invalid, or the column count differs from the metric's outputs.</exception>
    public MultiOutputR2Score Update(float[,] labels, float[,] predictions, bool[]? mask = null, float[]? weights = null)
    {
        var columns = ArrayInput.Columns(labels, predictions);
        return UpdateCore(ArrayInput.Flatten(labels), ArrayInput.Flatten(predictions), columns, mask, mask is not null, weights, weights is not null, nameof(labels));
    }

    /// <summary>
    /// Accumulates a <c>[..., outputs]</c> batch: every index of the leading dimensions is a row. Updates this metric
    /// in place and returns it, for chaining.
    /// </summary>
    /// <param name="labels">The targets, <c>[..., outputs]</c> (at least two dimensions).</param>
    /// <param name="predictions">The predictions, the same shape.</param>
    /// <param name="mask">Which rows to include, shaped as the leading dimensions (null: all).</param>
    /// <param name="weights">Non-negative sample weights shaped as the leading dimensions (null: all 1).</param>
    /// <exception cref="ArgumentException">Shapes differ, a weight is invalid, or the column count differs from the metric's outputs.</exception>
    public MultiOutputR2Score Update(Tensor<double> labels, Tensor<double> predictions, Tensor<bool>? mask = null, Tensor<double>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(predictions);
        return UpdateTensors((ReadOnlyTensorSpan<double>)labels, (ReadOnlyTensorSpan<double>)predictions, mask is null ? default(ReadOnlyTensorSpan<bool>) : (ReadOnlyTensorSpan<bool>)mask, mask is not null, weights is null ? default(ReadOnlyTensorSpan<double>) : (ReadOnlyTensorSpan<double>)weights, weights is not null);
    }

    /// <summary>
    /// Accumulates a <c>[..., outputs]</c> batch: every index of the leading dimensions is a row. Updates this metric
    /// in place and returns it, for chaining.
    /// </summary>
    /// <param name="labels">The targets, <c>[..., outputs]</c> (at least two dimensions).</param>
    /// <param name="predictions">The predictions, the same shape.</param>
    /// <param name="mask">Which rows to include, shaped as the leading dimensions (null: all).</param>
    /// <param name="weights">Non-negative sample weights shaped as the leading dimensions (null: all 1).</param>
    /// <exception cref="ArgumentException">Shapes differ, a weight is invalid, or the column count differs from the metric's outputs.</exception>
    public MultiOutputR2Score Update(Tensor<float> labels, Tensor<float> predictions, Tensor<bool>? mask = null, Tensor<float>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(predictions);
        return UpdateTensors((ReadOnlyTensorSpan<float>)labels, (ReadOnlyTensorSpan<float>)predictions, mask is null ? default(ReadOnlyTensorSpan<bool>) : (ReadOnlyTensorSpan<bool>)mask, mask is not null, weights is null ? default(ReadOnlyTensorSpan<float>) : (ReadOnlyTensorSpan<float>)weights, weights is not null);
    }

    /// <summary>
    /// Accumulates a <c>[..., outputs]</c> batch: every index of the leading dimensions is a row. Updates this metric
    /// in place and returns it, for chaining.
    /// </summary>
    /// <param name="labels">The targets, <c>[..., outputs]</c> (at least two dimensions).</param>
    /// <param name="predictions">The predictions, the same shape.</param>
    /// <exception cref="ArgumentException">Shapes differ or the column count differs from the metric's outputs.</exception>
    public MultiOutputR2Score Update(in ReadOnlyTensorSpan<double> labels, in ReadOnlyTensorSpan<double> predictions) =>
        UpdateTensors(labels, predictions, default, false, default, false);

    /// <summary>
    /// Accumulates a <c>[..., outputs]</c> batch: every index of the leading dimensions is a row. Updates this metric
    /// in place and returns it, for chaining.
    /// </summary>
    /// <param name="labels">The targets, <c>[..., outputs]</c> (at least two dimensions).</param>
    /// <param name="predictions">The predictions, the same shape.</param>
    /// <exception cref="ArgumentException">Shapes differ or the column count differs from the metric's outputs.</exception>
    public MultiOutputR2Score Update(in ReadOnlyTensorSpan<float> labels, in ReadOnlyTensorSpan<float> predictions) =>
        UpdateTensors(labels, predictions, default, false, default, false);

    private static MultiOutputAverage Aggregation(object? value, string key)
    {
        if (value is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String or System.Text.Json.JsonValueKind.Null } json)
        {
            value = json.GetString();
        }

        if (value is string text)
        {
            switch (MetricArguments.Normalize(text))
            {
                case "uniform":
                case "uniformaverage":
                    return MultiOutputAverage.Uniform;
                case "varianceweighted":
                case "varianceweightedaverage":
                    return MultiOutputAverage.VarianceWeighted;
            }
        }

        if (value is null || (value is string none && MetricArguments.Normalize(none) is "none" or "rawvalues"))
        {
            throw new ArgumentException(
                $"Parameter '{key}' = {value ?? "null"}: per-output values (Keras' None, scikit-learn's \"raw_values\") are {MetricName}.PerOutput(); use \"uniform_average\" or \"variance_weighted_average\" here.",
                key);
        }

        return MetricArguments.Convert<MultiOutputAverage>(value, key);
    }

    private static R2Score[] Fresh(int outputs, int regressors)
    {
        var states = new R2Score[outputs];
        Array.Fill(states, new R2Score(regressors));
        return states;
    }

    private readonly string ParameterText() =>
        string.Create(CultureInfo.InvariantCulture, $"ClassAggregation: {ClassAggregation}, NumRegressors: {NumRegressors}, NumOutputs: {NumOutputs}");

    private MultiOutputR2Score UpdateTensors<T>(
        in ReadOnlyTensorSpan<T> labels, in ReadOnlyTensorSpan<T> predictions, in ReadOnlyTensorSpan<bool> mask, bool hasMask, in ReadOnlyTensorSpan<T> weights, bool hasWeights)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        if (labels.Rank < 2)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"'labels' must be [rows, outputs] (at least two dimensions); it has {labels.Rank}."),
                nameof(labels));
        }

        TensorInput.RequireShape(predictions, nameof(predictions), labels.Lengths, nameof(labels));
        var rows = TensorInput.RowShape(labels);
        if (hasMask)
        {
            TensorInput.RequireShape(mask, nameof(mask), rows, "labels' rows");
        }

        if (hasWeights)
        {
            TensorInput.RequireShape(weights, nameof(weights), rows, "labels' rows");
        }

        using var labelsFlat = TensorInput.Flatten(labels);
        using var predictionsFlat = TensorInput.Flatten(predictions);
        using var maskFlat = TensorInput.Flatten(mask);
        using var weightsFlat = TensorInput.Flatten(weights);
        var columns = TensorInput.Columns(labels, nameof(labels));
        return UpdateCore(labelsFlat.Span, predictionsFlat.Span, columns, maskFlat.Span, hasMask, weightsFlat.Span, hasWeights, nameof(labels));
    }

    private MultiOutputR2Score UpdateCore<T>(
        ReadOnlySpan<T> labels, ReadOnlySpan<T> predictions, int columns, ReadOnlySpan<bool> mask, bool hasMask, ReadOnlySpan<T> weights, bool hasWeights,
        string columnsFrom = "columns")
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        // Everything that can throw is checked before the first column is accumulated, so a rejected batch leaves
        // every output unchanged.
        var rows = MetricGuard.RowPairBatch(labels.Length, predictions.Length, columns);
        var declared = _outputs?.Length ?? NumOutputs;
        if (declared > 0 && columns != declared)
        {
            // The argument that carries the column count: 'columns' for spans, the labels' shape otherwise.
            throw new ArgumentException(
                columnsFrom == "columns"
                    ? string.Create(CultureInfo.InvariantCulture, $"'columns' is {columns} but the metric has {declared} outputs.")
                    : string.Create(CultureInfo.InvariantCulture, $"'{columnsFrom}' has {columns} output columns but the metric has {declared} outputs."),
                columnsFrom);
        }

        if (hasMask)
        {
            MetricGuard.Length(rows, "rows of labels", mask.Length, nameof(mask));
        }

        if (hasWeights)
        {
            MetricGuard.Length(rows, "rows of labels", weights.Length, nameof(weights));
            MetricGuard.Weights(weights, nameof(weights));
        }

        if (rows == 0)
        {
            return this;
        }

        var outputs = _outputs ?? Fresh(columns, NumRegressors);
        var buffer = ArrayPool<T>.Shared.Rent(2 * rows);
        try
        {
            var y = buffer.AsSpan(0, rows);
            var p = buffer.AsSpan(rows, rows);
            for (var j = 0; j < columns; j++)
            {
                Gather(labels, columns, j, y);
                Gather(predictions, columns, j, p);
                outputs[j] = UpdateOutput(outputs[j], y, p, mask, hasMask, weights, hasWeights);
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(buffer);
        }

        // A first batch that keeps no row leaves the metric as it was: without outputs.
        if (_outputs is not null || outputs[0].Count > 0)
        {
            _outputs = outputs;
        }

        return this;
    }

    private static void Gather<T>(ReadOnlySpan<T> rowMajor, int columns, int column, Span<T> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = rowMajor[(i * columns) + column];
        }
    }

    private static R2Score UpdateOutput<T>(
        R2Score output, ReadOnlySpan<T> labels, ReadOnlySpan<T> predictions, ReadOnlySpan<bool> mask, bool hasMask, ReadOnlySpan<T> weights, bool hasWeights)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            var y = MemoryMarshal.Cast<T, float>(labels);
            var p = MemoryMarshal.Cast<T, float>(predictions);
            var w = MemoryMarshal.Cast<T, float>(weights);
            return (hasMask, hasWeights) switch
            {
                (false, false) => output.Update(y, p),
                (true, false) => output.Update(y, p, mask),
                (false, true) => output.Update(y, p, w),
                _ => output.Update(y, p, mask, w),
            };
        }
        else
        {
            var y = MemoryMarshal.Cast<T, double>(labels);
            var p = MemoryMarshal.Cast<T, double>(predictions);
            var w = MemoryMarshal.Cast<T, double>(weights);
            return (hasMask, hasWeights) switch
            {
                (false, false) => output.Update(y, p),
                (true, false) => output.Update(y, p, mask),
                (false, true) => output.Update(y, p, w),
                _ => output.Update(y, p, mask, w),
            };
        }
    }
}
