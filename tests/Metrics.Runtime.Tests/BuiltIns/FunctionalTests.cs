using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics.Tensors;
using System.Text.Json.Nodes;
using Metrics;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The functional API against TF.js 4.22 (Reference/tfjs/make_reference_functional.js → Reference/functional.json,
/// float32 on the CPU backend, so values agree to float32 rounding), and Keras 2's documented examples.
/// </summary>
public sealed class FunctionalTests
{
    private const double Relative = 2e-6;
    private const double Absolute = 2e-6;

    private static readonly Lazy<JsonArray> Cases = new(() =>
        (JsonArray)ReferenceJson.Root("functional.json")["cases"]!);

    // Each TF.js function, computed by ours from the case's flattened inputs and the last axis of yPred.
    private static readonly Dictionary<string, Func<double[], double[], int, double[]>> Implemented = new()
    {
        ["binaryAccuracy"] = (t, p, d) => Functional.BinaryAccuracy(t, p, d),
        ["categoricalAccuracy"] = (t, p, d) => Functional.CategoricalAccuracy(t, p, d),
        ["sparseCategoricalAccuracy"] = (t, p, d) => Functional.SparseCategoricalAccuracy(t, p, d),
        ["precision"] = (t, p, _) => [Functional.Precision(t, p)],
        ["recall"] = (t, p, _) => [Functional.Recall(t, p)],
        ["meanAbsoluteError"] = (t, p, d) => Functional.MeanAbsoluteError(t, p, d),
        ["meanSquaredError"] = (t, p, d) => Functional.MeanSquaredError(t, p, d),
        ["meanAbsolutePercentageError"] = (t, p, d) => Functional.MeanAbsolutePercentageError(t, p, d),
        ["cosineProximity"] = (t, p, d) => Functional.CosineProximity(t, p, d),
        ["r2Score"] = (t, p, _) => [Functional.R2Score(t, p)],
        // TF.js computes in float32: the float overload clips in float32 as it does.
        ["binaryCrossentropy"] = (t, p, d) => Functional.BinaryCrossentropy(Array.ConvertAll(t, x => (float)x), Array.ConvertAll(p, x => (float)x), d),
        ["categoricalCrossentropy"] = (t, p, d) => Functional.CategoricalCrossentropy(t, p, d),
    };

    public static TheoryData<string, string> ImplementedCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in Cases.Value)
        {
            var function = (string)c!["function"]!;
            if (Implemented.ContainsKey(function))
            {
                data.Add(function, (string)c["name"]!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ImplementedCases))]
    public void MatchesTensorFlowJs(string function, string name)
    {
        var c = Cases.Value.Single(x => (string)x!["function"]! == function && (string)x["name"]! == name)!;
        var yTrue = Doubles(c["yTrue"]!);
        var yPred = Doubles(c["yPred"]!);
        var lastAxis = (int)c["predShape"]!.AsArray().Last()!;
        var expected = Doubles(c["expected"]!);
        var actual = Implemented[function](yTrue, yPred, lastAxis);
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var tolerance = Absolute + (Relative * Math.Abs(expected[i]));
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"{function} {name}[{i}]: TF.js {expected[i]}, ours {actual[i]}");
        }
    }

    [Fact]
    public void TensorOverloadsReduceTheLastAxis()
    {
        var yTrue = Tensor.Create(new double[] { 1, 1, 1, 1, 0, 0, 0, 0 }, [2, 4]);
        var yPred = Tensor.Create(new double[] { 1, 0, 1, 0, 0, 0, 0, 1 }, [2, 4]);
        var accuracy = Functional.BinaryAccuracy(yTrue, yPred);
        Assert.Equal([2], accuracy.Lengths.ToArray());
        Assert.Equal([0.5, 0.75], Flatten(accuracy));

        var scalar = Functional.MeanSquaredError(Tensor.Create(new double[] { 0, 1, 3, 4 }, [4]), Tensor.Create(new double[] { 0, 1, -3, -4 }, [4]));
        Assert.Equal([1], scalar.Lengths.ToArray());
        Assert.Equal([25.0], Flatten(scalar));

        var sparse = Functional.SparseCategoricalAccuracy(
            Tensor.Create(new double[] { 1, 1, 2, 2, 0 }, [5, 1]),
            Tensor.Create(new double[] { 0, 1, 0, 1, 0, 0, 0, 0.4, 0.6, 0, 0.6, 0.4, 0.7, 0.3, 0 }, [5, 3]));
        Assert.Equal([1.0, 0, 1, 0, 1], Flatten(sparse));
    }

    [Fact]
    public void KerasMeanSquaredLogarithmicErrorClipsAtEpsilon()
    {
        // Keras 2: mean((log(max(p, eps) + 1) - log(max(y, eps) + 1))^2) over the last axis.
        double[] yTrue = [-1, 0, 2, 3];
        double[] yPred = [0.5, -2, 2, 1];
        var expected = new[]
        {
            (Math.Pow(Math.Log(1.5) - Math.Log(1 + 1e-7), 2) + Math.Pow(Math.Log(1 + 1e-7) - Math.Log(1 + 1e-7), 2)) / 2,
            (0 + Math.Pow(Math.Log(2) - Math.Log(4), 2)) / 2,
        };
        var actual = Functional.MeanSquaredLogarithmicError(yTrue, yPred, 2);
        Assert.Equal(expected[0], actual[0], 1e-15);
        Assert.Equal(expected[1], actual[1], 1e-15);
    }

    [Fact]
    public void EveryTensorFlowJsFunctionIsImplemented() =>
        Assert.All(Cases.Value.Select(c => (string)c!["function"]!).Distinct(), f => Assert.True(Implemented.ContainsKey(f), f));

    [Fact]
    public void KerasTopKDocumentedExamples()
    {
        // Keras 2.3.1 tests: p [[0.3,0.2,0.1],[0.1,0.2,0.7]], y [[0,1,0],[1,0,0]]: k=3 → mean 1, k=2 → 0.5, k=1 → 0.
        double[] scores = [0.3, 0.2, 0.1, 0.1, 0.2, 0.7];
        double[] oneHot = [0, 1, 0, 1, 0, 0];
        double[] sparse = [1, 0];
        foreach (var (k, mean) in new[] { (3, 1.0), (2, 0.5), (1, 0.0) })
        {
            Assert.Equal(mean, Functional.TopKCategoricalAccuracy(oneHot, scores, 3, k).Average());
            Assert.Equal(mean, Functional.SparseTopKCategoricalAccuracy(sparse, scores, 3, k).Average());
        }
    }

    [Fact]
    public void SparseCategoricalCrossentropyEqualsCategoricalOnOneHotLabels()
    {
        // tf.metrics has no sparseCategoricalCrossentropy: check it against the TF.js-checked categorical one.
        foreach (var c in Cases.Value.Where(c => (string)c!["function"]! == "categoricalCrossentropy" && ((string)c["name"]!).StartsWith("random", StringComparison.Ordinal)))
        {
            var oneHot = Doubles(c!["yTrue"]!);
            var yPred = Doubles(c["yPred"]!);
            var classes = (int)c["predShape"]!.AsArray().Last()!;
            var labels = Enumerable.Range(0, oneHot.Length / classes).Select(r => (double)Array.IndexOf(oneHot, 1.0, r * classes, classes) - (r * classes)).ToArray();
            var sparse = Functional.SparseCategoricalCrossentropy(labels, yPred, classes);
            var categorical = Functional.CategoricalCrossentropy(oneHot, yPred, classes);
            for (var i = 0; i < sparse.Length; i++)
            {
                Assert.Equal(categorical[i], sparse[i], 1e-12);
            }
        }
    }

    [Fact]
    public void BadInputIsNamed()
    {
        var shape = Assert.Throws<ArgumentException>(() => Functional.MeanSquaredError([1, 2, 3], [1, 2, 3, 4], 2));
        Assert.Equal("yTrue", shape.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Functional.MeanSquaredError([1, 2, 3], [1, 2, 3], 2));
        var label = Assert.Throws<ArgumentException>(() => Functional.SparseCategoricalAccuracy([0.5], [0.1, 0.9], 2));
        Assert.Contains("yTrue[0] = 0.5", label.Message, StringComparison.Ordinal);
        var tensors = Assert.Throws<ArgumentException>(() =>
            Functional.MeanAbsoluteError(Tensor.Create(new double[6], [2, 3]), Tensor.Create(new double[6], [3, 2])));
        Assert.Contains("[2, 3]", tensors.Message, StringComparison.Ordinal);
    }

    private static double[] Doubles(JsonNode node) => node.AsArray().Select(v => (double)v!).ToArray();

    private static double[] Flatten(Tensor<double> tensor)
    {
        var values = new double[tensor.FlattenedLength];
        tensor.FlattenTo(values);
        return values;
    }
}
