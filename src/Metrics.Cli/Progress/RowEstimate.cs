namespace Metrics.Cli.Progress;

/// <summary>
/// A guess of the rows in the input, for the progress bar's ETA only: a CSV/TSV file's size divided by the mean line
/// length of its first megabyte. Other formats have no cheap guess, and then the bar shows rows and rows/s only.
/// </summary>
internal static class RowEstimate
{
    private const int SampleBytes = 1 << 20;

    /// <summary>The estimated rows of all the files, or null when one of them cannot be estimated.</summary>
    public static long? Of(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (Of(path) is not { } rows)
            {
                return null;
            }

            total += rows;
        }

        return total;
    }

    private static long? Of(string path)
    {
        var extension = Path.GetExtension(path).ToUpperInvariant();
        if (extension is not (".CSV" or ".TSV" or ".TXT"))
        {
            return null;
        }

        try
        {
            using var file = File.OpenRead(path);
            var sample = new byte[(int)Math.Min(SampleBytes, file.Length)];
            var read = file.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
            var lines = sample.AsSpan(0, read).Count((byte)'\n');
            if (read == file.Length)
            {
                return Math.Max(0, lines - 1);
            }

            return lines == 0 ? null : (long)(file.Length * (double)lines / read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
