using System.Threading;
using System.Threading.Tasks;

namespace Metrics.Orleans.Evaluation;

/// <summary>Waits for an evaluation from a client.</summary>
public static class EvaluationGrainExtensions
{
    // Well under Orleans' default response timeout (30 s), so that a wait never times out as a failed call.
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Waits until the evaluation completes (<see cref="IEvaluationGrain.WaitAsync"/>: told at once, not found by
    /// polling), and returns its result.
    /// </summary>
    /// <param name="evaluation">The evaluation grain.</param>
    /// <param name="pollInterval">The time between progress reports while it runs (at most 10 s is waited in one call).</param>
    /// <param name="progress">Told the progress every <paramref name="pollInterval"/> and at the end, or null.</param>
    /// <param name="cancellationToken">Stops waiting (not the evaluation).</param>
    /// <returns>The result.</returns>
    /// <exception cref="EvaluationFailedException">A shard failed; the exception names it, and the file and row for bad data.</exception>
    /// <exception cref="InvalidOperationException">The evaluation was never started.</exception>
    public static async Task<EvaluationResult> WaitForResultAsync(
        this IEvaluationGrain evaluation, TimeSpan pollInterval, IProgress<EvaluationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentOutOfRangeException.ThrowIfLessThan(pollInterval, TimeSpan.Zero);
        var wait = pollInterval < LongestWait ? pollInterval : LongestWait;
        while (true)
        {
            var current = await evaluation.WaitAsync(wait).WaitAsync(cancellationToken).ConfigureAwait(false);
            progress?.Report(current);
            switch (current.Status)
            {
                case EvaluationStatus.Completed:
                    return await evaluation.GetResultAsync().ConfigureAwait(false);
                case EvaluationStatus.Failed:
                    throw new EvaluationFailedException(evaluation.GetPrimaryKeyString(), current.Failure!);
                case EvaluationStatus.NotStarted:
                    throw new InvalidOperationException($"Evaluation '{evaluation.GetPrimaryKeyString()}' has not been started.");
            }
        }
    }
}
