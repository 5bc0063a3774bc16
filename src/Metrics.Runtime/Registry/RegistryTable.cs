using System.Linq;

namespace Metrics;

/// <summary>
/// One published state of the registry: its entries by normalized identifier and the sorted identifiers. Never changed
/// after construction, so readers need no lock; a registration publishes a new table.
/// </summary>
internal sealed class RegistryTable
{
    public static readonly RegistryTable Empty = new(new Dictionary<string, MetricRegistry.Entry>(StringComparer.Ordinal));

    public RegistryTable(Dictionary<string, MetricRegistry.Entry> entries)
    {
        Entries = entries;
        Identifiers = Array.AsReadOnly(entries.Values.SelectMany(e => e.Spellings).Distinct().OrderBy(s => s, StringComparer.Ordinal).ToArray());
    }

    /// <summary>The entries by normalized identifier.</summary>
    public IReadOnlyDictionary<string, MetricRegistry.Entry> Entries { get; }

    /// <summary>Every identifier that resolves, sorted ordinally.</summary>
    public IReadOnlyList<string> Identifiers { get; }
}
