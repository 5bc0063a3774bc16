namespace Metrics.Orleans.Evaluation;

/// <summary>An evaluation failed: <see cref="Failure"/> names the shard and, for bad data, the file and row.</summary>
public sealed class EvaluationFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EvaluationFailedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public EvaluationFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EvaluationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an evaluation's failure.</summary>
    /// <param name="evaluationId">The evaluation.</param>
    /// <param name="failure">Its failure.</param>
    public EvaluationFailedException(string evaluationId, ShardFailure failure)
        : base($"Evaluation '{evaluationId}' failed. {failure}. Fix the shard and call ResumeAsync: the accepted states are kept.")
    {
        Failure = failure;
    }

    /// <summary>The shard's failure.</summary>
    public ShardFailure? Failure { get; }
}
