namespace Metrics.Cli.Tests;

public sealed class StateTests
{
    private const string Exact = "roc_auc,average_precision,f1_score(threshold=0.5),precision(threshold=0.5),recall(threshold=0.5),binary_accuracy,brier_score";

    [Fact]
    public void Four_shards_saved_and_merged_give_the_whole_file_bit_for_bit()
    {
        using var scratch = new Scratch();
        var (header, rows) = SampleData.Read(SampleData.BreastCancer);
        var shards = new List<string>();
        for (var s = 0; s < 4; s++)
        {
            var path = scratch[$"shard-{s}.csv"];
            SampleData.WriteCsv(path, header, rows.Skip(s * 143).Take(143));
            shards.Add(path);
            var shard = CliRun.Of("eval", path, "-y", "label", "-p", "probability", "-m", Exact, "--save-state", scratch["states"]);
            Assert.True(shard.ExitCode == 0, shard.ToString());
        }

        var whole = CliRun.Of("eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "-m", Exact, "--chunk-rows", "143", "--save-state", scratch["whole"], "--json", scratch["whole.json"]);
        Assert.True(whole.ExitCode == 0, whole.ToString());
        string[] states = [.. shards.Select(p => Path.Combine(scratch["states"], Path.GetFileName(p) + ".mdsc"))];
        var merged = CliRun.Of(["merge", .. states, "--json", scratch["merged.json"], "--markdown", scratch["merged.md"]]);
        Assert.True(merged.ExitCode == 0, merged.ToString());

        var mergedTotal = JsonReports.Values(JsonReports.Load(scratch["merged.json"]).GetProperty("total"));
        Assert.Equal(JsonReports.Values(JsonReports.Load(scratch["whole.json"]).GetProperty("total")), mergedTotal);

        // The merged collection's state bytes are the whole file's: the same counts, samples and sums, bit for bit.
        var total = StateFiles.Read(states[0]).Clone();
        foreach (var state in states)
        {
            total.Merge(StateFiles.Read(state));
        }

        var wholeState = File.ReadAllBytes(Path.Combine(scratch["whole"], "breast_cancer_predictions.csv.mdsc"));
        Assert.Equal(wholeState, MetricCollectionState.ToBytes(total));
        Assert.Contains("shard-3.csv.mdsc", merged.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_states_are_saved_beside_the_file_state_and_merge_into_it()
    {
        using var scratch = new Scratch();
        var run = CliRun.Of("eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "-m", "roc_auc,binary_accuracy", "--group-by", "fold", "--save-state", scratch["states"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var names = Directory.GetFiles(scratch["states"]).Select(p => Path.GetFileName(p)).Order().ToList();
        Assert.Equal<string>(
            ["breast_cancer_predictions.csv.group-0.mdsc", "breast_cancer_predictions.csv.group-1.mdsc", "breast_cancer_predictions.csv.group-2.mdsc",
             "breast_cancer_predictions.csv.group-3.mdsc", "breast_cancer_predictions.csv.group-4.mdsc", "breast_cancer_predictions.csv.mdsc"],
            names);
        var groups = Directory.GetFiles(scratch["states"], "*.group-*.mdsc").Order().ToArray();
        var merged = CliRun.Of(["merge", .. groups, "--json", scratch["groups.json"]]);
        Assert.True(merged.ExitCode == 0, merged.ToString());
        var fileState = StateFiles.Read(Path.Combine(scratch["states"], "breast_cancer_predictions.csv.mdsc"));
        var total = JsonReports.Values(JsonReports.Load(scratch["groups.json"]).GetProperty("total"));
        Assert.Equal((double)fileState.Compute("roc_auc"), total["roc_auc"]);
        Assert.Equal((double)fileState.Compute("binary_accuracy"), total["binary_accuracy"]);
    }

    [Fact]
    public void Corrupt_missing_foreign_and_mismatched_states_exit_with_the_state_code_naming_the_file()
    {
        using var scratch = new Scratch();
        Assert.Equal(0, CliRun.Of("eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "-m", "roc_auc", "--save-state", scratch["a"]).ExitCode);
        Assert.Equal(0, CliRun.Of("eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "-m", "roc_auc,brier_score", "--save-state", scratch["b"]).ExitCode);
        var good = Path.Combine(scratch["a"], "breast_cancer_predictions.csv.mdsc");
        var other = Path.Combine(scratch["b"], "breast_cancer_predictions.csv.mdsc");
        var corrupt = scratch["corrupt.mdsc"];
        var bytes = File.ReadAllBytes(good);
        bytes[bytes.Length / 2] ^= 0x40;
        File.WriteAllBytes(corrupt, bytes);
        var text = scratch["text.mdsc"];
        File.WriteAllText(text, "label,score\n1,0.5\n");

        foreach (var (args, named) in new (string[] Args, string Named)[]
        {
            (["merge", good, corrupt], corrupt),
            (["merge", corrupt], corrupt),
            (["merge", good, other], other),
            (["merge", good, text], text),
            (["merge", good, scratch["missing.mdsc"]], scratch["missing.mdsc"]),
        })
        {
            var run = CliRun.Of(args);
            Assert.True(run.ExitCode == ExitCodes.State, run.ToString());
            Assert.Contains(named, run.Error, StringComparison.Ordinal);
            Assert.Single(run.Error.TrimEnd().Split('\n'));
            Assert.Equal("", run.Output);
        }
    }
}
