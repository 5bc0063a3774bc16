using System;
using System.Collections.Generic;
using System.Linq;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>Property-test drivers of the regression, ranking and dot-product ranking metrics of issue 4.</summary>
internal static class RegressionDrivers
{
    public static readonly IReadOnlyList<IMetricDriver> All =
    [
        new MeanAbsolutePercentageErrorDriver(), new HuberDriver(), new LogCoshErrorDriver(), new PearsonCorrelationDriver(),
        new ConcordanceCorrelationDriver(), new R2ScoreDriver(), new ExplainedVarianceDriver(), new CosineSimilarityDriver(),
        new RowPearsonCorrelationDriver(), new RowConcordanceCorrelationDriver(),
        new RankingDriver<PrecisionAtK>(new(3), new(2), (m, l, s, mask, w) => m.Update(l, s, mask, w), m => [m.Count], m => [m.Total, m.Compute()]),
        new RankingDriver<RecallAtK>(new(3), new(2), (m, l, s, mask, w) => m.Update(l, s, mask, w), m => [m.Count], m => [m.Total, m.Compute()]),
        new RankingDriver<MeanReciprocalRank>(new(), new(2), (m, l, s, mask, w) => m.Update(l, s, mask, w), m => [m.Count], m => [m.Total, m.Compute()]),
        new RankingDriver<MeanAveragePrecision>(new(4), new(), (m, l, s, mask, w) => m.Update(l, s, mask, w), m => [m.Count], m => [m.Total, m.Compute()]),
        new RankingDriver<NDCG>(new(3), new(), (m, l, s, mask, w) => m.Update(l, s, mask, w), m => [m.Count], m => [m.Total, m.Compute()]),
        new RankingDriver<DCG>(new(), new(5), (m, l, s, mask, w) => m.Update(l, s, mask, w), m => [m.Count], m => [m.Total, m.Compute()]),
        new DotProductDriver<DotProductPrecisionAtK>(new(2), new(3), (m, l, q, k, i, mask, w) => m.Update(l, q, k, i, mask, w), m => m.Ranking.Count, m => m.Ranking.Total),
        new DotProductDriver<DotProductRecallAtK>(new(2), new(3), (m, l, q, k, i, mask, w) => m.Update(l, q, k, i, mask, w), m => m.Ranking.Count, m => m.Ranking.Total),
        new DotProductDriver<DotProductMeanReciprocalRank>(new(), new(1), (m, l, q, k, i, mask, w) => m.Update(l, q, k, i, mask, w), m => m.Ranking.Count, m => m.Ranking.Total),
        new DotProductDriver<DotProductMeanAveragePrecision>(new(3), new(), (m, l, q, k, i, mask, w) => m.Update(l, q, k, i, mask, w), m => m.Ranking.Count, m => m.Ranking.Total),
        new DotProductDriver<DotProductNDCG>(new(), new(2), (m, l, q, k, i, mask, w) => m.Update(l, q, k, i, mask, w), m => m.Ranking.Count, m => m.Ranking.Total),
    ];
}

/// <summary>Targets and predictions around 5 with unit noise (no zero target, so MAPE stays moderate).</summary>
internal abstract class PairRegressionDriver<TM> : MetricDriver<TM>
    where TM : struct, IMetric<TM>
{
    public override Batch Generate(Random rng, int rows)
    {
        var targets = rng.Uniforms(rows, 1, 10);
        var predictions = targets.Select(t => t + rng.Normal()).ToArray();
        return Pairs(targets, predictions);
    }
}

internal sealed class MeanAbsolutePercentageErrorDriver : PairRegressionDriver<MeanAbsolutePercentageError>
{
    public override MeanAbsolutePercentageError Create() => new();

    public override MeanAbsolutePercentageError Update(MeanAbsolutePercentageError m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Labels, b.Predictions, mask, weights);

    public override double[] Exact(MeanAbsolutePercentageError m) => [m.Count];

    public override double[] Approximate(MeanAbsolutePercentageError m) => [m.Total, m.Compute()];
}

internal sealed class HuberDriver : PairRegressionDriver<Huber>
{
    public override Huber Create() => new(delta: 0.75);

    public override Huber? CreateOther() => new();

    public override Huber Update(Huber m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Labels, b.Predictions, mask, weights);

