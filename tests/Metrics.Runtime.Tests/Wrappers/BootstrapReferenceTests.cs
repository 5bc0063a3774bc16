using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests.Wrappers;

/// <summary>
/// The bootstrap against Reference/bootstrap.json (make_reference_bootstrap.py): each copy's value is scikit-learn's
/// metric with the same Poisson weights, and the summary is NumPy's mean, std (ddof=1) and linear quantiles.
/// </summary>
public sealed class BootstrapReferenceTests
{
    private static readonly Lazy<JsonArray> Cases = new(() =>
        ReferenceJson.Root("bootstrap.json")["cases"]!.AsArray());

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var node in Cases.Value)
        {
            names.Add(node!["name"]!.GetValue<string>());
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void MatchesScikitLearnWithTheSamePoissonWeights(string name)
    {
        var c = Cases.Value.Single(n => n!["name"]!.GetValue<string>() == name)!.AsObject();
        var copies = c["copies"]!.GetValue<int>();
        var seed = c["seed"]!.GetValue<ulong>();
        var confidence = c["confidence"]!.GetValue<double>();
        var batches = c["batches"]!.AsArray().Select(b => b!.AsObject()).ToArray();
        var estimate = c["metric"]!.GetValue<string>() switch
        {
            "mean_squared_error" => Run(new Bootstrap<MeanSquaredError>(new(), copies, seed), batches, confidence),
            "mean_absolute_error" => Run(new Bootstrap<MeanAbsoluteError>(new(), copies, seed), batches, confidence),
            "binary_accuracy" => Run(
                new Bootstrap<BinaryAccuracy>(new(c["params"]!["threshold"]!.GetValue<double>()), copies, seed), batches, confidence),
            var other => throw new InvalidDataException($"{name}: unknown metric {other}"),
        };

        var expected = c["expected"]!.AsObject();
        var values = Numbers(expected["values"])!;
        Assert.Equal(values.Length, estimate.Values.Count);
        for (var i = 0; i < values.Length; i++)
        {
            Approx.Equal(values[i], estimate.Values[i], 1e-12, context: $"{name}: copy {i}");
        }

        Approx.Equal(expected["mean"]!.GetValue<double>(), estimate.Mean, 1e-12, context: $"{name}: mean");
        Approx.Equal(expected["std"]!.GetValue<double>(), estimate.StandardDeviation, 1e-9, context: $"{name}: std");
        Approx.Equal(expected["lower"]!.GetValue<double>(), estimate.Lower, 1e-12, context: $"{name}: lower");
        Approx.Equal(expected["upper"]!.GetValue<double>(), estimate.Upper, 1e-12, context: $"{name}: upper");
        Assert.Equal(confidence, estimate.ConfidenceLevel);
    }

    private static BootstrapEstimate Run<TMetric>(Bootstrap<TMetric> bootstrap, IEnumerable<JsonObject> batches, double confidence)
        where TMetric : struct, IRegistrableMetric<TMetric>, IMetric<TMetric, double>
    {
        foreach (var b in batches)
        {
            var batch = new MetricBatch(Numbers(b["labels"]), Numbers(b["predictions"]));
            if (Numbers(b["weights"]) is { } weights)
            {
                batch = batch.WithWeights(weights);
            }

            if (b["mask"] is JsonArray mask)
            {
                batch = batch.WithMask(mask.Select(m => m!.GetValue<bool>()).ToArray());
            }

            bootstrap.Update(batch);
        }

        return bootstrap.Compute(confidence);
    }

    private static double[]? Numbers(JsonNode? node) => node is JsonArray array ? array.Select(ReferenceData.Number).ToArray() : null;
}
