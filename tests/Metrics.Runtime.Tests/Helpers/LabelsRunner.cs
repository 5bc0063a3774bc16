using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>
/// Builds the metric a labels.json case names (class_id and top_k on score rows), feeds it the case's rows through the
/// 2-D array overloads (double or float scores), optionally in two merged shards, and returns its value.
/// </summary>
internal static class LabelsRunner
{
    public static double[] Run(ReferenceCase c, bool asFloat, int? split = null)
    {
        var classId = c.Params["classId"] is JsonNode id ? id.GetValue<int>() : (int?)null;
        return c.Metric switch
        {
            "TruePositives" => Feed(c, new TruePositives(Thresholds(c), classId), asFloat, split, (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w)).Compute(),
            "FalsePositives" => Feed(c, new FalsePositives(Thresholds(c), classId), asFloat, split, (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w)).Compute(),
            "TrueNegatives" => Feed(c, new TrueNegatives(Thresholds(c), classId), asFloat, split, (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w)).Compute(),
            "FalseNegatives" => Feed(c, new FalseNegatives(Thresholds(c), classId), asFloat, split, (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w)).Compute(),
            "PrecisionAtThresholds" => Feed(c, new PrecisionAtThresholds(Thresholds(c), classId: classId), asFloat, split, (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w)).Compute(),
            "RecallAtThresholds" => Feed(c, new RecallAtThresholds(Thresholds(c), classId: classId), asFloat, split, (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w)).Compute(),
            "PrecisionAtRecall" => [Feed(c, new PrecisionAtRecall(c.Param("recall", double.NaN), N(c), classId: classId), asFloat, split, (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w)).Compute()],
            "RecallAtPrecision" => [Feed(c, new RecallAtPrecision(c.Param("precision", double.NaN), N(c), classId: classId), asFloat, split, (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w)).Compute()],
            "SensitivityAtSpecificity" => [Feed(c, new SensitivityAtSpecificity(c.Param("specificity", double.NaN), N(c), classId: classId), asFloat, split, (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w)).Compute()],
            "SpecificityAtSensitivity" => [Feed(c, new SpecificityAtSensitivity(c.Param("sensitivity", double.NaN), N(c), classId: classId), asFloat, split, (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w)).Compute()],
            "TopKPrecision" => [Feed(c, new TopKPrecision((int)c.Param("k", double.NaN), classId, Threshold(c)), asFloat, split, (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w)).Compute()],
            "TopKRecall" => [Feed(c, new TopKRecall((int)c.Param("k", double.NaN), classId, Threshold(c)), asFloat, split, (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w)).Compute()],
            "MultiLabelBinnedAuc" => [Feed(c, BinnedAuc(c), asFloat, split, (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w)).Compute()],
            _ => throw new InvalidOperationException("no runner for " + c.Metric),
        };
    }

    private static MultiLabelBinnedAuc BinnedAuc(ReferenceCase c) => new(
        (int)c.Param("numLabels", double.NaN),
        average: Enum.Parse<MultiLabelAverage>(c.StringParam("average")!),
        labelWeights: c.Params["labelWeights"] is JsonArray lw ? ParameterArray.Create<double>(lw.Select(ReferenceData.Number).ToArray()) : default,
        numThresholds: (int)c.Param("numThresholds", 200),
        thresholds: c.Params["thresholds"] is JsonArray t ? new CurveThresholds(t.Select(ReferenceData.Number).ToArray()) : default,
        curve: Enum.Parse<AucCurve>(c.StringParam("curve")!));

    private static int N(ReferenceCase c) => (int)c.Param("numThresholds", double.NaN);

    private static double? Threshold(ReferenceCase c) => c.Params["threshold"] is JsonNode t ? ReferenceData.Number(t) : null;

    private static ParameterArray<double> Thresholds(ReferenceCase c) =>
        ParameterArray.Create<double>(c.Params["thresholds"]!.AsArray().Select(ReferenceData.Number).ToArray());

    /// <summary>Feeds the rows in one batch, or as the rows before and from <paramref name="split"/> in two merged metrics.</summary>
    private static TM Feed<TM>(
        ReferenceCase c, TM metric, bool asFloat, int? split, Func<TM, int[,], double[,], bool[]?, double[]?, TM> d, Func<TM, int[,], float[,], bool[]?, float[]?, TM> f)
        where TM : struct, IMetric<TM>
    {
        var rows = c.Count;
        if (split is not { } at)
        {
            return Batch(c, metric, 0, rows, asFloat, d, f);
        }

        return Batch(c, metric, 0, at, asFloat, d, f).Merge(Batch(c, metric, at, rows, asFloat, d, f));
    }

    private static TM Batch<TM>(
        ReferenceCase c, TM metric, int from, int to, bool asFloat, Func<TM, int[,], double[,], bool[]?, double[]?, TM> d, Func<TM, int[,], float[,], bool[]?, float[]?, TM> f)
        where TM : struct, IMetric<TM>
    {
        var columns = c.Columns!.Value;
        var labels = new int[to - from, columns];
        var scores = new double[to - from, columns];
        for (var r = from; r < to; r++)
        {
            for (var j = 0; j < columns; j++)
            {
                labels[r - from, j] = (int)c.Labels![(r * columns) + j];
                scores[r - from, j] = c.Predictions[(r * columns) + j];
            }
        }

        var mask = c.Mask?[from..to];
        var weights = c.Weights?[from..to];
        if (asFloat)
        {
            var floats = new float[to - from, columns];
            for (var r = 0; r < to - from; r++)
            {
                for (var j = 0; j < columns; j++)
                {
                    floats[r, j] = (float)scores[r, j];
                }
            }

            return f(metric, labels, floats, mask, weights?.Select(w => (float)w).ToArray());
        }

        return d(metric, labels, scores, mask, weights);
    }
}
