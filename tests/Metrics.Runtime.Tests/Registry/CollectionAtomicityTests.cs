using System;
using System.Collections.Generic;
using System.Linq;
using Metrics;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests.Registry;

/// <summary>
/// A collection applies an update or a merge to every member or to none: a rejected one leaves every state exactly as
/// it was and names the member and the reason. Members are added before the first update.
/// </summary>
[Collection(nameof(AllocationProbe))]
public sealed class CollectionAtomicityTests
{
    [Fact]
    public void UpdateRejectedByALaterMemberLeavesEarlierMembersUnchanged()
    {
        var collection = new MetricCollection("mse", "accuracy");
        collection.Update(new MetricBatch([0, 1], [.2, .9]));
        var before = States(collection);

        var e = Assert.Throws<ArgumentException>(() => collection.Update(new MetricBatch([2], [.5])));
        Assert.Contains("'accuracy'", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, States(collection));
        Assert.Equal(new MeanSquaredError().Update([0.0, 1.0], [.2, .9]).Compute(), (double)collection.Compute("mse"));
    }

    [Fact]
    public void UpdateRejectedAfterArrayAndGrowingStatesTookTheBatchLeavesThemUnchanged()
    {
        // Array states (cells added in place) and a growing sample buffer accept the batch; the last array state
        // (mean IoU over 2 classes) rejects the predicted class 2.
        var collection = new MetricCollection()
            .Add("roc_auc", MetricRegistry.Create("roc_auc"))
            .Add("cm", MetricRegistry.Create("confusion_matrix", new Dictionary<string, object?> { ["num_classes"] = 4 }))
            .Add("mcc", MetricRegistry.Create("mcc", new Dictionary<string, object?> { ["num_classes"] = 4 }))
            .Add("tp", MetricRegistry.Create("true_positives"))
            .Add("mse", MetricRegistry.Create("mse"))
            .Add("iou", MetricRegistry.Create("MeanIoU", new Dictionary<string, object?> { ["num_classes"] = 2 }));
        collection.Update(new MetricBatch([0, 1, 1], [0, 1, 0]));
        var before = States(collection);

        var e = Assert.Throws<ArgumentException>(() => collection.Update(new MetricBatch([0, 1], [1, 2])));
        Assert.Contains("'iou'", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, States(collection));

        // The collection keeps working after the rejected batch, as if it had never been offered.
        collection.Update(new MetricBatch([1, 0], [1, 0]));
        var expected = new ConfusionMatrix(4).Update([0, 1, 1, 1, 0], [0, 1, 0, 1, 0]);
        Assert.Equal(expected.Compute(), (double[,])collection.Compute("cm"));
        Assert.Equal(new ExactAuc().Update([0, 1, 1, 1, 0], [0.0, 1, 0, 1, 0]).Compute(), (double)collection.Compute("roc_auc"));
    }

    [Fact]
    public void UpdateOfScalarAndOneArrayStateAllocatesNothing()
    {
        var collection = new MetricCollection("mse", "mae", "accuracy", "precision", "recall", "true_positives");
        double[] labels = [0, 1, 1, 0, 1];
        double[] scores = [.1, .8, .4, .3, .9];
        AllocationProbe.AssertNoAllocation(() => collection.Update(new MetricBatch(labels, scores)));
    }

    [Fact]
    public void MergeWithDifferentParametersChangesNoMember()
    {
        var mine = new MetricCollection()
            .Add("err", MetricRegistry.Create("mse"))
            .Add("p", MetricRegistry.Create("precision", new Dictionary<string, object?> { ["threshold"] = 0.5 }));
        var theirs = new MetricCollection()
            .Add("err", MetricRegistry.Create("mse"))
            .Add("p", MetricRegistry.Create("precision", new Dictionary<string, object?> { ["threshold"] = 0.3 }));
        mine.Update(new MetricBatch([0, 1], [.2, .9]));
        theirs.Update(new MetricBatch([1, 1], [.4, .6]));
        var before = States(mine);
        var theirsBefore = States(theirs);

        var e = Assert.Throws<ArgumentException>(() => mine.Merge(theirs));
        Assert.Equal("other", e.ParamName);
        Assert.Contains("'p'", e.Message, StringComparison.Ordinal);
        Assert.Contains("0.3", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, States(mine));
        Assert.Equal(theirsBefore, States(theirs));
    }

    [Fact]
    public void MergeOfASameNamedMemberOfAnotherTypeIsAnArgumentExceptionNamingIt()
    {
        var mine = new MetricCollection().Add("x", MetricRegistry.Create("mse")).Add("y", MetricRegistry.Create("mae"));
        var theirs = new MetricCollection().Add("x", MetricRegistry.Create("mse")).Add("y", MetricRegistry.Create("msle"));
        mine.Update(new MetricBatch([1, 2], [1.5, 2.5]));
        theirs.Update(new MetricBatch([1, 2], [1.5, 2.5]));
        var before = States(mine);

        var e = Assert.Throws<ArgumentException>(() => mine.Merge(theirs));
        Assert.Equal("other", e.ParamName);
        Assert.Contains("'y'", e.Message, StringComparison.Ordinal);
        Assert.Contains("MeanAbsoluteError", e.Message, StringComparison.Ordinal);
        Assert.Contains("MeanSquaredLogError", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, States(mine));
    }

    [Fact]
    public void MergeOfDerivedMembersOverDifferentlySharedStatesIsRejectedBeforeMergingAny()
    {
        // Same names and types, but here precision and recall share one state and there they do not.
        var mine = new MetricCollection()
            .Add("err", MetricRegistry.Create("mse"))
            .Add("p", MetricRegistry.Create("precision"))
            .Add("r", MetricRegistry.Create("recall"));
        var theirs = new MetricCollection()
            .Add("err", MetricRegistry.Create("mse"))
            .Add("p", MetricRegistry.Create("precision"))
            .Add("r", MetricRegistry.Create("recall", new Dictionary<string, object?> { ["threshold"] = 0.1 }));
        mine.Update(new MetricBatch([0, 1], [.2, .9]));
        var before = States(mine);

        var e = Assert.Throws<ArgumentException>(() => mine.Merge(theirs));
        Assert.Contains("'r'", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, States(mine));
    }

    [Fact]
    public void AddAfterTheFirstUpdateIsRejectedUntilReset()
    {
        var collection = new MetricCollection("mse");
        collection.Update(new MetricBatch([1, 2], [1.5, 2.5]));

        var e = Assert.Throws<InvalidOperationException>(() => collection.Add("rmse", MetricRegistry.Create("rmse")));
        Assert.Contains("'rmse'", e.Message, StringComparison.Ordinal);
        Assert.Equal(["mse"], collection.Names);

        var merged = new MetricCollection("mse");
        merged.Merge(collection);
        Assert.Throws<InvalidOperationException>(() => merged.Add("mae", MetricRegistry.Create("mae")));

        collection.Reset();
        collection.Add("rmse", MetricRegistry.Create("rmse"));
        collection.Update(new MetricBatch([1, 2], [1.5, 2.5]));
        Assert.Equal(0.5, (double)collection.Compute("rmse"), 12);
    }

    // Deep copies of every member's state, by name (Get returns a copy, so later updates cannot change them).
    private static Dictionary<string, object> States(MetricCollection collection) =>
        collection.Names.ToDictionary(name => name, name => collection.Get(name).State);
}
