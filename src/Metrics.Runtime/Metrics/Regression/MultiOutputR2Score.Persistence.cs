using System.Globalization;

namespace Metrics;

/// <summary>
/// The configuration and state visits of the hand-written <see cref="MultiOutputR2Score"/>, as the generator writes them
/// for declared metrics. The state is the number of outputs (0 before a batch kept a row), then each output's
/// <see cref="R2Score"/> fields under the prefix <c>Outputs[j].</c>.
/// </summary>
public partial record struct MultiOutputR2Score : IPersistentMetric<MultiOutputR2Score>
{
    private const string OutputsField = "Outputs";

    /// <inheritdoc/>
    static string IPersistentMetric<MultiOutputR2Score>.StateLayout =>
        "ClassAggregation: global::Metrics.MultiOutputAverage; NumRegressors: int; NumOutputs: int | Outputs: whole long; Outputs[j]: "
        + PersistentVisits.Layout<R2Score>();

    /// <summary>Creates the metric from a configuration (see <see cref="GetConfig"/>), validating it as the constructor does.</summary>
    /// <param name="config">A configuration naming this metric; parameters it leaves out keep their defaults.</param>
    /// <exception cref="ArgumentException">The configuration names another metric, or a parameter is unknown, of the wrong type or invalid.</exception>
    public static MultiOutputR2Score FromConfig(MetricConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return FromArguments(config.ArgumentsFor<MultiOutputR2Score>());
    }

    /// <inheritdoc/>
    static MultiOutputR2Score IPersistentMetric<MultiOutputR2Score>.ReadParameters<TReader>(ref TReader reader)
    {
        var aggregation = reader.Choice<MultiOutputAverage>(nameof(ClassAggregation));
        var regressors = reader.Number<int>(nameof(NumRegressors));
        var outputs = reader.Number<int>(nameof(NumOutputs));
        return new MultiOutputR2Score(aggregation, regressors, outputs);
    }

    /// <summary>The registry name and every parameter value, as JSON-compatible values (Keras' <c>get_config</c>).</summary>
    public readonly MetricConfig GetConfig() => MetricConfig.Of(this);

    /// <inheritdoc/>
    readonly void IPersistentMetric<MultiOutputR2Score>.WriteParameters<TWriter>(ref TWriter writer)
    {
        writer.Choice(nameof(ClassAggregation), ClassAggregation);
        writer.Number(nameof(NumRegressors), NumRegressors);
        writer.Number(nameof(NumOutputs), NumOutputs);
    }

    /// <inheritdoc/>
    readonly void IPersistentMetric<MultiOutputR2Score>.WriteState<TWriter>(ref TWriter writer)
    {
        var outputs = _outputs ?? [];
        writer.Whole(OutputsField, outputs.Length);
        for (var j = 0; j < outputs.Length; j++)
        {
            var prefixed = new PrefixedStateWriter<TWriter>(writer, OutputPrefix(j));
            PersistentVisits.WriteState(outputs[j], ref prefixed);
            writer = prefixed.Inner;
        }
    }

    /// <inheritdoc/>
    void IPersistentMetric<MultiOutputR2Score>.ReadState<TReader>(ref TReader reader)
    {
        var count = reader.Whole(OutputsField);
        if (count < 0 || count > Array.MaxLength || (NumOutputs > 0 && count != 0 && count != NumOutputs))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{MetricName} cannot hold {count} outputs ({ParameterText()})."),
                nameof(reader));
        }

        // Grown as outputs are read, so that a count beyond what the input holds fails on the input, not on an allocation.
        var outputs = new List<R2Score>();
        for (var j = 0; j < count; j++)
        {
            var prefixed = new PrefixedStateReader<TReader>(reader, OutputPrefix(j));
            var output = new R2Score(NumRegressors);
            PersistentVisits.ReadState(ref output, ref prefixed);
            reader = prefixed.Inner;
            outputs.Add(output);
        }

        _outputs = count == 0 ? null : [.. outputs];
    }

    private static string OutputPrefix(int j) => string.Create(CultureInfo.InvariantCulture, $"{OutputsField}[{j}].");
}
