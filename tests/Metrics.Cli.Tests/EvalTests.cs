using System.Text.Json;

namespace Metrics.Cli.Tests;

public sealed class EvalTests
{
    private static readonly JsonElement ScikitLearn = JsonReports.Load(Path.Combine(AppContext.BaseDirectory, "reference", "breast_cancer_report.json"));

    [Fact]
    public void Breast_cancer_report_holds_the_library_values_and_agrees_with_scikit_learn()
    {
        using var scratch = new Scratch();
        var run = CliRun.Of("eval", SampleData.BreastCancer, "--labels", "label", "--predictions", "probability", "--metrics", SampleData.BinaryMetrics, "--json", scratch["report.json"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("roc_auc", run.Output, StringComparison.Ordinal);
        Assert.Equal("", run.Error);

        var report = JsonReports.Load(scratch["report.json"]);
        var total = JsonReports.Values(report.GetProperty("total"));
        Assert.Equal(569, report.GetProperty("total").GetProperty("rows").GetInt64());
        var (_, rows) = SampleData.Read(SampleData.BreastCancer);
        var library = SampleData.Evaluate(SampleData.BinaryMetrics, rows, 0, 1).Compute();
        Assert.Equal(library.Keys.Order(), total.Keys.Order());
        foreach (var (name, value) in library)
        {
            Assert.Equal((double)value, total[name]);
        }

        foreach (var expected in ScikitLearn.GetProperty("total").EnumerateArray())
        {
            var name = expected.GetProperty("metric").GetString()!;
            Assert.Equal(expected.GetProperty("value").GetDouble(), total[name], 1e-12);
        }
    }

    [Fact]
    public void Group_by_gives_each_fold_its_values_and_the_ungrouped_total()
    {
        using var scratch = new Scratch();
        var grouped = CliRun.Of("eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "--group-by", "fold", "-m", SampleData.BinaryMetrics, "--json", scratch["grouped.json"]);
        var whole = CliRun.Of("eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "-m", SampleData.BinaryMetrics, "--json", scratch["whole.json"]);
        Assert.True(grouped.ExitCode == 0, grouped.ToString());
        Assert.True(whole.ExitCode == 0, whole.ToString());

        var report = JsonReports.Load(scratch["grouped.json"]);
        var (_, rows) = SampleData.Read(SampleData.BreastCancer);
        var groups = report.GetProperty("groups").EnumerateArray().ToArray();
        Assert.Equal(5, groups.Length);
        foreach (var group in groups)
        {
            var key = group.GetProperty("key").GetString()!;
            var inFold = rows.Where(r => r[2].ToString(System.Globalization.CultureInfo.InvariantCulture) == key).ToArray();
            Assert.Equal(inFold.Length, group.GetProperty("rows").GetInt64());
            var values = JsonReports.Values(group);
            foreach (var (name, value) in SampleData.Evaluate(SampleData.BinaryMetrics, inFold, 0, 1).Compute())
            {
                Assert.Equal((double)value, values[name]);
            }

            foreach (var expected in ScikitLearn.GetProperty("folds").GetProperty(key).EnumerateArray())
            {
                Assert.Equal(expected.GetProperty("value").GetDouble(), values[expected.GetProperty("metric").GetString()!], 1e-12);
            }
        }

        var total = JsonReports.Values(report.GetProperty("total"));
        var ungrouped = JsonReports.Values(JsonReports.Load(scratch["whole.json"]).GetProperty("total"));
        foreach (var (name, value) in ungrouped)
        {
            Assert.Equal(value, total[name], 1e-14);
        }

        Assert.Contains("fold=0", grouped.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_files_are_reported_one_by_one_and_their_total_is_one_pass_over_every_row()
    {
        using var scratch = new Scratch();
        var (header, rows) = SampleData.Read(SampleData.BreastCancer);
        string[] parts = [scratch["a.csv"], scratch["b.csv"], scratch["c.csv"]];
        SampleData.WriteCsv(parts[0], header, rows[..190]);
        SampleData.WriteCsv(parts[1], header, rows[190..380]);
        SampleData.WriteCsv(parts[2], header, rows[380..]);

        var run = CliRun.Of(["eval", .. parts, "-y", "label", "-p", "probability", "-m", SampleData.BinaryMetrics, "--json", scratch["parts.json"]]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var report = JsonReports.Load(scratch["parts.json"]);
        var files = report.GetProperty("files").EnumerateArray().ToArray();
        Assert.Equal([190L, 190L, 189L], files.Select(f => f.GetProperty("rows").GetInt64()));
        var second = SampleData.Evaluate(SampleData.BinaryMetrics, rows[190..380], 0, 1);
        foreach (var (name, value) in JsonReports.Values(files[1]))
        {
            Assert.Equal((double)second.Compute(name), value);
        }

        // One pass over the whole file, read in chunks that end where the files end, gives the same bits for the
        // counts and sample buffers, and for the Brier score's sums; the cross-entropy's sum, which the update
        // accumulates element by element onto the state, is added in another order and may differ in its last bits.
        var whole = CliRun.Of("eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "-m", SampleData.BinaryMetrics, "--chunk-rows", "190", "--json", scratch["whole.json"]);
        Assert.True(whole.ExitCode == 0, whole.ToString());
        var total = JsonReports.Values(report.GetProperty("total"));
        foreach (var (name, value) in JsonReports.Values(JsonReports.Load(scratch["whole.json"]).GetProperty("total")))
        {
            Assert.Equal(value, total[name], name == "binary_crossentropy" ? 1e-15 : 0);
        }

        foreach (var (name, value) in SampleData.Evaluate(SampleData.BinaryMetrics, rows, 0, 1).Compute())
        {
            Assert.Equal((double)value, total[name], 1e-15);
        }

        Assert.Contains("a.csv", run.Output, StringComparison.Ordinal);
        Assert.Contains("total", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Multi_class_scores_in_several_columns_give_the_library_values()
    {
        using var scratch = new Scratch();
        const string metrics = "sparse_categorical_accuracy,sparse_top_k_categorical_accuracy(k=2),one_vs_rest_auc";
        var run = CliRun.Of("eval", SampleData.Digits, "-y", "label", "-p", "score0,score1,score2,score3,score4", "score5", "score6", "score7", "score8", "score9", "-m", metrics, "--json", scratch["digits.json"]);
        Assert.True(run.ExitCode == 0, run.ToString());

        var (_, rows) = SampleData.Read(SampleData.Digits);
        var collection = new MetricCollection("sparse_categorical_accuracy");
        collection.Add("sparse_top_k_categorical_accuracy(k=2)", MetricRegistry.Create("sparse_top_k_categorical_accuracy", new Dictionary<string, object?> { ["k"] = 2 }));
        collection.Add("one_vs_rest_auc", MetricRegistry.Create("one_vs_rest_auc"));
        collection.Update(new MetricBatch(rows.Select(r => r[0]).ToArray(), rows.SelectMany(r => r[1..11]).ToArray(), 10));
        var total = JsonReports.Values(JsonReports.Load(scratch["digits.json"]).GetProperty("total"));
        foreach (var (name, value) in collection.Compute())
        {
            Assert.Equal((double)value, total[name]);
        }

        // scikit-learn's accuracy_score(y, argmax) and top_k_accuracy_score(y, scores, k=2) (the sample's reference file).
        Assert.Equal(0.9699499165275459, total["sparse_categorical_accuracy"], 1e-15);
        Assert.Equal(0.9910962715637173, total["sparse_top_k_categorical_accuracy(k=2)"], 1e-15);
    }

    [Fact]
    public void Regression_predictions_give_the_library_values()
    {
        using var scratch = new Scratch();
        var run = CliRun.Of("eval", SampleData.Diabetes, "-y", "target", "-p", "prediction", "-m", "mse,rmse,mae,r2", "--json", scratch["diabetes.json"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var (_, rows) = SampleData.Read(SampleData.Diabetes);
        var total = JsonReports.Values(JsonReports.Load(scratch["diabetes.json"]).GetProperty("total"));
        foreach (var (name, value) in SampleData.Evaluate("mse,rmse,mae,r2", rows, 0, 1).Compute())
        {
            Assert.Equal((double)value, total[name]);
        }
    }

    [Fact]
    public void A_configuration_file_runs_the_evaluation_its_report_describes()
    {
        using var scratch = new Scratch();
        var first = CliRun.Of("eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "-m", SampleData.BinaryMetrics, "--json", scratch["first.json"]);
        Assert.True(first.ExitCode == 0, first.ToString());
        var report = JsonReports.Load(scratch["first.json"]);
        File.WriteAllText(scratch["metrics.json"], report.GetProperty("config").GetRawText());

        var again = CliRun.Of("eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "--config", scratch["metrics.json"], "--json", scratch["again.json"]);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(JsonReports.Values(report.GetProperty("total")), JsonReports.Values(JsonReports.Load(scratch["again.json"]).GetProperty("total")));
    }

    [Fact]
    public void Masks_and_weights_are_read_from_their_columns()
    {
        using var scratch = new Scratch();
        File.WriteAllText(scratch["w.csv"], "label,score,keep,w\n1,0.9,1,2\n0,0.2,1,1\n1,0.4,0,1\n0,0.7,1,0.5\n1,0.8,1,1\n");
        var run = CliRun.Of("eval", scratch["w.csv"], "-y", "label", "-p", "score", "--mask", "keep", "--weights", "w", "-m", "mse,roc_auc", "--json", scratch["w.json"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var expected = new MetricCollection("mse", "roc_auc");
        expected.Update(new MetricBatch([1, 0, 1, 0, 1], [0.9, 0.2, 0.4, 0.7, 0.8]).WithMask([true, true, false, true, true]).WithWeights([2, 1, 1, 0.5, 1]));
        var total = JsonReports.Values(JsonReports.Load(scratch["w.json"]).GetProperty("total"));
        Assert.Equal((double)expected.Compute("mse"), total["mse"]);
        Assert.Equal((double)expected.Compute("roc_auc"), total["roc_auc"]);
    }
}
