using Metrics.Cli.Evaluation;

namespace Metrics.Cli;

/// <summary>
/// The collection states <c>eval --save-state DIR</c> writes and <c>merge</c> reads (the binary format of
/// <see cref="MetricCollectionState"/>, which holds the collection configuration too). For a data file
/// <c>scores.csv</c>: <c>DIR/scores.csv.mdsc</c> (the file's state; with <c>--group-by</c>, the merge of its groups),
/// and with <c>--group-by</c> <c>DIR/scores.csv.group-KEY.mdsc</c> per group (KEY with characters other than letters,
/// digits, '-', '_' and '.' replaced by '_'). A name taken by an earlier file gets <c>.2</c>, <c>.3</c>, ... before the extension.
/// </summary>
internal sealed class StateFiles(string directory)
{
    /// <summary>The extension of a collection state (its magic number is <c>MDSC</c>).</summary>
    public const string Extension = ".mdsc";

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Writes a file's state and its groups' states; returns the paths written.</summary>
    public IReadOnlyList<string> Write(FileResult file)
    {
        Directory.CreateDirectory(directory);
        var stem = Path.GetFileName(file.Path);
        var written = new List<string> { WriteOne(stem, file.Metrics) };
        foreach (var group in file.Groups)
        {
            written.Add(WriteOne($"{stem}.group-{FileNames.Safe(group.Key)}", group.Metrics));
        }

        return written;
    }

    /// <summary>Reads a collection state written by <see cref="Write"/> (or by <see cref="MetricCollectionState"/>).</summary>
    /// <exception cref="CliException">The file is missing, unreadable, not a collection state, or corrupt (exit code 4).</exception>
    public static MetricCollection Read(string path)
    {
        var bytes = ReadBytes(path);
        try
        {
            return MetricCollectionState.Read(bytes);
        }
        catch (MetricStateException e)
        {
            throw Refused(path, e);
        }
    }

    /// <summary>The bytes of a state file.</summary>
    /// <exception cref="CliException">The file is missing or unreadable (exit code 4).</exception>
    public static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.State(e is FileNotFoundException or DirectoryNotFoundException ? $"{path}: no such state file" : $"{path}: {e.Message}", e);
        }
    }

    /// <summary>The failure for a state the library refused, naming the file and the problem.</summary>
    public static CliException Refused(string path, MetricStateException e) =>
        CliException.State($"{path}: the state is refused ({e.Problem}): {e.Message}", e);

    private string WriteOne(string stem, MetricCollection metrics)
    {
        var name = stem + Extension;
        for (var n = 2; !_taken.Add(name); n++)
        {
            name = $"{stem}.{n}{Extension}";
        }

        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, MetricCollectionState.ToBytes(metrics));
        return path;
    }
}
