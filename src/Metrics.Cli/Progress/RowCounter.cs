using System.Threading;

namespace Metrics.Cli.Progress;

/// <summary>Rows read so far and the file being read: written by the evaluating thread, read by the progress display.</summary>
internal sealed class RowCounter
{
    private long _rows;
    private string _file = "";

    /// <summary>The rows read so far, all files together.</summary>
    public long Rows => Interlocked.Read(ref _rows);

    /// <summary>The file being read.</summary>
    public string File
    {
        get => Volatile.Read(ref _file);
        set => Volatile.Write(ref _file, value);
    }

    /// <summary>Counts rows read.</summary>
    public void Add(long rows) => Interlocked.Add(ref _rows, rows);
}
