using System;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// What a derived metric (a <c>[Statistics]</c> field) adds to forwarding: <c>with</c> on a shared parameter, Merge's
/// parameter check, <c>default</c>. Masks, weights, shards and collections are covered for the derived built-ins by
/// the property tests and <c>CollectionTests</c>.
/// </summary>
public sealed class DerivedMetricTests
{
    private static readonly int[] Labels = [1, 0, 1, 1, 0, 1];
    private static readonly double[] Scores = [0.9, 0.8, 0.3, 0.7, 0.1, 0.6];

    [Fact]
    public void AFreshMetricTakesAParameterChangedByWith()
    {
        var changed = (new Precision() with { Threshold = 0.65 }).Update(Labels, Scores);
        var direct = new Precision(threshold: 0.65).Update(Labels, Scores);
        Assert.Equal(direct.Counts, changed.Counts);
        Assert.Equal(direct.Compute(), changed.Compute());
    }

    [Fact]
    public void AParameterChangedByWithAfterAnUpdateIsRefusedUntilReset()
    {
        var used = new Precision().Update(Labels, Scores) with { Threshold = 0.65 };
        var e = Assert.Throws<InvalidOperationException>(() => used.Update(Labels, Scores));
        Assert.Contains("Reset()", e.Message, StringComparison.Ordinal);
        Assert.Equal(new Precision(threshold: 0.65).Update(Labels, Scores).Compute(), used.Reset().Update(Labels, Scores).Compute());
    }

    [Fact]
    public void ACollectionTakesAMetricWhoseParameterAnInitializerSet()
    {
        var collection = new MetricCollection()
            .Add<Precision, double>(new Precision { Threshold = 0.65 }, "precision")
            .Add<Recall, double>(new Recall { Threshold = 0.65 }, "recall");
        Assert.Equal(1, collection.StatesPerUpdate);
        collection.Update(new MetricBatch(Array.ConvertAll(Labels, l => (double)l), Scores));
        Assert.Equal(new Precision(threshold: 0.65).Update(Labels, Scores).Compute(), (double)collection.Compute("precision"));
        Assert.Equal(new Recall(threshold: 0.65).Update(Labels, Scores).Compute(), (double)collection.Compute("recall"));
    }

    [Fact]
    public void ACollectionRefusesADerivedMetricThatHoldsCounts()
    {
        var used = new Precision { Threshold = 0.65 }.Update(Labels, Scores);
        Assert.Throws<ArgumentException>(() => new MetricCollection().Add<Precision, double>(used, "precision"));
        var stale = new Precision().Update(Labels, Scores) with { Threshold = 0.65 };
        Assert.Throws<ArgumentException>(() => new MetricCollection().Add<Precision, double>(stale, "precision"));
    }

    [Fact]
    public void MergeComparesTheDerivedParametersAndMergesTheStatistics()
    {
        var a = new Precision(zeroDivision: ZeroDivision.Zero).Update(Labels[..3], Scores[..3]);
        var b = new Precision(zeroDivision: ZeroDivision.Zero).Update(Labels[3..], Scores[3..]);
        Assert.Equal(new Precision(zeroDivision: ZeroDivision.Zero).Update(Labels, Scores).Counts, a.Merge(b).Counts);
        Assert.Throws<ArgumentException>(() => a.Merge(new Precision()));
    }

    [Fact]
    public void DefaultIsRefusedForADerivedMetricWithParameters()
    {
        var unconstructed = default(Recall);
        Assert.Throws<InvalidOperationException>(() => unconstructed.Update(Labels, Scores));
    }

    [Fact]
    public void DefaultStaysValidForADerivedMetricWithoutParameters()
    {
        var fromDefault = default(ConcordanceCorrelation);
        fromDefault = fromDefault.Update(Scores, Scores);
        Assert.Equal(new ConcordanceCorrelation().Update(Scores, Scores).Compute(), fromDefault.Compute());
    }

    [Fact]
    public void ToStringShowsTheStatistics()
    {
        var text = new Recall().Update(Labels, Scores).ToString();
        Assert.StartsWith("Recall(value: ", text, StringComparison.Ordinal);
        Assert.Contains("Counts: BinaryCounts(", text, StringComparison.Ordinal);
    }
}
