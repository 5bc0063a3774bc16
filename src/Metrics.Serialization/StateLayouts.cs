namespace Metrics;

/// <summary>Compares state layout texts (<see cref="IPersistentMetric{TSelf}.StateLayout"/>) and names the part that differs.</summary>
internal static class StateLayouts
{
    /// <summary>What differs between a stored layout and the metric's, or null when they are the same.</summary>
    /// <param name="stored">The layout the input was written with.</param>
    /// <param name="expected">The metric's layout.</param>
    public static string? Difference(string stored, string expected)
    {
        if (string.Equals(stored, expected, StringComparison.Ordinal))
        {
            return null;
        }

        var storedParts = Parts(stored);
        var expectedParts = Parts(expected);
        for (var i = 0; i < Math.Max(storedParts.Length, expectedParts.Length); i++)
        {
            if (i >= storedParts.Length)
            {
                return $"it lacks '{expectedParts[i]}'";
            }

            if (i >= expectedParts.Length)
            {
                return $"it has '{storedParts[i]}', which this metric does not";
            }

            if (!string.Equals(storedParts[i], expectedParts[i], StringComparison.Ordinal))
            {
                return $"it has '{storedParts[i]}' where this metric has '{expectedParts[i]}'";
            }
        }

        return $"'{stored}' is not '{expected}'";
    }

    // "P: int; Q: bool | A: sum double; B: ..." → ["P: int", "Q: bool", "|", "A: sum double", "B: ..."].
    private static string[] Parts(string layout) =>
        layout.Replace(" | ", "; |; ", StringComparison.Ordinal).Split("; ", StringSplitOptions.None);
}
