using System.Threading;
using System.Threading.Tasks;

namespace Metrics.Orleans.Evaluation;

/// <summary>Waits for an evaluation from a client.</summary>
public static class EvaluationGrainExtensions
{
    /// <summary>Polls the evaluation's progress until it completes, and returns its result.</summary>
    /// <param name="evaluation">The evaluation grain.</param>
    /// <param name="pollInterval">The time between polls.</param>
    /// <param name="progress">Told each progress polled, or null.</param>
    /// <param name="cancellationToken">Stops waiting (not the evaluation).</param>
    /// <returns>The result.</returns>
    /// <exception cref="EvaluationFailedException">A shard failed; the exception names it, and the file and row for bad data.</exception>
    /// <exception cref="InvalidOperationException">The evaluation was never started.</exception>
    public static async Task<EvaluationResult> WaitForResultAsync(
        this IEvaluationGrain evaluation, TimeSpan pollInterval, IProgress<EvaluationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        while (true)
        {
            var current = await evaluation.GetProgressAsync().ConfigureAwait(false);
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

            await Task.Delay(pollInterval, cancellationToken).ConfigureAwait(false);
        }
    }
}
