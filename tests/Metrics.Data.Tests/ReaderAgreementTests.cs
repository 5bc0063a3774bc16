using System;
using System.Collections.Generic;
using System.Linq;

namespace Metrics.Data.Tests;

/// <summary>
/// Every format, written with its own library, read in chunks that do not line up with its row groups or batches,
/// gives the metrics of the same rows held in memory and fed as one batch.
/// </summary>
public sealed class ReaderAgreementTests
{
    private static readonly string[] BinaryReport = ["binary_accuracy", "precision", "recall", "f1_score", "roc_auc", "mse"];
    private static readonly string[] MulticlassReport = ["sparse_categorical_accuracy", "sparse_categorical_crossentropy"];

    private static readonly Sample Data = new(2500);

    public static TheoryData<string> Formats() => new(SampleFiles.Formats);

    public static TheoryData<string> FormatsWithNulls() => new(SampleFiles.Formats.Where(f => f != "csv"));

    [Theory]
    [MemberData(nameof(Formats))]
    public void Binary_report_equals_the_in_memory_report(string format)
    {
        var source = SampleFiles.Source(format, Data, new ColumnMapping("y", "p"), chunkRows: 700, partRows: 900);
        var fromFile = new MetricCollection(BinaryReport);
        Assert.Equal(Data.Rows, source.Evaluate(fromFile));

        var inMemory = new MetricCollection(BinaryReport);
        inMemory.Update(new MetricBatch(Data.Labels, Data.Scores));
        AssertSameValues(inMemory, fromFile);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Mask_and_weights_columns_apply(string format)
    {
        var mapping = new ColumnMapping("y", "p") { Mask = "m", Weights = "w" };
        var fromFile = new MetricCollection(BinaryReport);
        SampleFiles.Source(format, Data, mapping, chunkRows: 1000, partRows: 600).Evaluate(fromFile);

        var inMemory = new MetricCollection(BinaryReport);
        inMemory.Update(new MetricBatch(Data.Labels, Data.Scores).WithMask(Data.Mask).WithWeights(Data.Weights));
        AssertSameValues(inMemory, fromFile);

        var unmasked = new MetricCollection(BinaryReport);
        unmasked.Update(new MetricBatch(Data.Labels, Data.Scores).WithWeights(Data.Weights));
        Assert.NotEqual((double)unmasked.Compute("mse"), (double)fromFile.Compute("mse"));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Class_score_columns_are_read_as_rows(string format)
    {
        var mapping = new ColumnMapping("k", "c0", "c1", "c2") { Weights = "w" };
        var fromFile = new MetricCollection(MulticlassReport);
        SampleFiles.Source(format, Data, mapping, chunkRows: 333).Evaluate(fromFile);

        var inMemory = new MetricCollection(MulticlassReport);
        inMemory.Update(new MetricBatch(Data.ClassLabels.Select(k => (double)k).ToArray(), Data.ClassScores, Sample.Classes).WithWeights(Data.Weights));
        AssertSameValues(inMemory, fromFile);
    }

    [Theory]
    [MemberData(nameof(FormatsWithNulls))]
    public void A_null_masks_its_row_out(string format)
    {
        var mapping = new ColumnMapping("y", "p_null") { Mask = "m" };
        var fromFile = new MetricCollection(BinaryReport);
        SampleFiles.Source(format, Data, mapping, chunkRows: 512, partRows: 1000).Evaluate(fromFile);

        var mask = Data.Mask.Select((m, i) => m && !Data.ScoreIsNull[i]).ToArray();
        var inMemory = new MetricCollection(BinaryReport);
        inMemory.Update(new MetricBatch(Data.Labels, Data.Scores).WithMask(mask));
        AssertSameValues(inMemory, fromFile);
    }

    [Theory]
    [MemberData(nameof(FormatsWithNulls))]
    public void Nulls_alone_make_a_mask(string format)
    {
        var fromFile = new MetricCollection(BinaryReport);
        SampleFiles.Source(format, Data, new ColumnMapping("y", "p_null")).Evaluate(fromFile);

        var inMemory = new MetricCollection(BinaryReport);
        inMemory.Update(new MetricBatch(Data.Labels, Data.Scores).WithMask(Data.ScoreIsNull.Select(n => !n).ToArray()));
        AssertSameValues(inMemory, fromFile);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Each_group_equals_its_rows_in_memory_and_the_total_all_rows(string format)
    {
        foreach (var groupColumn in new[] { "g", "gi" })
        {
            var mapping = new ColumnMapping("y", "p") { Mask = "m", Weights = "w", Group = groupColumn };
            var result = SampleFiles.Source(format, Data, mapping, chunkRows: 450, partRows: 800).EvaluateByGroup(new MetricCollection(BinaryReport));

            Assert.Equal(Data.Rows, result.Rows);
            var keys = groupColumn == "g" ? Data.Groups : Data.GroupIds.Select(g => g.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(keys.Distinct(), result.Groups.Select(g => g.Key));
            foreach (var group in result.Groups)
            {
                var rows = Enumerable.Range(0, Data.Rows).Where(i => keys[i] == group.Key).ToArray();
                Assert.Equal(rows.Length, group.Rows);
                var inMemory = new MetricCollection(BinaryReport);
                inMemory.Update(new MetricBatch(rows.Select(i => Data.Labels[i]).ToArray(), rows.Select(i => Data.Scores[i]).ToArray())
                    .WithMask(rows.Select(i => Data.Mask[i]).ToArray())
                    .WithWeights(rows.Select(i => Data.Weights[i]).ToArray()));
                AssertSameValues(inMemory, group.Metrics);
            }

            var total = new MetricCollection(BinaryReport);
            total.Update(new MetricBatch(Data.Labels, Data.Scores).WithMask(Data.Mask).WithWeights(Data.Weights));
            AssertSameValues(total, result.Total);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void One_metric_and_a_typed_metric_through_a_callback(string format)
    {
        var source = SampleFiles.Source(format, Data, new ColumnMapping("y", "p") { Weights = "w" }, chunkRows: 1024);
        var byName = MetricRegistry.Create("roc_auc");
        source.Evaluate(byName);

        var typed = new MeanSquaredError();
        long chunks = 0;
        source.ReadChunks((in DataChunk chunk) =>
        {
            typed.Update(chunk.Labels, chunk.Predictions, chunk.Weights);
            chunks++;
        });

        var aucInMemory = MetricRegistry.Create("roc_auc");
        aucInMemory.Update(new MetricBatch(Data.Labels, Data.Scores).WithWeights(Data.Weights));
        var mseInMemory = new MeanSquaredError();
        mseInMemory.Update(Data.Labels, Data.Scores, Data.Weights);
        Assert.Equal((double)aucInMemory.Compute(), (double)byName.Compute(), 12);
        Assert.Equal(mseInMemory.Compute(), typed.Compute(), 12);
        Assert.Equal((Data.Rows + 1023) / 1024, chunks);
    }

    private static void AssertSameValues(MetricCollection expected, MetricCollection actual)
    {
        var want = expected.Compute();
        var got = actual.Compute();
        Assert.Equal(want.Keys.Order(), got.Keys.Order());
        foreach (var (name, value) in want)
        {
            var e = (double)value;
            var a = (double)got[name];
            Assert.False(double.IsNaN(e), $"{name} is NaN in memory: the sample does not exercise it");
            Assert.True(Math.Abs(e - a) <= 1e-12 * Math.Max(1, Math.Abs(e)), $"{name}: in memory {e:R}, from the source {a:R}");
        }
    }
}
