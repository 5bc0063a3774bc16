using System.Linq;

namespace Metrics;

/// <summary>
/// The "did you mean" part of an unknown-identifier message, with a bounded cost whatever the name: identifiers are
/// short, so only names up to <see cref="MaxComparedLength"/> characters are compared, with an edit distance that
/// stops at its limit; the message echoes at most <see cref="EchoLength"/> characters of the name.
/// </summary>
internal static class SuggestionSearch
{
    /// <summary>The longest (normalized) name compared with the identifiers.</summary>
    public const int MaxComparedLength = 64;

    /// <summary>How much of a caller's text a message echoes.</summary>
    public const int EchoLength = 64;

    private const int MaxSuggestions = 6;

    /// <summary>The message for an identifier that names no metric, listing close matches.</summary>
    /// <param name="identifier">The unknown identifier.</param>
    /// <param name="identifiers">The registered identifiers.</param>
    public static string UnknownMessage(string identifier, IReadOnlyList<string> identifiers)
    {
        var close = Close(MetricArguments.Normalize(identifier), identifiers);
        return close.Length == 0
            ? $"Unknown metric '{Echo(identifier)}'; MetricRegistry.Identifiers lists the known ones."
            : $"Unknown metric '{Echo(identifier)}'. Did you mean {string.Join(", ", close.Select(c => $"'{c}'"))}?";
    }

    /// <summary>The first <see cref="EchoLength"/> characters of a caller's text, with its length when it is cut.</summary>
    /// <param name="text">The text.</param>
    public static string Echo(string text) =>
        text.Length <= EchoLength ? text : $"{text[..EchoLength]}… ({text.Length} characters)";

    private static string[] Close(string wanted, IReadOnlyList<string> identifiers)
    {
        if (wanted.Length == 0 || wanted.Length > MaxComparedLength)
        {
            return [];
        }

        var limit = Math.Max(2, wanted.Length / 3);
        var found = new List<(string Spelling, int Distance)>();
        foreach (var spelling in identifiers)
        {
            var candidate = MetricArguments.Normalize(spelling);
            var contains = wanted.Length >= 3 && candidate.Contains(wanted, StringComparison.Ordinal);

            // A name contained in an identifier is suggested whatever the distance, ranked by it (the identifier's
            // length bounds it).
            var distance = Distance(wanted, candidate, contains ? candidate.Length : limit);
            if (distance <= limit || contains)
            {
                found.Add((spelling, distance));
            }
        }

        return found
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Spelling, StringComparer.Ordinal)
            .Select(c => c.Spelling)
            .Take(MaxSuggestions)
            .ToArray();
    }

    // Levenshtein distance, or limit + 1 as soon as it must exceed limit (only the band |i - j| <= limit is computed).
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - limit);
            var to = Math.Min(b.Length, i + limit);
            current[from - 1] = from == 1 ? i : limit + 1;
            var best = current[from - 1];
            for (var j = from; j <= to; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                var above = j <= i - 1 + limit ? previous[j] : limit + 1;
                current[j] = Math.Min(substitution, Math.Min(above, current[j - 1]) + 1);
                best = Math.Min(best, current[j]);
            }

            if (to < b.Length)
            {
                current[to + 1] = limit + 1;
            }

            if (best > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
