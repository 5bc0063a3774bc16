using System;
using System.Linq;
using System.Numerics.Tensors;
using Xunit;

namespace Metrics.Serialization.Tests.Binary;

/// <summary>
/// The exact curve metrics append a batch in bulk (<see cref="SampleBuffer.AppendRange{TScore, TLabel, TWeight}"/>); the
/// state bytes must equal those of appending every kept element one at a time, whatever the inputs' exactness, masks
/// and weights, so that stored states do not depend on how the batches came in.
/// </summary>
public sealed class BulkAppendStateTests
{
    /// <summary>How the scores of a generated batch relate to float.</summary>
    public enum Scores
    {
        /// <summary>Doubles that are all exactly floats (what the readers hand over).</summary>
        FloatValued,

        /// <summary>Float-valued doubles except one, somewhere in the batch.</summary>
        OneNotFloat,

        /// <summary>Doubles, almost none of them floats.</summary>
        Doubles,
    }

    /// <summary>What weights a generated batch has.</summary>
    public enum Weights
    {
        None,
        AllOne,
        OnesAndZeros,
        Mixed,
    }

    public static TheoryData<Scores, bool, Weights, int> Cases()
    {
        var data = new TheoryData<Scores, bool, Weights, int>();
        var seed = 0;
        foreach (var scores in Enum.GetValues<Scores>())
        {
            foreach (var masked in new[] { false, true })
            {
                foreach (var weights in Enum.GetValues<Weights>())
                {
                    data.Add(scores, masked, weights, seed++);
                }
            }
        }

        return data;
    }

    private sealed record Batch(int[] Labels, double[] Predictions, bool[]? Mask, double[]? Weights);

    private static Batch Generate(Random random, int length, Scores scores, bool masked, Weights weights)
    {
        var labels = Enumerable.Range(0, length).Select(_ => random.Next(2)).ToArray();
        var predictions = Enumerable.Range(0, length).Select(_ => scores == Scores.Doubles ? random.NextDouble() : (double)random.NextSingle()).ToArray();
        if (scores == Scores.OneNotFloat)
        {
            predictions[random.Next(length)] = 0.1;
        }

        var mask = masked ? Enumerable.Range(0, length).Select(_ => random.NextDouble() < 0.7).ToArray() : null;
        var weightValues = weights switch
        {
            Weights.None => null,
            Weights.AllOne => Enumerable.Repeat(1.0, length).ToArray(),
            Weights.OnesAndZeros => Enumerable.Range(0, length).Select(_ => random.NextDouble() < 0.2 ? 0.0 : 1.0).ToArray(),
            _ => Enumerable.Range(0, length).Select(_ => random.Next(4) switch { 0 => 0.0, 1 => 1.0, _ => random.NextDouble() * 3 }).ToArray(),
        };
        return new Batch(labels, predictions, mask, weightValues);
    }

    /// <summary>What the element kernel did before: every kept element appended on its own.</summary>
    private static SampleBuffer OneByOne(SampleBuffer buffer, Batch batch)
    {
        for (var i = 0; i < batch.Labels.Length; i++)
        {
            var weight = batch.Weights?[i] ?? 1.0;
            if ((batch.Mask?[i] ?? true) && weight != 0)
            {
                buffer.Append(SampleBuffer.Of(batch.Predictions[i], batch.Labels[i]), weight);
            }
        }

        return buffer;
    }

    private static ExactAuc Update(ExactAuc metric, Batch batch) =>
        metric.Update(batch.Labels, batch.Predictions, batch.Mask, batch.Weights);

    private static AveragePrecision Update(AveragePrecision metric, Batch batch) =>
        metric.Update(batch.Labels, batch.Predictions, batch.Mask, batch.Weights);

    [Theory]
    [MemberData(nameof(Cases))]
    public void BulkAppendsWriteTheBytesOfSingleAppends(Scores scores, bool masked, Weights weights, int seed)
    {
        var random = new Random(seed);

        // A float-valued first batch, then the case: the second batch may widen what the first stored compactly.
        var first = Generate(random, 300, Scores.FloatValued, masked: false, Weights.None);
        var second = Generate(random, 1000 + random.Next(100), scores, masked, weights);
        var expected = OneByOne(OneByOne(default, first), second);

        var auc = Update(Update(new ExactAuc(), first), second);
        var reference = new ExactAuc { Samples = expected };
        Assert.Equal(MetricState.ToBytes(reference), MetricState.ToBytes(auc));
        Assert.Equal(reference.Compute(), auc.Compute());

        var precision = Update(Update(new AveragePrecision(), first), second);
        var precisionReference = new AveragePrecision { Samples = expected };
        Assert.Equal(MetricState.ToBytes(precisionReference), MetricState.ToBytes(precision));
        Assert.Equal(precisionReference.Compute(), precision.Compute());
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void FloatSpansAndTensorsWriteTheBytesOfSingleAppends(bool masked, bool weighted)
    {
        var random = new Random(masked ? 11 : 12);
        const int Length = 777;
        var labels = Enumerable.Range(0, Length).Select(_ => random.Next(2)).ToArray();
        var predictions = Enumerable.Range(0, Length).Select(_ => random.NextSingle()).ToArray();
        var mask = masked ? Enumerable.Range(0, Length).Select(_ => random.Next(3) > 0).ToArray() : null;
        var weights = weighted ? Enumerable.Range(0, Length).Select(_ => (float)random.Next(3)).ToArray() : null;
        var expected = default(SampleBuffer);
        for (var i = 0; i < Length; i++)
        {
            var weight = weights?[i] ?? 1f;
            if ((mask?[i] ?? true) && weight != 0)
            {
                expected.Append(SampleBuffer.Of(predictions[i], labels[i]), weight);
            }
        }

        var reference = MetricState.ToBytes(new ExactAuc { Samples = expected });
        Assert.Equal(reference, MetricState.ToBytes(new ExactAuc().Update(labels, predictions, mask, weights)));
        var tensor = new ExactAuc().Update(
            Tensor.Create(labels, [3, Length / 3]),
            Tensor.Create(predictions, [3, Length / 3]),
            mask is null ? null : Tensor.Create(mask, [3, Length / 3]),
            weights is null ? null : Tensor.Create(weights, [3, Length / 3]));
        Assert.Equal(reference, MetricState.ToBytes(tensor));

        var batch = new MetricBatch(labels.Select(l => (double)l).ToArray(), predictions.Select(p => (double)p).ToArray());
        batch = mask is null ? batch : batch.WithMask(mask);
        batch = weights is null ? batch : batch.WithWeights(weights.Select(w => (double)w).ToArray());
        Assert.Equal(reference, MetricState.ToBytes(new ExactAuc().Update(batch)));
    }
}
