using System.Collections.Concurrent;
using System.Diagnostics;

namespace Metrics.Orleans;

/// <summary>TEMPORARY attribution timestamps (removed before the branch is done).</summary>
public static class ClusterTrace
{
    private static readonly ConcurrentQueue<(long Ticks, string What)> Events = new();

    /// <summary>Records an event.</summary>
    /// <param name="what">The event.</param>
    public static void Mark(string what) => Events.Enqueue((Stopwatch.GetTimestamp(), what));

    /// <summary>Drains the events, as ms since the first.</summary>
    /// <returns>The lines.</returns>
    public static string Drain()
    {
        var all = new System.Collections.Generic.List<(long Ticks, string What)>();
        while (Events.TryDequeue(out var e))
        {
            all.Add(e);
        }

        if (all.Count == 0)
        {
            return "";
        }

        var first = all[0].Ticks;
        var lines = new System.Text.StringBuilder();
        foreach (var (ticks, what) in all)
        {
            lines.Append(System.Globalization.CultureInfo.InvariantCulture, $"{(ticks - first) * 1000.0 / Stopwatch.Frequency,8:F2} {what}\n");
        }

        return lines.ToString();
    }
}
