namespace Metrics.Orleans.Evaluation;

/// <summary>An evaluation's progress.</summary>
[GenerateSerializer]
[Immutable]
[Alias("Metrics.Orleans.EvaluationProgress")]
public sealed class EvaluationProgress
{
    /// <summary>Where the evaluation is.</summary>
    [Id(0)]
    public EvaluationStatus Status { get; init; }

    /// <summary>The shards whose state was accepted.</summary>
    [Id(1)]
    public int ShardsDone { get; init; }

    /// <summary>The shards in all.</summary>
    [Id(2)]
    public int ShardsTotal { get; init; }

    /// <summary>The rows of the accepted shards.</summary>
    [Id(3)]
    public long Rows { get; init; }

    /// <summary>Why the evaluation failed, when it did.</summary>
    [Id(4)]
    public ShardFailure? Failure { get; init; }

    /// <summary>The attempts at shards that were retried because a worker timed out or its silo died.</summary>
    [Id(5)]
    public int Retries { get; init; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Status}: {ShardsDone}/{ShardsTotal} shards, {Rows} rows, {Retries} retries{(Failure is null ? string.Empty : $"; {Failure}")}";
}
