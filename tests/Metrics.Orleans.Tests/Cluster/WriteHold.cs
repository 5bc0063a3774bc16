using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;

namespace Metrics.Orleans.Tests.Cluster;

/// <summary>
/// Holds the <see cref="SharedGrainStorage"/> writes whose key (<c>{state name}/{grain id}</c>) matches, until
/// disposed: a write kept in flight for as long as a test needs.
/// </summary>
public sealed class WriteHold : IDisposable
{
    private static readonly ConcurrentDictionary<WriteHold, bool> Active = new();

    private readonly Func<string, bool> _matches;
    private readonly TaskCompletionSource<string> _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WriteHold(Func<string, bool> matches) => _matches = matches;

    /// <summary>Completes, with the key, when a held write arrives.</summary>
    public Task<string> Reached => _reached.Task;

    /// <summary>Holds the writes whose key <paramref name="matches"/>.</summary>
    /// <param name="matches">Which keys to hold.</param>
    /// <returns>The hold; dispose it to let the writes through.</returns>
    public static WriteHold Writes(Func<string, bool> matches)
    {
        var hold = new WriteHold(matches);
        Active[hold] = true;
        return hold;
    }

    /// <summary>Releases the held writes, and lets later ones through.</summary>
    public void Dispose()
    {
        Active.TryRemove(this, out _);
        _released.TrySetResult();
    }

    /// <summary>Waits while a hold matches the key (at once when none does).</summary>
    internal static Task WaitFor(string key) =>
        Task.WhenAll(Active.Keys.Where(hold => hold._matches(key)).Select(hold =>
        {
            hold._reached.TrySetResult(key);
            return hold._released.Task;
        }));
}
