using System.Linq;

namespace Metrics;

/// <summary>Names how a stored collection configuration differs from a collection's, for a refusal message.</summary>
internal static class CollectionDifference
{
    /// <summary>A sentence naming the members or the first member configuration that differ.</summary>
    /// <param name="stored">The configuration in the input.</param>
    /// <param name="own">The configuration of the collection reading it.</param>
    public static string Describe(CollectionConfig stored, CollectionConfig own)
    {
        var storedNames = stored.Members.Select(m => m.Key).ToArray();
        var ownNames = own.Members.Select(m => m.Key).ToArray();
        if (!storedNames.SequenceEqual(ownNames, StringComparer.Ordinal))
        {
            return $"The input holds the state of a collection of [{string.Join(", ", storedNames)}], not of [{string.Join(", ", ownNames)}].";
        }

        for (var i = 0; i < ownNames.Length; i++)
        {
            var (name, mine) = own.Members[i];
            var theirs = stored.Members[i].Value;
            if (!mine.Equals(theirs))
            {
                return $"Member '{name}' is {Show(theirs)} in the input and {Show(mine)} in this collection.";
            }
        }

        return "The input holds the state of a collection with another configuration.";
    }

    private static string Show(MetricConfig config) =>
        $"{config.Name}({string.Join(", ", config.Parameters.Select(p => $"{p.Key}: {ParameterDifference.Show(p.Value)}"))})";
}
