namespace Metrics.Orleans.Evaluation;

/// <summary>Where an evaluation is.</summary>
public enum EvaluationStatus
{
    /// <summary>Not started: the grain has no request.</summary>
    NotStarted,

    /// <summary>Shards are being evaluated.</summary>
    Running,

    /// <summary>Every shard's state was accepted and merged; the result is ready.</summary>
    Completed,

    /// <summary>A shard failed; the accepted states are kept and <see cref="IEvaluationGrain.ResumeAsync"/> re-runs the rest.</summary>
    Failed,
}
