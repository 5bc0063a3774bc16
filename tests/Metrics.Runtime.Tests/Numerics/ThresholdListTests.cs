using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The threshold-list metrics' <c>Compute</c> (issue 12 §6): the counts at each threshold from suffix sums read at the
/// thresholds' ranks, against a direct count written out here, for thresholds in any order and with ties; and a
/// million thresholds, which the former O(T²) form could not compute in minutes.
/// </summary>
public sealed class ThresholdListTests
{
    [Fact]
    public void CountsAtUnorderedTiedThresholdsMatchADirectCount()
    {
        var rng = new Random(12);
        ParameterArray<double> thresholds = [0.7, 0.2, 0.5, 0.2, 0.0, 1.0, 0.5, 0.35, 0.9, 0.5];
        var n = 500;
        var labels = Enumerable.Range(0, n).Select(_ => rng.Next(2)).ToArray();
        var scores = Enumerable.Range(0, n).Select(_ => Math.Round(rng.NextDouble(), 1)).ToArray();
        var weights = Enumerable.Range(0, n).Select(_ => rng.Next(1, 5) / 4.0).ToArray();

        var truePositives = new TruePositives(thresholds).Update(labels, scores, null, weights).Compute();
        var falsePositives = new FalsePositives(thresholds).Update(labels, scores, null, weights).Compute();
        var precision = new PrecisionAtThresholds(thresholds).Update(labels, scores, null, weights).Compute();
        var recall = new RecallAtThresholds(thresholds).Update(labels, scores, null, weights).Compute();
        for (var j = 0; j < thresholds.Length; j++)
        {
            double tp = 0, fp = 0, positives = 0;
            for (var i = 0; i < n; i++)
            {
                var above = scores[i] > thresholds[j];
                tp += labels[i] == 1 && above ? weights[i] : 0;
                fp += labels[i] == 0 && above ? weights[i] : 0;
                positives += labels[i] == 1 ? weights[i] : 0;
            }

            Assert.Equal(tp, truePositives[j]);
            Assert.Equal(fp, falsePositives[j]);
            Assert.Equal(tp / (tp + fp), precision[j], 1e-12);
            Assert.Equal(tp / positives, recall[j], 1e-12);
        }
    }

    [Fact]
    public async Task AMillionThresholdsCompute()
    {
        const int count = 1_000_000;
        var thresholds = Enumerable.Range(0, count).Select(i => ((i * 7919L) % count) / (double)count).ToArray();
        var metric = new PrecisionAtThresholds(ParameterArray.Create<double>(thresholds)).Update([0, 1, 1, 0], [0.1, 0.4, 0.8, 0.6]);

        // Not a timing: O(T) takes well under a second; the O(T²) form took 10 minutes without finishing.
        var compute = Task.Run(metric.Compute);
        Assert.True(await Task.WhenAny(compute, Task.Delay(TimeSpan.FromSeconds(120))) == compute, "Compute of 1M thresholds did not finish in 2 minutes.");
        var precision = await compute;
        Assert.Equal(count, precision.Length);
        Assert.Equal(0.5, precision[Array.IndexOf(thresholds, 0.0)]);
        Assert.Equal(1.0, precision[Array.IndexOf(thresholds, 0.7)]);
    }
}