    public override double[] Exact(Huber m) => [m.Count];

    public override double[] Approximate(Huber m) => [m.Total, m.Compute()];
}

internal sealed class LogCoshErrorDriver : PairRegressionDriver<LogCoshError>, IMetricDriver
{
    bool IMetricDriver.LaneIndependent => false;


    public override LogCoshError Create() => new();

    public override LogCoshError Update(LogCoshError m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Labels, b.Predictions, mask, weights);

    public override double[] Exact(LogCoshError m) => [m.Count];

    public override double[] Approximate(LogCoshError m) => [m.Total, m.Compute()];
}

internal sealed class PearsonCorrelationDriver : PairRegressionDriver<PearsonCorrelation>
{
    public override PearsonCorrelation Create() => new();

    public override PearsonCorrelation Update(PearsonCorrelation m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Labels, b.Predictions, mask, weights);

    public override double[] Exact(PearsonCorrelation m) => [m.Count];

    public override double[] Approximate(PearsonCorrelation m) =>
        [m.Moments.MeanX, m.Moments.MeanY, m.M2X, m.M2Y, m.CoMoment, m.Compute()];
}

internal sealed class ConcordanceCorrelationDriver : PairRegressionDriver<ConcordanceCorrelation>
{
    public override ConcordanceCorrelation Create() => new();

    public override ConcordanceCorrelation Update(ConcordanceCorrelation m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Labels, b.Predictions, mask, weights);

    public override double[] Exact(ConcordanceCorrelation m) => [m.CoMoments.Count];

    public override double[] Approximate(ConcordanceCorrelation m) =>
        [m.Moments.MeanX, m.Moments.MeanY, m.CoMoments.M2X, m.CoMoments.M2Y, m.CoMoments.CoMoment, m.Compute()];
}

internal sealed class R2ScoreDriver : PairRegressionDriver<R2Score>
{
    public override R2Score Create() => new(numRegressors: 2);

    public override R2Score? CreateOther() => new();

    public override R2Score Update(R2Score m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Labels, b.Predictions, mask, weights);

    public override double[] Exact(R2Score m) => [m.Count];

    public override double[] Approximate(R2Score m) => [m.Shift + m.ShiftedMean, m.TotalSquares, m.ResidualSquares, m.Compute()];
}

internal sealed class ExplainedVarianceDriver : PairRegressionDriver<ExplainedVariance>
{
    public override ExplainedVariance Create() => new();

    public override ExplainedVariance Update(ExplainedVariance m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.Labels, b.Predictions, mask, weights);

    public override double[] Exact(ExplainedVariance m) => [m.Count];

    public override double[] Approximate(ExplainedVariance m) =>
        [m.LabelShift + m.ShiftedLabelMean, m.ResidualShift + m.ShiftedResidualMean, m.LabelSquares, m.ResidualSquares, m.Compute()];
}

/// <summary>Rows of 5 label and 5 prediction values.</summary>
internal abstract class RowRegressionDriver<TM> : MetricDriver<TM>
    where TM : struct, IMetric<TM>
{
    private const int Width = 5;

    public override Batch Generate(Random rng, int rows)
    {
        var labels = rng.Normals(rows * Width, 0, 1);
        var predictions = labels.Select(l => l + rng.Normal()).ToArray();
        return new Batch(rows, Width, Width, labels, predictions);
    }
}

internal sealed class CosineSimilarityDriver : RowRegressionDriver<CosineSimilarity>
{
    public override CosineSimilarity Create() => new();

    public override CosineSimilarity Update(CosineSimilarity m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.LabelRows, b.PredictionRows, mask, weights);

    public override double[] Exact(CosineSimilarity m) => [m.Count];

    public override double[] Approximate(CosineSimilarity m) => [m.Total, m.Compute()];
}

internal sealed class RowPearsonCorrelationDriver : RowRegressionDriver<RowPearsonCorrelation>
{
    public override RowPearsonCorrelation Create() => new();

    public override RowPearsonCorrelation Update(RowPearsonCorrelation m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.LabelRows, b.PredictionRows, mask, weights);

    public override double[] Exact(RowPearsonCorrelation m) => [m.Count];

    public override double[] Approximate(RowPearsonCorrelation m) => [m.Total, m.Compute()];
}

