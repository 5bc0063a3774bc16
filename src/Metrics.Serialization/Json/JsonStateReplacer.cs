using System.Text.Json;

namespace Metrics;

/// <summary>
/// Reads a collection's states from the items of a JSON array, each into the state it replaces, which must have the
/// same parameters.
/// </summary>
/// <param name="states">The array's items, one per state.</param>
internal struct JsonStateReplacer(JsonElement[] states) : IStateReplacer
{
    private int _index;

    public TMetric Replace<TMetric>(in TMetric current)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        TMetric replacement;
        try
        {
            replacement = MetricStateJson.Read<TMetric>(states[_index]);
            if (!MetricConfig.Of(replacement).Equals(MetricConfig.Of(current)))
            {
                throw new MetricStateException(MetricStateProblem.OtherLayout, ParameterDifference.Describe(current, replacement));
            }
        }
        catch (MetricStateException e)
        {
            throw new MetricStateException(e.Problem, string.Create(
                CultureInfo.InvariantCulture, $"State {_index + 1} of {states.Length} ({TMetric.MetricName}) is refused: {e.Message}"), e);
        }

        _index++;
        return replacement;
    }
}
