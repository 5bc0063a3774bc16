using System;
using System.Collections.Generic;
using System.Linq;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>Property-test drivers of the multi-output metrics (<see cref="MultiOutputR2Score"/>).</summary>
internal static class OutputsDrivers
{
    public static readonly IReadOnlyList<IMetricDriver> All = [new MultiOutputR2ScoreDriver()];
}

/// <summary>
/// <c>[rows, 3]</c> targets of different scales and offsets (one near 1e9) with noisy predictions; mask and weights per
/// row. The default metric learns its outputs from the first batch; the other declares three and adjusts for p = 1.
/// </summary>
internal sealed class MultiOutputR2ScoreDriver : MetricDriver<MultiOutputR2Score>
{
    private const int Columns = 3;

    public override MultiOutputR2Score Create() => new(MultiOutputAverage.VarianceWeighted);

    public override MultiOutputR2Score? CreateOther() => new(numRegressors: 1, numOutputs: Columns);

    public override Batch Generate(Random rng, int rows)
    {
        var labels = new double[rows * Columns];
        var predictions = new double[rows * Columns];
        for (var i = 0; i < rows; i++)
        {
            labels[i * Columns] = rng.Normal();
            labels[(i * Columns) + 1] = 10 + (5 * rng.Normal());
            labels[(i * Columns) + 2] = 1e9 + Math.Round(rng.Normal(), 3);
            for (var j = 0; j < Columns; j++)
            {
                predictions[(i * Columns) + j] = labels[(i * Columns) + j] + rng.Normal();
            }
        }

        return new Batch(rows, Columns, Columns, labels, predictions);
    }

    public override MultiOutputR2Score Update(MultiOutputR2Score m, Batch b, bool[]? mask, double[]? weights) =>
        m.Update(b.LabelRows, b.PredictionRows, mask, weights);

    public override double[] Exact(MultiOutputR2Score m) => [m.OutputCount, .. m.Outputs.ToArray().Select(o => o.Count)];

    public override double[] Approximate(MultiOutputR2Score m) =>
        [
            .. m.Outputs.ToArray().SelectMany(o => new[] { o.Shift + o.ShiftedMean, o.TotalSquares, o.ResidualSquares }),
            .. m.PerOutput(),
            m.Compute(),
        ];
}