internal sealed class RowConcordanceCorrelationDriver : RowRegressionDriver<RowConcordanceCorrelation>
{
    public override RowConcordanceCorrelation Create() => new(epsilon: 1e-7);

    public override RowConcordanceCorrelation? CreateOther() => new();

    public override RowConcordanceCorrelation Update(RowConcordanceCorrelation m, Batch b, bool[]? mask, double[]? weights) => m.Update(b.LabelRows, b.PredictionRows, mask, weights);

    public override double[] Exact(RowConcordanceCorrelation m) => [m.Count];

    public override double[] Approximate(RowConcordanceCorrelation m) => [m.Total, m.Compute()];
}

/// <summary>Queries of 8 items: graded relevance 0–3 (about a third relevant) and uniform scores.</summary>
internal sealed class RankingDriver<TM>(
    TM create,
    TM other,
    Func<TM, double[,], double[,], bool[]?, double[]?, TM> update,
    Func<TM, double[]> exact,
    Func<TM, double[]> approximate) : MetricDriver<TM>
    where TM : struct, IMetric<TM>
{
    private const int Items = 8;

    public override TM Create() => create.Empty();

    public override TM? CreateOther() => other.Empty();

    public override Batch Generate(Random rng, int rows)
    {
        var labels = Enumerable.Range(0, rows * Items).Select(_ => rng.NextDouble() < 0.35 ? rng.Next(1, 4) : 0.0).ToArray();
        return new Batch(rows, Items, Items, labels, rng.Uniforms(rows * Items, 0, 1));
    }

    public override TM Update(TM m, Batch b, bool[]? mask, double[]? weights) => update(m, b.LabelRows, b.PredictionRows, mask, weights);

    public override double[] Exact(TM m) => exact(m);

    public override double[] Approximate(TM m) => approximate(m);
}

/// <summary>
/// Queries of 4 sampled items out of 6 shared keys of 3 features: a batch row holds the 4 labels then the 4 indices,
/// and the query embedding as its predictions (so selecting, splitting and repeating rows keep queries whole).
/// </summary>
internal sealed class DotProductDriver<TM>(
    TM create,
    TM other,
    Func<TM, double[,], double[,], double[,], int[,], bool[]?, double[]?, TM> update,
    Func<TM, double> count,
    Func<TM, double> total) : MetricDriver<TM>
    where TM : struct, IMetric<TM, double>
{
    private const int Items = 4;
    private const int Features = 3;
    private static readonly double[,] Keys = RegressionCase.Rows(new Random(5).Normals(6 * Features, 0, 1), Features);

    public override TM Create() => create.Empty();

    public override TM? CreateOther() => other.Empty();

    public override Batch Generate(Random rng, int rows)
    {
        var labels = new double[rows * 2 * Items];
        for (var r = 0; r < rows; r++)
        {
            for (var s = 0; s < Items; s++)
            {
                labels[(r * 2 * Items) + s] = rng.Next(0, 3);
                labels[(r * 2 * Items) + Items + s] = rng.Next(0, Keys.GetLength(0));
            }
        }

        return new Batch(rows, 2 * Items, Features, labels, rng.Normals(rows * Features, 0, 1));
    }

    /// <summary>NaN relevance and queries; indices out of range only when <paramref name="outOfRange"/> (padding).</summary>
    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange)
    {
        var poisoned = batch.Poison(rows, double.NaN, double.NaN);
        for (var r = 0; r < batch.Rows; r++)
        {
            if (rows[r])
            {
                Array.Fill(poisoned.Labels, outOfRange ? 99.0 : 0.0, (r * 2 * Items) + Items, Items);
            }
        }

        return poisoned;
    }

    public override TM Update(TM m, Batch b, bool[]? mask, double[]? weights)
    {
        var labels = new double[b.Rows, Items];
        var indices = new int[b.Rows, Items];
        for (var r = 0; r < b.Rows; r++)
        {
            for (var s = 0; s < Items; s++)
            {
                labels[r, s] = b.Labels[(r * 2 * Items) + s];
                var index = b.Labels[(r * 2 * Items) + Items + s];
                indices[r, s] = (int)index;
            }
        }

        return update(m, labels, b.PredictionRows, Keys, indices, mask, weights);
    }

    public override double[] Exact(TM m) => [count(m)];

    public override double[] Approximate(TM m) => [total(m), m.Compute()];
}
