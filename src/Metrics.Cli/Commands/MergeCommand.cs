using System.CommandLine;
using Metrics.Cli.Reports;

namespace Metrics.Cli.Commands;

/// <summary><c>metrics merge STATES...</c>: merges collection states saved by <c>eval --save-state</c> (shards evaluated anywhere) and reports.</summary>
internal static class MergeCommand
{
    private const string Examples = """
        Merges collection states written by 'metrics eval --save-state' (on this machine or others), in the order given,
        and reports them as eval does. Every state must hold the same collection configuration. Merging the states of
        shards gives, bit for bit, the values of one evaluation of all their rows.

        Examples:
          metrics merge states/shard-0.csv.mdsc states/shard-1.csv.mdsc --json report.json
          metrics merge states/*.mdsc --markdown report.md --plot plots
        """;

    public static Command Create(CliContext context)
    {
        var states = new Argument<string[]>("STATES") { Description = "The state files (.mdsc), merged in this order.", Arity = ArgumentArity.OneOrMore };
        var report = new ReportOptions();
        var command = new Command("merge", Examples);
        command.Arguments.Add(states);
        report.AddTo(command);
        command.SetAction(parse =>
        {
            ReportOutput.Write(context, parse, report, Merge(parse.GetRequiredValue(states)));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Reads the states and merges them in order into an empty collection of their configuration.</summary>
    /// <exception cref="CliException">A state file is missing, corrupt, or of another configuration than the first (exit code 4).</exception>
    internal static Report Merge(IReadOnlyList<string> paths)
    {
        var first = StateFiles.Read(paths[0]);
        var parts = new List<ReportEntry> { new(ReportEntryKind.State, paths[0], null, first) };
        for (var i = 1; i < paths.Count; i++)
        {
            parts.Add(new ReportEntry(ReportEntryKind.State, paths[i], null, ReadLike(first, paths[0], paths[i])));
        }

        var total = first.Clone();
        foreach (var part in parts)
        {
            total.Merge(part.Metrics);
        }

        return new Report("merge", first.GetConfig(), null, parts, [], new ReportEntry(ReportEntryKind.Total, "total", null, total));
    }

    // Reading into a collection of the first file's configuration makes the library name what differs.
    private static MetricCollection ReadLike(MetricCollection first, string firstPath, string path)
    {
        var collection = first.Clone();
        var bytes = StateFiles.ReadBytes(path);
        try
        {
            MetricCollectionState.ReadInto(bytes, collection);
        }
        catch (MetricStateException e) when (e.Problem == MetricStateProblem.OtherLayout)
        {
            throw CliException.State($"{path}: holds another collection configuration than {firstPath}: {e.Message}", e);
        }
        catch (MetricStateException e)
        {
            throw StateFiles.Refused(path, e);
        }

        return collection;
    }
}
