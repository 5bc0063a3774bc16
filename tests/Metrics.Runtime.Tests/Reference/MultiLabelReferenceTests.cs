using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The multi-label metrics against scikit-learn on label indicator matrices
/// (<c>Reference/make_reference_multilabel_fscore.py</c> → <c>Reference/multilabel_fscore.json</c>): thresholds and
/// Keras' row-maximum rule with ties, absent labels, masks, weights and a 10,000-row batch.
/// </summary>
public sealed class MultiLabelReferenceTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, ReferenceCase>> Cases = new(() => ReferenceData.LoadFile("multilabel_fscore.json"));

    public static TheoryData<string> CaseNames() => new(Cases.Value.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void FBetaScoreMatchesScikitLearn(string name)
    {
        var c = Cases.Value[name];
        var expected = c.Expected.AsArray().Select(ReferenceData.Number).ToArray();
        var metric = Create(c.Params).UpdateWith(c.Labels, c.Predictions, c.Columns!.Value, c.Mask, c.Weights);
        Approx.Equal(expected, [metric.Compute(), .. metric.PerLabel()], 1e-12, 1e-12, name);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void FloatRowsGiveTheDoubleResult(string name)
    {
        // The reference scores have two decimals; their float images keep every decision, so the counts are equal.
        var c = Cases.Value[name];
        var labels = c.Labels!.Select(x => (float)x).ToArray();
        var predictions = c.Predictions.Select(x => (float)x).ToArray();
        var weights = c.Weights?.Select(x => (float)x).ToArray();
        var metric = Create(c.Params);
        var asFloat = metric.Empty().UpdateWith(labels, predictions, c.Columns!.Value, c.Mask, weights);
        var asDouble = metric.Empty().UpdateWith(labels.Select(x => (double)x).ToArray(), predictions.Select(x => (double)x).ToArray(), c.Columns!.Value, c.Mask, c.Weights);
        Assert.Equal(asDouble.Counts, asFloat.Counts);
    }

    private static MultiLabelFBetaScore Create(JsonObject p) => MultiLabelFBetaScore.FromArguments(new Dictionary<string, object?>
    {
        ["num_labels"] = p["numLabels"]!.GetValue<int>(),
        ["beta"] = p["beta"]!.GetValue<double>(),
        ["threshold"] = p["threshold"]?.GetValue<double>(),
        ["average"] = p["average"]!.GetValue<string>(),
    });
}

/// <summary>Span overloads with optional mask and weights, as the reference files give them.</summary>
internal static class MultiLabelUpdates
{
    public static MultiLabelFBetaScore UpdateWith<T>(this MultiLabelFBetaScore metric, T[]? labels, T[] predictions, int columns, bool[]? mask, T[]? weights)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(labels);
        return (labels, predictions, weights) switch
        {
            (double[] l, double[] p, double[] w) when mask is not null => metric.Update(l, p, columns, mask, w),
            (double[] l, double[] p, double[] w) => metric.Update(l, p, columns, (ReadOnlySpan<double>)w),
            (double[] l, double[] p, null) when mask is not null => metric.Update(l, p, columns, mask),
            (double[] l, double[] p, null) => metric.Update(l, p, columns),
            (float[] l, float[] p, float[] w) when mask is not null => metric.Update(l, p, columns, mask, w),
            (float[] l, float[] p, float[] w) => metric.Update(l, p, columns, (ReadOnlySpan<float>)w),
            (float[] l, float[] p, null) when mask is not null => metric.Update(l, p, columns, mask),
            (float[] l, float[] p, null) => metric.Update(l, p, columns),
            _ => throw new NotSupportedException(typeof(T).Name),
        };
    }
}
