using System.Threading.Tasks;
using Orleans.Concurrency;

namespace Metrics.Orleans.Evaluation;

/// <summary>
/// An evaluation over shards, keyed by its evaluation id. It hands each shard to a worker grain, accepts each shard's
/// state once (persisted, keyed by the shard id), retries a shard whose worker times out or whose silo dies, and
/// merges the states when all are in, in a fixed tree over the shard order (0+1, 2+3, ..., then pairs of pairs), so the
/// result never depends on which silo finished first.
/// </summary>
[Alias("Metrics.Orleans.IEvaluationGrain")]
public interface IEvaluationGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts the evaluation and returns at once. Starting it again with the same request returns its progress;
    /// with another request, it throws.
    /// </summary>
    /// <param name="request">The configuration and shards.</param>
    /// <returns>The progress.</returns>
    [Alias("Start")]
    Task<EvaluationProgress> StartAsync(EvaluationRequest request);

    /// <summary>The progress: shards done and total, rows, status and failure. A running evaluation whose grain was reactivated carries on.</summary>
    /// <returns>The progress.</returns>
    [Alias("GetProgress")]
    Task<EvaluationProgress> GetProgressAsync();

    /// <summary>
    /// The progress as soon as the evaluation is no longer running (completed or failed), or once
    /// <paramref name="maxWait"/> has passed: a client waits for the end with it instead of polling. It interleaves with
    /// the grain's other calls, and a running evaluation whose grain was reactivated carries on.
    /// </summary>
    /// <param name="maxWait">The longest wait (zero or more; keep it under Orleans' response timeout, 30 s by default).</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxWait"/> is negative.</exception>
    [AlwaysInterleave]
    [Alias("WaitForProgress")]
    Task<EvaluationProgress> WaitAsync(TimeSpan maxWait);

    /// <summary>
    /// Accepts a shard's state unless one was already accepted for that shard id (then it returns false and changes
    /// nothing): a worker or a tool that delivers states on its own may deliver one twice.
    /// </summary>
    /// <param name="result">The shard's state.</param>
    /// <returns>Whether the state was accepted.</returns>
    [Alias("AcceptShard")]
    Task<bool> AcceptShardAsync(ShardResult result);

    /// <summary>
    /// Carries on a failed evaluation: the shards not yet accepted are evaluated again, with
    /// <paramref name="replacements"/> (same ids) in place of their descriptions. The accepted states stay.
    /// </summary>
    /// <param name="replacements">New descriptions of shards not yet accepted (a fixed file), or null.</param>
    /// <returns>The progress.</returns>
    [Alias("Resume")]
    Task<EvaluationProgress> ResumeAsync(Shard[]? replacements = null);

    /// <summary>The merged result of a completed evaluation.</summary>
    /// <returns>The result.</returns>
    [Alias("GetResult")]
    Task<EvaluationResult> GetResultAsync();
}
