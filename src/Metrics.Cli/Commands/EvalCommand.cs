using System.CommandLine;
using Metrics.Cli.Evaluation;
using Metrics.Cli.Progress;
using Metrics.Cli.Reports;
using Metrics.Data;

namespace Metrics.Cli.Commands;

/// <summary><c>metrics eval FILES...</c>: evaluates data files (a row per file, per group, and their merged total).</summary>
internal static class EvalCommand
{
    private const string Examples = """
        Evaluates CSV, TSV, Parquet and Arrow/Feather files of labels and predictions: each file on its own, then
        their states merged in the order given into the total.

        Examples:
          metrics eval scores.csv --labels label --predictions probability --metrics "roc_auc,f1_score(threshold=0.5),precision(threshold=0.5),recall(threshold=0.5)"
          metrics eval fold*.parquet -y label -p probability --metrics "roc_auc,brier_score,ece" --plot plots --json report.json
          metrics eval digits.csv -y label -p score0,score1,score2,score3,score4,score5,score6,score7,score8,score9 --metrics "sparse_categorical_accuracy,one_vs_rest_auc"
          metrics eval scores.csv -y label -p probability --group-by country --config metrics.json --markdown report.md
          metrics eval shard-3.arrow -y label -p probability --metrics roc_auc --save-state states/   (then: metrics merge states/*.mdsc)
        """;

    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILES") { Description = "The data files (.csv, .tsv, .parquet, .arrow, .feather, .ipc, .arrows).", Arity = ArgumentArity.OneOrMore };
        var labels = new Option<string>("--labels", "-y") { Description = "The labels column.", Required = true, HelpName = "COLUMN" };
        var predictions = new Option<string[]>("--predictions", "-p")
        {
            Description = "The predictions column, or several (one score per class, in class order; separated by spaces or commas).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
            HelpName = "COLUMN",
        };
        var mask = new Option<string>("--mask") { Description = "A mask column (true/false or 1/0; false leaves the row out).", HelpName = "COLUMN" };
        var weights = new Option<string>("--weights") { Description = "A sample weights column.", HelpName = "COLUMN" };
        var groupBy = new Option<string>("--group-by") { Description = "A group column: one evaluation per value, merged for the total.", HelpName = "COLUMN" };
        var metrics = new Option<string>("--metrics", "-m") { Description = "Registry names, comma-separated, each with optional arguments: \"roc_auc,f1_score(threshold=0.5),auc(num_thresholds=50)\".", HelpName = "LIST" };
        var config = new Option<FileInfo>("--config") { Description = "A collection configuration file (JSON, as MetricCollection.GetConfig() writes it) instead of --metrics.", HelpName = "FILE" };
        var saveState = new Option<DirectoryInfo>("--save-state") { Description = "Write each file's collection state (FILE.mdsc; per group FILE.group-KEY.mdsc) into this directory, for metrics merge.", HelpName = "DIR" };
        var chunkRows = new Option<int>("--chunk-rows") { Description = "The most rows read per chunk.", DefaultValueFactory = _ => MetricDataSource.DefaultChunkRows, HelpName = "N" };
        var report = new ReportOptions();

        // An unknown option would otherwise be taken for a file name and reported as a missing file.
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !File.Exists(t.Value)))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        var command = new Command("eval", Examples);
        command.Arguments.Add(files);
        foreach (var option in new Option[] { labels, predictions, mask, weights, groupBy, metrics, config, saveState, chunkRows })
        {
            command.Options.Add(option);
        }

        report.AddTo(command);
        command.SetAction(parse =>
        {
            var chunk = parse.GetValue(chunkRows);
            if (chunk <= 0)
            {
                throw CliException.Usage($"--chunk-rows {chunk}: the chunk size must be a positive number of rows.");
            }

            var mapping = Mapping(parse.GetRequiredValue(labels), parse.GetRequiredValue(predictions), parse.GetValue(mask), parse.GetValue(weights), parse.GetValue(groupBy));
            var template = CollectionLoader.Load(parse.GetValue(metrics), parse.GetValue(config));
            var paths = parse.GetRequiredValue(files);
            var results = Evaluate(context, paths, mapping, chunk, template);

            var written = new List<string>();
            if (parse.GetValue(saveState) is { } stateDirectory)
            {
                var states = new StateFiles(stateDirectory.FullName);
                foreach (var result in results)
                {
                    written.AddRange(states.Write(result));
                }
            }

            ReportOutput.Write(context, parse, report, Build(mapping, template, results), [.. written]);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Evaluates each file in order with a clone of the template, behind the progress display.</summary>
    internal static IReadOnlyList<FileResult> Evaluate(CliContext context, IReadOnlyList<string> paths, ColumnMapping mapping, int chunkRows, MetricCollection template)
    {
        var evaluator = new FileEvaluator(mapping, chunkRows, template);
        var counter = new RowCounter();
        return EvaluationProgress.Run(context, counter, RowEstimate.Of(paths), () => paths.Select(p => evaluator.Evaluate(p, counter)).ToArray());
    }

    /// <summary>The report: a part per file, the groups of all files (merged by key), and everything merged in file order.</summary>
    internal static Report Build(ColumnMapping mapping, MetricCollection template, IReadOnlyList<FileResult> results)
    {
        var parts = results.Select(r => new ReportEntry(ReportEntryKind.File, r.Path, r.Rows, r.Metrics)).ToArray();
        var groups = Groups(template, results);
        if (results.Count == 1)
        {
            return new Report("eval", template.GetConfig(), mapping, parts, groups, parts[0].As(ReportEntryKind.Total, "total"));
        }

        var total = template.Clone();
        foreach (var result in results)
        {
            total.Merge(result.Metrics);
        }

        return new Report("eval", template.GetConfig(), mapping, parts, groups, new ReportEntry(ReportEntryKind.Total, "total", results.Sum(r => r.Rows), total));
    }

    private static ReportEntry[] Groups(MetricCollection template, IReadOnlyList<FileResult> results)
    {
        if (results.Count == 1)
        {
            return [.. results[0].Groups.Select(g => new ReportEntry(ReportEntryKind.Group, g.Key, g.Rows, g.Metrics))];
        }

        var merged = new Dictionary<string, (MetricCollection Metrics, long Rows)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var group in results.SelectMany(r => r.Groups))
        {
            if (!merged.TryGetValue(group.Key, out var sum))
            {
                sum = (template.Clone(), 0);
                order.Add(group.Key);
            }

            sum.Metrics.Merge(group.Metrics);
            merged[group.Key] = (sum.Metrics, sum.Rows + group.Rows);
        }

        return [.. order.Select(key => new ReportEntry(ReportEntryKind.Group, key, merged[key].Rows, merged[key].Metrics))];
    }

    private static ColumnMapping Mapping(string labels, string[] predictions, string? mask, string? weights, string? group)
    {
        var columns = predictions.SelectMany(p => p.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
        try
        {
            return new ColumnMapping(labels, columns) { Mask = mask, Weights = weights, Group = group };
        }
        catch (ArgumentException e)
        {
            throw CliException.Usage($"The columns cannot be mapped: {e.Message}", e);
        }
    }
}
