using System.Linq;
using Metrics.Data;

namespace Metrics.Orleans.Evaluation;

/// <summary>The columns a worker reads from a shard's file: a <see cref="ColumnMapping"/> that travels in grain calls.</summary>
[GenerateSerializer]
[Immutable]
[Alias("Metrics.Orleans.ShardColumns")]
public sealed class ShardColumns
{
    /// <summary>Creates the columns.</summary>
    /// <param name="labels">The label column.</param>
    /// <param name="predictions">One prediction column, or one per class.</param>
    /// <exception cref="ArgumentException">A column name is missing (as <see cref="ColumnMapping"/> checks).</exception>
    public ShardColumns(string labels, params string[] predictions)
    {
        _ = new ColumnMapping(labels, predictions);
        Labels = labels;
        Predictions = predictions.ToArray();
    }

    /// <summary>The label column.</summary>
    [Id(0)]
    public string Labels { get; }

    /// <summary>The prediction columns.</summary>
    [Id(1)]
    public string[] Predictions { get; }

    /// <summary>The boolean column masking rows out, if any.</summary>
    [Id(2)]
    public string? Mask { get; init; }

    /// <summary>The sample-weight column, if any.</summary>
    [Id(3)]
    public string? Weights { get; init; }

    /// <summary>The same columns for <see cref="MetricDataSource"/>.</summary>
    public ColumnMapping ToMapping() => new(Labels, Predictions) { Mask = Mask, Weights = Weights };

    /// <summary>The columns of <paramref name="mapping"/>, which must name no group column (a shard is evaluated whole).</summary>
    /// <param name="mapping">The mapping.</param>
    /// <exception cref="ArgumentException">The mapping names a group column.</exception>
    public static ShardColumns From(ColumnMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        if (mapping.Group is not null)
        {
            throw new ArgumentException(
                $"The mapping names the group column '{mapping.Group}'; a shard is evaluated whole, without groups.", nameof(mapping));
        }

        return new ShardColumns(mapping.Labels, [.. mapping.Predictions]) { Mask = mapping.Mask, Weights = mapping.Weights };
    }
}
