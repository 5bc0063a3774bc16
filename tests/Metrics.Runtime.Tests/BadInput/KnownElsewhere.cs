using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>
/// Matrix failures that are known and fixed in separate work, each with what fixes it. Empty when every case holds (as
/// now). Each entry must still fail, so the list cannot rot: when a fix lands, the matrix reports the entry as fixed and
/// it is deleted.
/// </summary>
internal static class KnownElsewhere
{
    /// <summary>Failure id (<c>path/Metric/case</c>) → the branch and issue item that fixes it.</summary>
    public static IReadOnlyDictionary<string, string> Cases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };

    /// <summary>
    /// Asserts that the failures under <paramref name="prefix"/> are exactly the known ones: a new failure fails the
    /// test, and so does a known one that no longer fails.
    /// </summary>
    public static void AssertMatches(string prefix, IReadOnlyDictionary<string, string> failures)
    {
        var found = failures.ToDictionary(f => $"{prefix}/{f.Key}", f => f.Value, StringComparer.Ordinal);
        var unexpected = found.Where(f => !Cases.ContainsKey(f.Key)).Select(f => $"{f.Key}: {f.Value}").ToList();
        var fixedNow = Cases.Keys.Where(k => k.StartsWith(prefix + "/", StringComparison.Ordinal) && !found.ContainsKey(k)).ToList();
        Assert.True(
            unexpected.Count == 0 && fixedNow.Count == 0,
            (unexpected.Count == 0 ? string.Empty : "SPEC §7 broken:\n  " + string.Join("\n  ", unexpected) + "\n")
            + (fixedNow.Count == 0 ? string.Empty : "Fixed now, delete from KnownElsewhere:\n  " + string.Join("\n  ", fixedNow)));
    }
}
