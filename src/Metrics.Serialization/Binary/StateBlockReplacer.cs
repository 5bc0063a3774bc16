namespace Metrics;

/// <summary>
/// Reads a collection's states one after another, each into the state it replaces (<see cref="MetricState.ReadInto"/>:
/// same metric, same parameters), and refuses bytes left after the last one before the collection applies any.
/// </summary>
/// <param name="states">The states, as the collection format stores them.</param>
/// <param name="count">How many states the collection replaces.</param>
internal struct StateBlockReplacer(ReadOnlyMemory<byte> states, int count) : IStateReplacer
{
    private int _position;
    private int _index;

    public TMetric Replace<TMetric>(in TMetric current)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var replacement = current;
        if (_position == states.Length)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, string.Create(
                CultureInfo.InvariantCulture, $"The collection state claims {count} states but ends after {_index}."));
        }

        try
        {
            var rest = states.Span[_position..];
            var length = (int)Math.Min(MetricState.CheckPrefix(rest), rest.Length);
            MetricState.ReadInto(rest[..length], ref replacement);
            _position += length;
        }
        catch (MetricStateException e)
        {
            throw new MetricStateException(e.Problem, string.Create(
                CultureInfo.InvariantCulture, $"State {_index + 1} of {count} ({TMetric.MetricName}) is refused: {e.Message}"), e);
        }

        _index++;
        if (_index == count && _position != states.Length)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, string.Create(
                CultureInfo.InvariantCulture, $"The collection state has {states.Length - _position} bytes after its last state."));
        }

        return replacement;
    }
}
