using System.Text.Json;

namespace Metrics;

/// <summary>
/// Reads a metric's state fields from the properties of a JSON <c>state</c> object, in declaration order: the field
/// asked for must be the next property, under its declared name. Refusals are <see cref="MetricStateException"/>s.
/// </summary>
internal struct JsonStateReader : IMetricStateReader
{
    private readonly JsonProperty[] _fields;
    private readonly string _metric;
    private int _next;

    public JsonStateReader(JsonElement state, string metric)
    {
        _fields = [.. state.EnumerateObject()];
        _metric = metric;
        _next = 0;
    }

    /// <summary>Refuses properties left after the last field the metric read.</summary>
    public readonly void ThrowIfFieldsRemain()
    {
        if (_next < _fields.Length)
        {
            throw new MetricStateException(
                MetricStateProblem.OtherLayout,
                $"The {_metric} state has a field '{_fields[_next].Name}' after its last field: the layout differs.");
        }
    }

    public double Real(string name) => ReadReal(Next(name), name);

    public long Whole(string name)
    {
        var value = Next(name);
        return value.ValueKind == JsonValueKind.Number && value.GetRawText().AsSpan().IndexOfAny('.', 'e', 'E') < 0 && value.TryGetInt64(out var whole)
            ? whole
            : throw Invalid($"The {_metric} state field '{name}' must be a whole number (a 64-bit integer); it is {Show(value)}.");
    }

    public SumArray Cells(string name, int length)
    {
        var value = Next(name);
        var cells = ReadReals(value, name);
        return cells.Length == length
            ? SumArray.FromCells(cells)
            : throw Invalid(string.Create(CultureInfo.InvariantCulture, $"The {_metric} state field '{name}' holds {cells.Length} cells where the parameters require {length}."));
    }

    public SampleBuffer Samples(string name)
    {
        var value = Next(name);
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Invalid($"The {_metric} state field '{name}' must be an object {{\"count\", \"width\", \"scores\", \"labels\", \"weights\"}}; it is {Show(value)}.");
        }

        long count = -1, width = -1;
        double[]? scores = null, labels = null, weights = null;
        foreach (var part in value.EnumerateObject())
        {
            switch (part.Name)
            {
                case JsonSamples.Count when count < 0:
                    count = ReadCount(part.Value, name, part.Name);
                    break;
                case JsonSamples.Width when width < 0:
                    width = ReadCount(part.Value, name, part.Name);
                    break;
                case JsonSamples.Scores when scores is null:
                    scores = ReadReals(part.Value, $"{name}.{part.Name}");
                    break;
                case JsonSamples.Labels when labels is null:
                    labels = ReadReals(part.Value, $"{name}.{part.Name}");
                    break;
                case JsonSamples.Weights when weights is null:
                    weights = ReadReals(part.Value, $"{name}.{part.Name}");
                    break;
                default:
                    throw Invalid($"The {_metric} state field '{name}' has an unknown or repeated part '{part.Name}'.");
            }
        }

        if (count < 0 || width < 0 || scores is null || labels is null)
        {
            throw Invalid($"The {_metric} state field '{name}' needs \"count\", \"width\", \"scores\" and \"labels\".");
        }

        if (labels.Length != count || scores.LongLength != count * width || (weights is not null && weights.Length != count))
        {
            throw Invalid(string.Create(
                CultureInfo.InvariantCulture,
                $"The {_metric} state field '{name}' says {count} samples of width {width}, but holds {scores.Length} scores, {labels.Length} labels and {(weights is null ? "no" : weights.Length.ToString(CultureInfo.InvariantCulture))} weights."));
        }

        try
        {
            return Restore((int)width, scores, labels, weights ?? []);
        }
        catch (ArgumentException e)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, $"The {_metric} state field '{name}' cannot be restored: {e.Message}", e);
        }
    }

    // The buffer in the compact storage the values allow, as appending them would have chosen: float scores while every
    // score is exactly a float, byte labels while every label is a whole number from 0 to 255.
    private static SampleBuffer Restore(int width, double[] scores, double[] labels, double[] weights)
    {
        var singles = Array.TrueForAll(scores, s => (float)s == s);
        var bytes = Array.TrueForAll(labels, l => l is >= 0 and <= 255 && BitConverter.DoubleToInt64Bits((byte)l) == BitConverter.DoubleToInt64Bits(l));
        return (singles, bytes) switch
        {
            (true, true) => SampleBuffer.FromParts<float, byte>(width, Array.ConvertAll(scores, s => (float)s), Array.ConvertAll(labels, l => (byte)l), weights),
            (true, false) => SampleBuffer.FromParts<float, double>(width, Array.ConvertAll(scores, s => (float)s), labels, weights),
            (false, true) => SampleBuffer.FromParts<double, byte>(width, scores, Array.ConvertAll(labels, l => (byte)l), weights),
            _ => SampleBuffer.FromParts<double, double>(width, scores, labels, weights),
        };
    }

    private static string Show(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "...");
    }

    private JsonElement Next(string name)
    {
        if (_next >= _fields.Length)
        {
            throw new MetricStateException(MetricStateProblem.OtherLayout, $"The {_metric} state has no field '{name}': the layout differs.");
        }

        var field = _fields[_next];
        if (field.Name != name)
        {
            throw new MetricStateException(
                MetricStateProblem.OtherLayout,
                string.Create(CultureInfo.InvariantCulture, $"The {_metric} state has the field '{field.Name}' where '{name}' (field {_next + 1}) belongs: the layout differs."));
        }

        _next++;
        return field.Value;
    }

    private readonly long ReadCount(JsonElement value, string name, string part) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count) && count >= 0
            ? count
            : throw Invalid($"The {_metric} state field '{name}' has a \"{part}\" of {Show(value)}: it must be a whole number from 0 to {int.MaxValue}.");

    private readonly double ReadReal(JsonElement value, string name) =>
        JsonReals.TryRead(value, out var real)
            ? real
            : throw Invalid($"The {_metric} state field '{name}' must be a number or \"NaN\", \"Infinity\", \"-Infinity\"; it is {Show(value)}.");

    private readonly double[] ReadReals(JsonElement value, string name)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Invalid($"The {_metric} state field '{name}' must be an array of numbers; it is {Show(value)}.");
        }

        var reals = new double[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            reals[i] = ReadReal(item, string.Create(CultureInfo.InvariantCulture, $"{name}[{i}]"));
            i++;
        }

        return reals;
    }

    private static MetricStateException Invalid(string message) => new(MetricStateProblem.Invalid, message);
}
