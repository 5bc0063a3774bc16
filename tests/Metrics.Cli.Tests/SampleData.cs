using System.Globalization;
using System.Text.Json;

namespace Metrics.Cli.Tests;

/// <summary>The shipped sample files (copied next to the tests) and the library's own values on them.</summary>
internal static class SampleData
{
    public static string BreastCancer => Shipped("breast_cancer_predictions.csv");

    public static string Digits => Shipped("digits_predictions.csv");

    public static string Diabetes => Shipped("diabetes_predictions.csv");

    public const string BinaryMetrics =
        "roc_auc,average_precision,f1_score(threshold=0.5),precision(threshold=0.5),recall(threshold=0.5),binary_accuracy,brier_score,binary_crossentropy";

    public static string Shipped(string name) => Path.Combine(AppContext.BaseDirectory, "data", name);

    /// <summary>The CSV's header and its rows as numbers.</summary>
    public static (string[] Header, double[][] Rows) Read(string path)
    {
        var lines = File.ReadAllLines(path);
        return (lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',').Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray()).ToArray());
    }

    /// <summary>Writes rows as a CSV file with the given header.</summary>
    public static void WriteCsv(string path, string[] header, IEnumerable<double[]> rows) =>
        File.WriteAllLines(path, rows.Select(r => string.Join(',', r.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))).Prepend(string.Join(',', header)));

    /// <summary>The library's values: the collection of <paramref name="metrics"/> updated with one batch of the rows.</summary>
    public static MetricCollection Evaluate(string metrics, IEnumerable<double[]> rows, int labelColumn, int predictionColumn)
    {
        var all = rows.ToArray();
        var collection = new MetricCollection();
        foreach (var spec in MetricSpecParser.Parse(metrics))
        {
            collection.Add(spec.Text, MetricRegistry.Create(spec.Identifier, spec.Arguments));
        }

        collection.Update(new MetricBatch(all.Select(r => r[labelColumn]).ToArray(), all.Select(r => r[predictionColumn]).ToArray()));
        return collection;
    }

    /// <summary>A value from a JSON report (a number, or "NaN"/"Infinity" as a string).</summary>
    public static double Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetDouble();
}
