using Metrics.Data;

namespace Metrics.Orleans.Evaluation;

/// <summary>
/// A part of an evaluation's rows that one worker reads: a file (CSV, Parquet, Arrow, read by
/// <see cref="MetricDataSource.Open"/> with <see cref="Columns"/>), or a user source of batches (an
/// <see cref="IShardSource"/> registered in the silo's services under <see cref="Source"/>, handed
/// <see cref="Argument"/>). Its <see cref="Id"/> keys its state: a state for an id already accepted is ignored.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("Metrics.Orleans.Shard")]
public sealed class Shard : IEquatable<Shard>
{
    private Shard(string id, string? path, ShardColumns? columns, string? source, string? argument)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Id = id;
        Path = path;
        Columns = columns;
        Source = source;
        Argument = argument;
    }

    /// <summary>The shard's id, unique in its evaluation.</summary>
    [Id(0)]
    public string Id { get; }

    /// <summary>The file a worker reads, or null for a user source.</summary>
    [Id(1)]
    public string? Path { get; }

    /// <summary>The file's columns, or null for a user source.</summary>
    [Id(2)]
    public ShardColumns? Columns { get; }

    /// <summary>The name of the <see cref="IShardSource"/> a worker reads, or null for a file.</summary>
    [Id(3)]
    public string? Source { get; }

    /// <summary>What the user source is handed to find the shard's rows (a key, a range, a URI), or null.</summary>
    [Id(4)]
    public string? Argument { get; }

    /// <summary>A shard that is a file, read by every silo at <paramref name="path"/> (a shared or replicated disk).</summary>
    /// <param name="id">The shard's id.</param>
    /// <param name="path">The file.</param>
    /// <param name="columns">Its columns.</param>
    public static Shard File(string id, string path, ShardColumns columns)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(columns);
        return new Shard(id, path, columns, null, null);
    }

    /// <summary>A shard that is a file, with the columns of a <see cref="ColumnMapping"/>.</summary>
    /// <param name="id">The shard's id.</param>
    /// <param name="path">The file.</param>
    /// <param name="mapping">Its columns (no group column).</param>
    public static Shard File(string id, string path, ColumnMapping mapping) => File(id, path, ShardColumns.From(mapping));

    /// <summary>A shard read from the <see cref="IShardSource"/> registered as <paramref name="source"/>.</summary>
    /// <param name="id">The shard's id.</param>
    /// <param name="source">The source's name in the silo's services (a keyed service).</param>
    /// <param name="argument">What the source is handed.</param>
    public static Shard FromSource(string id, string source, string? argument = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        return new Shard(id, null, null, source, argument);
    }

    /// <summary>What the shard reads, for messages: the file, or the source and its argument.</summary>
    public string Describe() => Path is not null ? $"file '{Path}'" : $"source '{Source}' ({Argument})";

    /// <inheritdoc/>
    public bool Equals(Shard? other) =>
        other is not null && Id == other.Id && Path == other.Path && Source == other.Source && Argument == other.Argument
        && (Columns is null ? other.Columns is null : other.Columns is not null && Columns.ToMapping() == other.Columns.ToMapping());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Shard);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Path, Source, Argument);

    /// <inheritdoc/>
    public override string ToString() => $"shard '{Id}' ({Describe()})";
}
