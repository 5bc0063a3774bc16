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
/// A per-column metric (<see cref="CellsAttribute"/>): the state is one <see cref="R2Score"/> per output column
/// (shifted moments, so data offset by 1e9 keeps its precision), each updated by R2Score's own generated update and
/// merged by its Chan merge; the generator writes the batch overloads, merge and persistence.
/// </para>
/// <para>
/// The number of outputs is <see cref="NumOutputs"/> when given, else it is fixed by the first batch that keeps a row
/// (an empty or all-masked batch changes nothing); a later batch with another column count is rejected. A constant
/// output column scores 1 if predicted perfectly, else 0 (scikit-learn's <c>force_finite</c>; Keras gives NaN for the
/// perfect case), and the variance-weighted average falls back to the uniform one when every output is constant.
/// Adjusted R² uses the weighted row count as n, per output, and is NaN when <c>n − p − 1 ≤ 0</c> (Keras warns and
/// returns the plain R²). Struct copies made by assignment share the per-output states; <c>Copy()</c> is deep.
/// </para>
/// </remarks>
[Metric]
[HigherIsBetter]
public partial record struct MultiOutputR2Score
{
    /// <summary>How per-output scores are combined by <see cref="Compute"/>.</summary>
    [Parameter] public MultiOutputAverage ClassAggregation { get; init; } = MultiOutputAverage.Uniform;

    /// <summary>The number of regressors p for the adjusted R² (0: plain R²).</summary>
    [Parameter(Min = 0)] public int NumRegressors { get; init; } = 0;

    /// <summary>The declared number of output columns; 0 when it is taken from the first batch.</summary>
    [Parameter(Min = 0)] public int NumOutputs { get; init; } = 0;

    /// <summary>The state of each output column (none before the first batch that keeps a row).</summary>
    [Cells(nameof(NumOutputs))] public MetricCells<R2Score> Outputs;

    /// <summary>The number of outputs: declared, or seen in the first batch that kept a row; else 0.</summary>
    public readonly int OutputCount => Outputs.IsEmpty ? NumOutputs : Outputs.Length;

    /// <summary>
    /// R² combined over outputs by <see cref="ClassAggregation"/>; NaN before any row is kept. Adjusted when
    /// <see cref="NumRegressors"/> &gt; 0.
    /// </summary>
    public readonly double Compute() =>
        Outputs.IsEmpty ? double.NaN : R2Score.Average(Outputs, ClassAggregation);

    /// <summary>The R² of each output column (scikit-learn's <c>multioutput="raw_values"</c>, Keras' <c>class_aggregation=None</c>); NaN for every output before a row is kept.</summary>
    public readonly double[] PerOutput()
    {
        var values = new double[OutputCount];
        for (var j = 0; j < values.Length; j++)
        {
            values[j] = Outputs.IsEmpty ? double.NaN : Outputs[j].Compute();
        }

        return values;
    }

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
}
