using System.Text.Json;

namespace Metrics.Cli;

/// <summary>The collection a command evaluates: from <c>--metrics</c> names and arguments, or from a <c>--config</c> file.</summary>
internal static class CollectionLoader
{
    /// <summary>Creates the (empty) collection; exactly one of the two must be given.</summary>
    /// <exception cref="CliException">Neither or both are given, a name or argument is unknown, or the file is unreadable or malformed (exit code 2).</exception>
    public static MetricCollection Load(string? metrics, FileInfo? config)
    {
        if ((metrics is null) == (config is null))
        {
            throw CliException.Usage("Give the metrics with either --metrics \"name,name(key=value)\" or --config FILE (a collection configuration), not both and not neither.");
        }

        return metrics is not null ? FromNames(metrics) : FromFile(config!);
    }

    private static MetricCollection FromNames(string metrics)
    {
        var collection = new MetricCollection();
        foreach (var spec in MetricSpecParser.Parse(metrics))
        {
            try
            {
                collection.Add(spec.Text, MetricRegistry.Create(spec.Identifier, spec.Arguments));
            }
            catch (ArgumentException e)
            {
                throw CliException.Usage($"--metrics '{spec.Text}': {e.Message}", e);
            }
        }

        return collection;
    }

    private static MetricCollection FromFile(FileInfo config)
    {
        string json;
        try
        {
            json = File.ReadAllText(config.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Usage($"--config {config}: {e.Message}", e);
        }

        try
        {
            return MetricCollection.FromConfig(CollectionConfig.FromJson(json));
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw CliException.Usage($"--config {config}: {e.Message}", e);
        }
    }
}
