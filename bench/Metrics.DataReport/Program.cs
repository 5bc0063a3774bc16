using System;
using System.IO;
using Metrics.Data;
using Metrics.DataReport;

// Usage: Metrics.DataReport FILE [--labels label] [--predictions score] [--threshold 0.5]
// Prints the six values of BinaryFileReport as one JSON object. The stand-in for
// `metrics eval FILE --labels label --predictions score --metrics "..." --json out.json` until the CLI lands.
string? file = null;
string labels = "label", predictions = "score";
var threshold = 0.5;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--labels": labels = args[++i]; break;
        case "--predictions": predictions = args[++i]; break;
        case "--threshold": threshold = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case var path when file is null && !path.StartsWith("--", StringComparison.Ordinal): file = path; break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'");
            return 2;
    }
}

if (file is null)
{
    Console.Error.WriteLine("usage: Metrics.DataReport FILE [--labels label] [--predictions score] [--threshold 0.5]");
    return 2;
}

try
{
    var report = BinaryFileReport.Create(threshold);
    MetricDataSource.Open(file, new ColumnMapping(labels, predictions)).Evaluate(report);
    Console.WriteLine(BinaryFileReport.ToJson(BinaryFileReport.Values(report)));
    return 0;
}
catch (Exception e) when (e is DataFileException or IOException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
