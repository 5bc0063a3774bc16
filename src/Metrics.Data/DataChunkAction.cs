namespace Metrics.Data;

/// <summary>Receives each chunk of a source in turn; the chunk's spans are valid only during the call.</summary>
/// <param name="chunk">The chunk.</param>
public delegate void DataChunkAction(in DataChunk chunk);
