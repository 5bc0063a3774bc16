namespace Metrics.Orleans.Evaluation;

/// <summary>Where evaluation grains keep their state.</summary>
public sealed class EvaluationOptions
{
    /// <summary>The name of the grain storage provider (default <c>metrics</c>): register memory, ADO.NET or any other storage under it.</summary>
    public string StorageName { get; set; } = "metrics";

    /// <summary>
    /// The name of the evaluation's state in that storage (default <c>evaluation</c>); each accepted shard's state is a
    /// record of its own under <c>{StateName}.shard</c>.
    /// </summary>
    public string StateName { get; set; } = "evaluation";
}
