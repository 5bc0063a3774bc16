using System;
using System.Linq;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>Runs a <see cref="RegressionCase"/> through the metric it names, with its parameters, mask and weights.</summary>
internal static class RegressionEvaluator
{
    public static double Pairs(RegressionCase c, bool useFloat = false)
    {
        var y = c.Labels;
        var p = c.Predictions!;
        if (useFloat)
        {
            var yf = y.Select(v => (float)v).ToArray();
            var pf = p.Select(v => (float)v).ToArray();
            var wf = c.Weights?.Select(v => (float)v).ToArray();
            return c.Metric switch
            {
                "MeanAbsolutePercentageError" => new MeanAbsolutePercentageError().Update(yf, pf, c.Mask, wf).Compute(),
                "Huber" => new Huber(c.DoubleParam("delta", 1.0)).Update(yf, pf, c.Mask, wf).Compute(),
                "LogCoshError" => new LogCoshError().Update(yf, pf, c.Mask, wf).Compute(),
                "PearsonCorrelation" => new PearsonCorrelation().Update(yf, pf, c.Mask, wf).Compute(),
                "ConcordanceCorrelation" => new ConcordanceCorrelation().Update(yf, pf, c.Mask, wf).Compute(),
                "R2Score" => new R2Score(c.IntParam("num_regressors", 0)).Update(yf, pf, c.Mask, wf).Compute(),
                "ExplainedVariance" => new ExplainedVariance().Update(yf, pf, c.Mask, wf).Compute(),
                _ => throw new ArgumentException(c.Metric),
            };
        }

        return c.Metric switch
        {
            "MeanAbsolutePercentageError" => new MeanAbsolutePercentageError().Update(y, p, c.Mask, c.Weights).Compute(),
            "Huber" => new Huber(c.DoubleParam("delta", 1.0)).Update(y, p, c.Mask, c.Weights).Compute(),
            "LogCoshError" => new LogCoshError().Update(y, p, c.Mask, c.Weights).Compute(),
            "PearsonCorrelation" => new PearsonCorrelation().Update(y, p, c.Mask, c.Weights).Compute(),
            "ConcordanceCorrelation" => new ConcordanceCorrelation().Update(y, p, c.Mask, c.Weights).Compute(),
            "R2Score" => new R2Score(c.IntParam("num_regressors", 0)).Update(y, p, c.Mask, c.Weights).Compute(),
            "ExplainedVariance" => new ExplainedVariance().Update(y, p, c.Mask, c.Weights).Compute(),
            _ => throw new ArgumentException(c.Metric),
        };
    }

    public static double RowPairs(RegressionCase c)
    {
        var y = RegressionCase.Rows(c.Labels, c.Columns!.Value);
        var p = RegressionCase.Rows(c.Predictions!, c.Columns!.Value);
        var k = c.IntParam("k", int.MaxValue);
        return c.Metric switch
        {
            "CosineSimilarity" => new CosineSimilarity().Update(y, p, c.Mask, c.Weights).Compute(),
            "RowPearsonCorrelation" => new RowPearsonCorrelation().Update(y, p, c.Mask, c.Weights).Compute(),
            "RowConcordanceCorrelation" => new RowConcordanceCorrelation().Update(y, p, c.Mask, c.Weights).Compute(),
            "PrecisionAtK" => new PrecisionAtK(k).Update(y, p, c.Mask, c.Weights).Compute(),
            "RecallAtK" => new RecallAtK(k).Update(y, p, c.Mask, c.Weights).Compute(),
            "MeanReciprocalRank" => new MeanReciprocalRank(k).Update(y, p, c.Mask, c.Weights).Compute(),
            "MeanAveragePrecision" => new MeanAveragePrecision(k).Update(y, p, c.Mask, c.Weights).Compute(),
            "NDCG" => new NDCG(k).Update(y, p, c.Mask, c.Weights).Compute(),
            "DCG" => new DCG(k).Update(y, p, c.Mask, c.Weights).Compute(),
            _ => throw new ArgumentException(c.Metric),
        };
    }

