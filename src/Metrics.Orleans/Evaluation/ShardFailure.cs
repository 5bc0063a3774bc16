using System.Text;
using Metrics.Data;

namespace Metrics.Orleans.Evaluation;

/// <summary>Why a shard failed an evaluation: the shard, and, for bad data, the file, row and column.</summary>
[GenerateSerializer]
[Immutable]
[Alias("Metrics.Orleans.ShardFailure")]
public sealed class ShardFailure
{
    /// <summary>Creates a failure.</summary>
    /// <param name="shardId">The shard.</param>
    /// <param name="message">What went wrong.</param>
    public ShardFailure(string shardId, string message)
    {
        ShardId = shardId;
        Message = message;
    }

    /// <summary>The shard's id.</summary>
    [Id(0)]
    public string ShardId { get; }

    /// <summary>The reader's message (for bad data, it names the file, row and column).</summary>
    [Id(1)]
    public string Message { get; }

    /// <summary>The file or source, when the data was bad.</summary>
    [Id(2)]
    public string? File { get; init; }

    /// <summary>The 1-based row as the reader counts it (in a CSV file the header is row 1), when known.</summary>
    [Id(3)]
    public long? Row { get; init; }

    /// <summary>The column, when known.</summary>
    [Id(4)]
    public string? Column { get; init; }

    /// <summary>The failure of <paramref name="shard"/> for the bad data <paramref name="error"/> reports.</summary>
    /// <param name="shard">The shard.</param>
    /// <param name="error">The reader's exception.</param>
    public static ShardFailure BadData(Shard shard, DataFileException error) =>
        new(shard.Id, error.Message) { File = error.Source, Row = error.Row, Column = error.Column };

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder($"Shard '{ShardId}' failed");
        if (File is not null)
        {
            text.Append($" (file '{File}'");
            text.Append(Row is { } row ? $", row {row}" : string.Empty);
            text.Append(Column is not null ? $", column '{Column}')" : ")");
        }

        return text.Append($": {Message}").ToString();
    }
}
