using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Metrics;
using Xunit;

namespace Metrics.Runtime.Tests.Registry;

/// <summary>
/// A registry-built collection accumulates the states whose element-wise operators fuse in one kernel pass
/// (<see cref="MetricCollection.FusedPasses"/>); every member ends bit-identical to the same metric updated on its own,
/// plain, masked and weighted, at whatever vector width the process runs (the suite runs under each), and a batch
/// that any member rejects leaves every member unchanged.
/// </summary>
public sealed class FusedCollectionTests
{
    private static readonly string[] RegressionReport = ["mae", "mse", "rmse", "r2"];
    private static readonly string[] BinaryReport = ["accuracy", "precision", "recall", "f1_score", "roc_auc"];

    public static TheoryData<string> Inputs => new() { "plain", "masked", "weighted", "masked and weighted" };

    [Fact]
    public void RegistryReportsFuseTheirElementWiseStates()
    {
        // mae, mse (which rmse shares) and r2 in one pass: 2 + 2 + 5 lane fields fit the 16 of Lanes<TVector>.
        var regression = new MetricCollection(RegressionReport);
        Assert.Equal(1, regression.FusedPasses);
        Assert.Equal(3, regression.FusedStates);

        // accuracy's correct/count and the confusion counts of precision, recall and F1 in one pass; AUC's samples apart.
        var binary = new MetricCollection(BinaryReport);
        Assert.Equal(1, binary.FusedPasses);
        Assert.Equal(2, binary.FusedStates);

        Assert.Equal(0, new MetricCollection("mae", "roc_auc").FusedPasses);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EveryCombinationOfRegressionMembersEqualsTheirOwnUpdatesBitForBit(string inputs)
    {
        var random = new Random(19);
        foreach (var length in new[] { 1, 7, 64, 1003 })
        {
            var labels = Enumerable.Range(0, length).Select(_ => (random.NextDouble() * 20) - 10).ToArray();
            var predictions = labels.Select(y => y + (random.NextDouble() * 4) - 2).ToArray();
            foreach (var members in Subsets(RegressionReport))
            {
                AssertFusedEqualsSeparate(members, labels, predictions, inputs, random);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EveryCombinationOfBinaryMembersEqualsTheirOwnUpdatesBitForBit(string inputs)
    {
        var random = new Random(91);
        foreach (var length in new[] { 1, 7, 64, 1003 })
        {
            var labels = Enumerable.Range(0, length).Select(_ => (double)random.Next(2)).ToArray();
            var scores = labels.Select(y => (y * 0.3) + (random.NextDouble() * 0.7)).ToArray();
            foreach (var members in Subsets(BinaryReport))
            {
                AssertFusedEqualsSeparate(members, labels, scores, inputs, random);
            }
        }
    }

    [Fact]
    public void BatchRejectedByOneMemberLeavesTheFusedStatesUnchanged()
    {
        var collection = new MetricCollection([.. RegressionReport, .. BinaryReport]);
        var labels = Enumerable.Range(0, 100).Select(i => (double)(i % 2)).ToArray();
        var scores = Enumerable.Range(0, 100).Select(i => i / 100.0).ToArray();
        collection.Update(new MetricBatch(labels, scores));
        var before = Bits(collection);

        // A label 2 passes the regression pass and fails the binary one's lane check; accuracy then rejects it.
        var badLabels = (double[])labels.Clone();
        badLabels[97] = 2;
        var e = Assert.Throws<ArgumentException>(() => collection.Update(new MetricBatch(badLabels, scores)));
        Assert.Contains("'accuracy'", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, Bits(collection));

        // A negative weight: every pass declines it, the first member's own guard names it.
        var weights = Enumerable.Repeat(1.0, 100).ToArray();
        weights[50] = -1;
        Assert.Throws<ArgumentException>(() => collection.Update(new MetricBatch(labels, scores).WithWeights(weights)));
        Assert.Equal(before, Bits(collection));

        // The collection goes on as if it had never been offered the rejected batches.
        collection.Update(new MetricBatch(labels, scores));
        var twice = new MetricCollection([.. RegressionReport, .. BinaryReport]);
        twice.Update(new MetricBatch(labels, scores));
        twice.Update(new MetricBatch(labels, scores));
        Assert.Equal(Bits(twice), Bits(collection));
    }

    private static void AssertFusedEqualsSeparate(string[] members, double[] labels, double[] predictions, string inputs, Random random)
    {
        var mask = inputs.Contains("masked", StringComparison.Ordinal) ? labels.Select(_ => random.Next(4) != 0).ToArray() : null;
        var weights = inputs.Contains("weighted", StringComparison.Ordinal)
            ? labels.Select(_ => random.Next(10) == 0 ? 0.0 : random.NextDouble() * 3).ToArray()
            : null;
        var collection = new MetricCollection(members);
        var separate = members.ToDictionary(m => m, MetricRegistry.Create);

        // Two batches, so that the second starts from a non-empty state.
        for (var round = 0; round < 2; round++)
        {
            var batch = new MetricBatch(labels, predictions);
            batch = mask is null ? batch : batch.WithMask(mask);
            batch = weights is null ? batch : batch.WithWeights(weights);
            collection.Update(batch);
            foreach (var metric in separate.Values)
            {
                metric.Update(batch);
            }
        }

        foreach (var member in members)
        {
            var because = $"{member} in [{string.Join(", ", members)}], {inputs}, {labels.Length} elements";
            Assert.True(
                Bits(separate[member].State).SequenceEqual(Bits(collection.Get(member).State)),
                $"{because}: {collection.Get(member).State} differs from {separate[member].State}");
        }
    }

    private static IEnumerable<string[]> Subsets(string[] names) =>
        Enumerable.Range(1, (1 << names.Length) - 1).Select(bits => names.Where((_, i) => (bits & (1 << i)) != 0).ToArray());

    private static Dictionary<string, long[]> Bits(MetricCollection collection) =>
        collection.Names.ToDictionary(name => name, name => Bits(collection.Get(name).State).ToArray());

    // Every double, long and int in the state, recursively through nested structs, as bits (NaN and −0 compare exactly).
    private static IEnumerable<long> Bits(object state)
    {
        foreach (var field in state.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            var value = field.GetValue(state);
            switch (value)
            {
                case double d:
                    yield return BitConverter.DoubleToInt64Bits(d);
                    break;
                case long l:
                    yield return l;
                    break;
                case int i:
                    yield return i;
                    break;
                case SampleBuffer buffer:
                    yield return buffer.Count;
                    break;
                case not null when field.FieldType.IsValueType && !field.FieldType.IsPrimitive && !field.FieldType.IsEnum:
                    foreach (var bits in Bits(value))
                    {
                        yield return bits;
                    }

                    break;
            }
        }
    }
}