    public static (double[] Raw, double Uniform, double VarianceWeighted) Outputs(RegressionCase c)
    {
        var columns = c.Columns!.Value;
        var rows = c.Labels.Length / columns;
        double[] Column(double[] flat, int j) => Enumerable.Range(0, rows).Select(i => flat[(i * columns) + j]).ToArray();
        if (c.Metric == "R2Score")
        {
            var outputs = Enumerable.Range(0, columns)
                .Select(j => new R2Score(c.IntParam("num_regressors", 0)).Update(Column(c.Labels, j), Column(c.Predictions!, j), c.Mask, c.Weights))
                .ToArray();
            return (outputs.Select(o => o.Compute()).ToArray(), R2Score.Average(outputs, MultiOutputAverage.Uniform),
                R2Score.Average(outputs, MultiOutputAverage.VarianceWeighted));
        }

        var ev = Enumerable.Range(0, columns)
            .Select(j => new ExplainedVariance().Update(Column(c.Labels, j), Column(c.Predictions!, j), c.Mask, c.Weights))
            .ToArray();
        return (ev.Select(o => o.Compute()).ToArray(), ExplainedVariance.Average(ev, MultiOutputAverage.Uniform),
            ExplainedVariance.Average(ev, MultiOutputAverage.VarianceWeighted));
    }

    /// <summary>
    /// The per-output idiom without copying columns: each output is a strided column view of one
    /// <c>[rows, outputs]</c> tensor, with the per-row mask and weights viewed as <c>[rows, 1]</c>.
    /// </summary>
    public static double[] OutputsFromTensorColumns(RegressionCase c)
    {
        var columns = c.Columns!.Value;
        var rows = c.Labels.Length / columns;
        var labels = new System.Numerics.Tensors.ReadOnlyTensorSpan<double>(c.Labels, [rows, columns]);
        var predictions = new System.Numerics.Tensors.ReadOnlyTensorSpan<double>(c.Predictions!, [rows, columns]);
        var mask = c.Mask is null ? default : new System.Numerics.Tensors.ReadOnlyTensorSpan<bool>(c.Mask, [rows, 1]);
        var weights = c.Weights is null ? default : new System.Numerics.Tensors.ReadOnlyTensorSpan<double>(c.Weights, [rows, 1]);
        var result = new double[columns];
        for (var j = 0; j < columns; j++)
        {
            System.Buffers.NRange[] column = [System.Buffers.NRange.All, new(j, j + 1)];
            var y = labels.Slice(column);
            var p = predictions.Slice(column);
            if (c.Metric == "R2Score")
            {
                var metric = new R2Score(c.IntParam("num_regressors", 0));
                metric = (c.Mask, c.Weights) switch
                {
                    (null, null) => metric.Update(y, p),
                    (null, _) => metric.Update(y, p, weights),
                    (_, null) => metric.Update(y, p, mask),
                    _ => metric.Update(y, p, mask, weights),
                };
                result[j] = metric.Compute();
            }
            else
            {
                var metric = new ExplainedVariance();
                metric = (c.Mask, c.Weights) switch
                {
                    (null, null) => metric.Update(y, p),
                    (null, _) => metric.Update(y, p, weights),
                    (_, null) => metric.Update(y, p, mask),
                    _ => metric.Update(y, p, mask, weights),
                };
                result[j] = metric.Compute();
            }
        }

        return result;
    }

    public static double DotProducts(RegressionCase c)
    {
        var f = c.Features!.Value;
        var queries = RegressionCase.Rows(c.Queries!, f);
        var items = c.Labels.Length / queries.GetLength(0);
        var labels = RegressionCase.Rows(c.Labels, items);
        var keys = RegressionCase.Rows(c.Keys!, f);
        var indices = RegressionCase.Rows(c.Indices!, items);
        var k = c.IntParam("k", int.MaxValue);
        return c.Metric switch
        {
            "DotProductPrecisionAtK" => new DotProductPrecisionAtK(k).Update(labels, queries, keys, indices, c.Mask, c.Weights).Compute(),
            "DotProductRecallAtK" => new DotProductRecallAtK(k).Update(labels, queries, keys, indices, c.Mask, c.Weights).Compute(),
            "DotProductMeanReciprocalRank" => new DotProductMeanReciprocalRank(k).Update(labels, queries, keys, indices, c.Mask, c.Weights).Compute(),
            "DotProductMeanAveragePrecision" => new DotProductMeanAveragePrecision(k).Update(labels, queries, keys, indices, c.Mask, c.Weights).Compute(),
            "DotProductNDCG" => new DotProductNDCG(k).Update(labels, queries, keys, indices, c.Mask, c.Weights).Compute(),
            _ => throw new ArgumentException(c.Metric),
        };
    }
}
