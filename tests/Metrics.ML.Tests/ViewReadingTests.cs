using System;
using System.Linq;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Metrics.ML.Tests;

/// <summary>Key labels, chunking, collections and the errors for missing or ill-typed columns.</summary>
public sealed class ViewReadingTests
{
    [Fact]
    public void KeyLabelsAreOneBasedAndAMissingKeyMasksTheRowOut()
    {
        string[] classes = ["a", "b", "c"];
        var random = new Random(5);
        var rows = Enumerable.Range(0, 200).Select(_ => new NamedRow
        {
            Label = classes[random.Next(3)],
            Score = [(float)random.NextDouble(), (float)random.NextDouble(), (float)random.NextDouble()],
        }).ToList();
        var unknown = rows.Take(30).Select(r => new NamedRow { Label = "unknown", Score = [.. r.Score] }).ToList();
        var byHand = rows.Count(r => Array.IndexOf(r.Score, r.Score.Max()) == Array.IndexOf(classes, r.Label)) / (double)rows.Count;
        var context = GeneratedViews.Context;
        var toKey = context.Transforms.Conversion.MapValueToKey("Label", keyData: context.Data.LoadFromEnumerable(classes.Select(c => new ClassName { Label = c })));
        IDataView Keyed(System.Collections.Generic.IEnumerable<NamedRow> data)
        {
            var view = context.Data.LoadFromEnumerable(data);
            return toKey.Fit(view).Transform(view);
        }

        var columns = ScoredColumns.Multiclass();

        var accuracy = (double)Keyed(rows).Evaluate(columns, "sparse_categorical_accuracy").Compute();
        var withMissing = (double)Keyed(unknown.Concat(rows)).Evaluate(columns, "sparse_categorical_accuracy").Compute();

        Assert.Equal(byHand, accuracy, 1e-12);
        Assert.Equal(accuracy, withMissing, 1e-12);
    }

    [Fact]
    public void SmallChunksGiveTheSameCollectionAsOneChunk()
    {
        var view = GeneratedViews.Binary(500);
        var whole = new MetricCollection("accuracy", "roc_auc", "precision");
        var chunked = whole.Clone();

        var rows = view.Evaluate(ScoredColumns.Binary(), whole);
        var chunkedRows = view.Evaluate(ScoredColumns.Binary(), chunked, chunkRows: 7);

        Assert.Equal(500, rows);
        Assert.Equal(rows, chunkedRows);
        foreach (var (name, value) in whole.Compute())
        {
            Assert.Equal((double)value, (double)chunked.Compute(name), 1e-12);
        }
    }

    [Fact]
    public void WeightsColumnWeighsTheRows()
    {
        var view = GeneratedViews.Regression(300);
        var doubled = GeneratedViews.Context.Transforms.Expression("W", "x : 2.0", "Label").Fit(view).Transform(view);

        var unweighted = (double)view.Evaluate(ScoredColumns.Regression(), "mae").Compute();
        var weighted = (double)doubled.Evaluate(ScoredColumns.Regression() with { Weight = "W" }, "mae").Compute();

        Assert.Equal(unweighted, weighted, 1e-12);
    }

    [Fact]
    public void AMissingColumnIsNamed()
    {
        var view = GeneratedViews.Binary(50);

        var e = Assert.Throws<ArgumentException>(() => view.Evaluate(ScoredColumns.Binary() with { Score = "Margin" }, "accuracy"));

        Assert.Contains("'Margin'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'Score' (Single)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIllTypedColumnIsNamedWithItsType()
    {
        var binary = GeneratedViews.Binary(50);

        var regression = Assert.Throws<ArgumentException>(() => binary.Evaluate(ScoredColumns.Regression(), "mae"));
        var multiclass = Assert.Throws<ArgumentException>(() => binary.Evaluate(ScoredColumns.Multiclass(), "sparse_categorical_accuracy"));

        Assert.Contains("label column 'Label' has type Boolean", regression.Message, StringComparison.Ordinal);
        Assert.Contains("label column 'Label' has type Boolean; expected a key type", multiclass.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectedValuesNameTheRows()
    {
        var view = GeneratedViews.Multiclass(100);

        var e = Assert.Throws<ArgumentException>(() => view.Evaluate(ScoredColumns.Multiclass(), "balanced_accuracy", new System.Collections.Generic.Dictionary<string, object?> { ["num_classes"] = 3 }, chunkRows: 40));

        Assert.Contains("scored rows 1-40", e.Message, StringComparison.Ordinal);
    }

    public sealed class ClassName
    {
        public string Label { get; set; } = "";
    }

    public sealed class NamedRow
    {
        public string Label { get; set; } = "";

        [VectorType(3)]
        public float[] Score { get; set; } = [];
    }
}
