using Metrics.Cli.Progress;
using Metrics.Data;

namespace Metrics.Cli.Evaluation;

/// <summary>Evaluates one data file with a clone of the template collection, per group when the mapping names a group column.</summary>
/// <param name="mapping">The columns.</param>
/// <param name="chunkRows">The most rows per chunk.</param>
/// <param name="template">The metrics (not changed).</param>
internal sealed class FileEvaluator(ColumnMapping mapping, int chunkRows, MetricCollection template)
{
    /// <summary>Reads the file from its start and evaluates it, counting rows into <paramref name="counter"/>.</summary>
    /// <exception cref="CliException">The file is missing, unreadable or of an unknown format (exit code 3).</exception>
    /// <exception cref="DataFileException">The file cannot be read as mapped (exit code 3).</exception>
    public FileResult Evaluate(string path, RowCounter counter)
    {
        if (!File.Exists(path))
        {
            throw CliException.DataFile(Directory.Exists(path) ? $"{path}: is a directory, not a data file" : $"{path}: no such file");
        }

        MetricDataSource source;
        try
        {
            source = MetricDataSource.Open(path, mapping, chunkRows);
        }
        catch (ArgumentException e)
        {
            throw CliException.DataFile(e.Message, e);
        }

        var counted = new CountingDataSource(source, counter);
        try
        {
            if (mapping.Group is null)
            {
                var metrics = template.Clone();
                var rows = counted.Evaluate(metrics);
                return new FileResult(path, rows, metrics, []);
            }

            var grouped = counted.EvaluateByGroup(template);
            return new FileResult(path, grouped.Rows, grouped.Total, grouped.Groups);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.DataFile($"{path}: {e.Message}", e);
        }
    }
}
