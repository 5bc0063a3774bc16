using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics.Tensors;
using System.Text.Json.Nodes;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Every case of Reference/reference.json (scikit-learn / scipy / exact rational arithmetic, see make_reference.py),
/// run three ways: double spans (relative 1e-9), float arrays (relative 1e-5) and <see cref="Tensor{T}"/> overloads
/// (relative 1e-9).
/// </summary>
public sealed class ReferenceTests
{
    private const double Relative = 1e-9;
    private const double Absolute = 1e-12;
    private const double FloatRelative = 1e-5;
    private const double FloatAbsolute = 1e-6;

    private delegate TM Plain<TM, TL, TP>(TM metric, ReadOnlySpan<TL> labels, ReadOnlySpan<TP> predictions);

    private delegate TM Masked<TM, TL, TP>(TM metric, ReadOnlySpan<TL> labels, ReadOnlySpan<TP> predictions, ReadOnlySpan<bool> mask);

    private delegate TM Weighted<TM, TL, TP>(TM metric, ReadOnlySpan<TL> labels, ReadOnlySpan<TP> predictions, ReadOnlySpan<TP> weights);

    private delegate TM Both<TM, TL, TP>(TM metric, ReadOnlySpan<TL> labels, ReadOnlySpan<TP> predictions, ReadOnlySpan<bool> mask, ReadOnlySpan<TP> weights);

    public static TheoryData<string> AllCases() => new(ReferenceData.Cases.Keys.Order(StringComparer.Ordinal));

    /// <summary>
    /// The cases whose meaning survives rounding the inputs to float: no score crosses the threshold or changes the
    /// row argmax, and no value moves by more than 1e-6 of the data's spread (this excludes the 1e9-offset data, whose
    /// variance float32 cannot represent).
    /// </summary>
    public static TheoryData<string> FloatCases() =>
        new(ReferenceData.Cases.Values.Where(FloatApplicable).Select(c => c.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void ReferenceFileHasAllMetrics()
    {
        var metrics = ReferenceData.Cases.Values.Select(c => c.Metric).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[]
            {
                "Accuracy", "Average", "F1Score", "LogProb", "LpError", "Max", "MeanAbsoluteError", "MeanSquaredError",
                "MeanSquaredLogError", "Min", "Precision", "Recall", "RootMeanSquaredError", "RootMeanSquaredLogError",
                "Sum", "Welford",
            },
            metrics);
        Assert.Equal(300, ReferenceData.Cases.Count);

        // Most cases must also be meaningful in float, or the float theory would be hollow.
        Assert.True(FloatCases().Count >= 290, $"only {FloatCases().Count} float cases");
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void DoubleSpans(string name)
    {
        var c = ReferenceData.Get(name);
        Approx.Equal(Expected(c), RunSpans(c), Relative, Absolute, c.Describe());
    }

    [Theory]
    [MemberData(nameof(FloatCases))]
    public void FloatArrays(string name)
    {
        var c = ReferenceData.Get(name);
        Approx.Equal(Expected(c), RunFloatArrays(c), FloatRelative, FloatAbsolute, c.Describe() + " [float]");
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Tensors(string name)
    {
        var c = ReferenceData.Get(name);
        Approx.Equal(Expected(c), RunTensors(c), Relative, Absolute, c.Describe() + " [Tensor<T>]");
    }

    internal static double[] Expected(ReferenceCase c)
    {
        if (c.Expected is JsonObject statistics)
        {
            return
            [
                ReferenceData.Number(statistics["count"]),
                ReferenceData.Number(statistics["mean"]),
                ReferenceData.Number(statistics["variance"]),
                ReferenceData.Number(statistics["sampleVariance"]),
                ReferenceData.Number(statistics["standardDeviation"]),
                ReferenceData.Number(statistics["standardErrorOfMean"]),
            ];
        }

        return [ReferenceData.Number(c.Expected)];
    }

    private static double[] Observe(Statistics s) =>
        [s.Count, s.Mean, s.Variance, s.SampleVariance, s.StandardDeviation, s.StandardErrorOfMean];

    private static double[] One(double value) => [value];

    // ------------------------------------------------------------------ parameters

    private static Accuracy NewAccuracy(ReferenceCase c) => new(threshold: c.Param("threshold", 0.0));

    private static ZeroDivision ZeroDivisionOf(ReferenceCase c) => c.StringParam("zeroDivision") switch
    {
        null or "NaN" => ZeroDivision.NaN,
        "Zero" => ZeroDivision.Zero,
        "One" => ZeroDivision.One,
        var other => throw new InvalidOperationException($"unknown zeroDivision {other}"),
    };

    private static Precision NewPrecision(ReferenceCase c) => new(c.Param("threshold", 0.0), ZeroDivisionOf(c));

    private static Recall NewRecall(ReferenceCase c) => new(c.Param("threshold", 0.0), ZeroDivisionOf(c));

    private static F1Score NewF1Score(ReferenceCase c) => new(c.Param("threshold", 0.0), ZeroDivisionOf(c));

    private static LpError NewLpError(ReferenceCase c) => new(
        p: c.Param("p", double.NaN),
        norm: c.Params["norm"]!.GetValue<bool>(),
        transform: c.StringParam("transform") switch
        {
            "None" => LpTransform.None,
            "Log1p" => LpTransform.Log1P,
            var other => throw new InvalidOperationException($"unknown transform {other}"),
        });

    // ------------------------------------------------------------------ double spans

    private static double[] RunSpans(ReferenceCase c)
    {
        var l = c.Labels ?? [];
        var p = c.Predictions;
        var k = c.Mask;
        var w = c.Weights;
        var cols = c.Columns ?? 0;
        int[] Ints() => c.IntLabels;
        return (c.Metric, c.Shape) switch
        {
            ("Average", "value") => One(Spans(new Average(), l, p, k, w, (m, _, x) => m.Update(x), (m, _, x, a) => m.Update(x, a), (m, _, x, b) => m.Update(x, b), (m, _, x, a, b) => m.Update(x, a, b)).Compute()),
            ("Sum", "value") => One(Spans(new Sum(), l, p, k, w, (m, _, x) => m.Update(x), (m, _, x, a) => m.Update(x, a), (m, _, x, b) => m.Update(x, b), (m, _, x, a, b) => m.Update(x, a, b)).Compute()),
            ("Min", "value") => One(Spans(new Min(), l, p, k, w, (m, _, x) => m.Update(x), (m, _, x, a) => m.Update(x, a), (m, _, x, b) => m.Update(x, b), (m, _, x, a, b) => m.Update(x, a, b)).Compute()),
            ("Max", "value") => One(Spans(new Max(), l, p, k, w, (m, _, x) => m.Update(x), (m, _, x, a) => m.Update(x, a), (m, _, x, b) => m.Update(x, b), (m, _, x, a, b) => m.Update(x, a, b)).Compute()),
            ("Welford", "value") => Observe(Spans(new Welford(), l, p, k, w, (m, _, x) => m.Update(x), (m, _, x, a) => m.Update(x, a), (m, _, x, b) => m.Update(x, b), (m, _, x, a, b) => m.Update(x, a, b)).Compute()),
            ("Accuracy", "pair") => One(Spans(NewAccuracy(c), Ints(), p, k, w, (m, y, x) => m.Update(y, x), (m, y, x, a) => m.Update(y, x, a), (m, y, x, b) => m.Update(y, x, b), (m, y, x, a, b) => m.Update(y, x, a, b)).Compute()),
            ("Accuracy", "row") => One(Spans(NewAccuracy(c), Ints(), p, k, w, (m, y, x) => m.Update(y, x, cols), (m, y, x, a) => m.Update(y, x, cols, a), (m, y, x, b) => m.Update(y, x, cols, b), (m, y, x, a, b) => m.Update(y, x, cols, a, b)).Compute()),
            ("Precision", "pair") => One(Spans(NewPrecision(c), Ints(), p, k, w, (m, y, x) => m.Update(y, x), (m, y, x, a) => m.Update(y, x, a), (m, y, x, b) => m.Update(y, x, b), (m, y, x, a, b) => m.Update(y, x, a, b)).Compute()),
            ("Recall", "pair") => One(Spans(NewRecall(c), Ints(), p, k, w, (m, y, x) => m.Update(y, x), (m, y, x, a) => m.Update(y, x, a), (m, y, x, b) => m.Update(y, x, b), (m, y, x, a, b) => m.Update(y, x, a, b)).Compute()),
            ("F1Score", "pair") => One(Spans(NewF1Score(c), Ints(), p, k, w, (m, y, x) => m.Update(y, x), (m, y, x, a) => m.Update(y, x, a), (m, y, x, b) => m.Update(y, x, b), (m, y, x, a, b) => m.Update(y, x, a, b)).Compute()),
            ("LogProb", "rowpair") => One(Spans(new LogProb(), l, p, k, w, (m, y, x) => m.Update(y, x, cols), (m, y, x, a) => m.Update(y, x, cols, a), (m, y, x, b) => m.Update(y, x, cols, b), (m, y, x, a, b) => m.Update(y, x, cols, a, b)).Compute()),
            ("LpError", "pair") => One(Spans(NewLpError(c), l, p, k, w, (m, y, x) => m.Update(y, x), (m, y, x, a) => m.Update(y, x, a), (m, y, x, b) => m.Update(y, x, b), (m, y, x, a, b) => m.Update(y, x, a, b)).Compute()),
            ("MeanAbsoluteError", "pair") => One(Spans(new MeanAbsoluteError(), l, p, k, w, (m, y, x) => m.Update(y, x), (m, y, x, a) => m.Update(y, x, a), (m, y, x, b) => m.Update(y, x, b), (m, y, x, a, b) => m.Update(y, x, a, b)).Compute()),
            ("MeanSquaredError", "pair") => One(Spans(new MeanSquaredError(), l, p, k, w, (m, y, x) => m.Update(y, x), (m, y, x, a) => m.Update(y, x, a), (m, y, x, b) => m.Update(y, x, b), (m, y, x, a, b) => m.Update(y, x, a, b)).Compute()),
            ("RootMeanSquaredError", "pair") => One(Spans(new RootMeanSquaredError(), l, p, k, w, (m, y, x) => m.Update(y, x), (m, y, x, a) => m.Update(y, x, a), (m, y, x, b) => m.Update(y, x, b), (m, y, x, a, b) => m.Update(y, x, a, b)).Compute()),
            ("MeanSquaredLogError", "pair") => One(Spans(new MeanSquaredLogError(), l, p, k, w, (m, y, x) => m.Update(y, x), (m, y, x, a) => m.Update(y, x, a), (m, y, x, b) => m.Update(y, x, b), (m, y, x, a, b) => m.Update(y, x, a, b)).Compute()),
            ("RootMeanSquaredLogError", "pair") => One(Spans(new RootMeanSquaredLogError(), l, p, k, w, (m, y, x) => m.Update(y, x), (m, y, x, a) => m.Update(y, x, a), (m, y, x, b) => m.Update(y, x, b), (m, y, x, a, b) => m.Update(y, x, a, b)).Compute()),
            _ => throw new InvalidOperationException($"no dispatch for {c.Metric} / {c.Shape}"),
        };
    }

    private static TM Spans<TM, TL, TP>(
        TM metric, TL[] labels, TP[] predictions, bool[]? mask, double[]? weights,
        Plain<TM, TL, TP> plain, Masked<TM, TL, TP> masked, Weighted<TM, TL, TP> weighted, Both<TM, TL, TP> both)
        where TP : struct
    {
        var w = weights?.Select(v => (TP)(object)v).ToArray();
        var result = (mask, w) switch
        {
            (null, null) => plain(metric, labels, predictions),
            (not null, null) => masked(metric, labels, predictions, mask),
            (null, not null) => weighted(metric, labels, predictions, w),
            (not null, not null) => both(metric, labels, predictions, mask, w),
        };

        return result;
    }

    // ------------------------------------------------------------------ float arrays

    private static float[] F(double[] values) => values.Select(v => (float)v).ToArray();

    private static float[]? FW(double[]? values) => values?.Select(v => (float)v).ToArray();

    private static float[,] Rows(float[] flat, int columns)
    {
        var rows = flat.Length / columns;
        var result = new float[rows, columns];
        Buffer.BlockCopy(flat, 0, result, 0, flat.Length * sizeof(float));
        return result;
    }

    private static double[] RunFloatArrays(ReferenceCase c)
    {
        var p = F(c.Predictions);
        var l = c.Labels is null ? [] : F(c.Labels);
        var k = c.Mask;
        var w = FW(c.Weights);
        var cols = c.Columns ?? 1;
        return (c.Metric, c.Shape) switch
        {
            ("Average", "value") => One(new Average().Update(p, k, w).Compute()),
            ("Sum", "value") => One(new Sum().Update(p, k, w).Compute()),
            ("Min", "value") => One(new Min().Update(p, k, w).Compute()),
            ("Max", "value") => One(new Max().Update(p, k, w).Compute()),
            ("Welford", "value") => Observe(new Welford().Update(p, k, w).Compute()),
            ("Accuracy", "pair") => One(NewAccuracy(c).Update(c.IntLabels, p, k, w).Compute()),
            ("Accuracy", "row") => One(NewAccuracy(c).Update(c.IntLabels, Rows(p, cols), k, w).Compute()),
            ("Precision", "pair") => One(NewPrecision(c).Update(c.IntLabels, p, k, w).Compute()),
            ("Recall", "pair") => One(NewRecall(c).Update(c.IntLabels, p, k, w).Compute()),
            ("F1Score", "pair") => One(NewF1Score(c).Update(c.IntLabels, p, k, w).Compute()),
            ("LogProb", "rowpair") => One(new LogProb().Update(Rows(l, cols), Rows(p, cols), k, w).Compute()),
            ("LpError", "pair") => One(NewLpError(c).Update(l, p, k, w).Compute()),
            ("MeanAbsoluteError", "pair") => One(new MeanAbsoluteError().Update(l, p, k, w).Compute()),
            ("MeanSquaredError", "pair") => One(new MeanSquaredError().Update(l, p, k, w).Compute()),
            ("RootMeanSquaredError", "pair") => One(new RootMeanSquaredError().Update(l, p, k, w).Compute()),
            ("MeanSquaredLogError", "pair") => One(new MeanSquaredLogError().Update(l, p, k, w).Compute()),
            ("RootMeanSquaredLogError", "pair") => One(new RootMeanSquaredLogError().Update(l, p, k, w).Compute()),
            _ => throw new InvalidOperationException($"no dispatch for {c.Metric} / {c.Shape}"),
        };
    }

    private static bool FloatApplicable(ReferenceCase c)
    {
        var p = c.Predictions;
        switch (c.Metric, c.Shape)
        {
            case ("Accuracy" or "Precision" or "Recall" or "F1Score", "pair"):
                var threshold = c.Param("threshold", 0.0);
                return p.All(x => (x > threshold) == ((double)(float)x > threshold));
            case ("Accuracy", "row"):
                var cols = c.Columns!.Value;
                for (var r = 0; r < p.Length / cols; r++)
                {
                    var row = p.AsSpan(r * cols, cols);
                    if (TensorPrimitives.IndexOfMax(row) != TensorPrimitives.IndexOfMax(F(row.ToArray())))
                    {
                        return false;
                    }
                }

                return true;
            default:
                var all = p.Concat(c.Labels ?? []).ToArray();
                if (all.Length == 0)
                {
                    return true;
                }

                var spread = all.Max() - all.Min();
                var worst = all.Max(x => Math.Abs((double)(float)x - x));
                return worst <= 1e-6 * Math.Max(spread, 1.0);
        }
    }

    // ------------------------------------------------------------------ tensors

    /// <summary>A batch shape: [2, n/2] when n is even and positive (to exercise multi-dimensional batches), else [n].</summary>
    private static nint[] BatchShape(int n) => n > 0 && n % 2 == 0 ? [2, n / 2] : [n];

    private static nint[] RowShape(int rows, int columns) => [.. BatchShape(rows), columns];

    private static Tensor<T> T<T>(T[] values, nint[] shape) => Tensor.Create(values, shape);

    private static double[] RunTensors(ReferenceCase c)
    {
        var n = c.Count;
        var batch = BatchShape(n);
        var mask = c.Mask is null ? null : T(c.Mask, batch);
        var weights = c.Weights is null ? null : T(c.Weights, batch);
        var p = c.Predictions;
        switch (c.Shape)
        {
            case "value":
                var values = T(p, batch);
                return c.Metric switch
                {
                    "Average" => One(new Average().Update(values, mask, weights).Compute()),
                    "Sum" => One(new Sum().Update(values, mask, weights).Compute()),
                    "Min" => One(new Min().Update(values, mask, weights).Compute()),
                    "Max" => One(new Max().Update(values, mask, weights).Compute()),
                    "Welford" => Observe(new Welford().Update(values, mask, weights).Compute()),
                    _ => throw new InvalidOperationException(c.Metric),
                };
            case "pair" when c.Metric is "Accuracy" or "Precision" or "Recall" or "F1Score":
                var classes = T(c.IntLabels, batch);
                var scores = T(p, batch);
                return c.Metric switch
                {
                    "Accuracy" => One(NewAccuracy(c).Update(classes, scores, mask, weights).Compute()),
                    "Precision" => One(NewPrecision(c).Update(classes, scores, mask, weights).Compute()),
                    "Recall" => One(NewRecall(c).Update(classes, scores, mask, weights).Compute()),
                    "F1Score" => One(NewF1Score(c).Update(classes, scores, mask, weights).Compute()),
                    _ => throw new InvalidOperationException(c.Metric),
                };
            case "pair":
                var targets = T(c.Labels!, batch);
                var predictions = T(p, batch);
                return c.Metric switch
                {
                    "LpError" => One(NewLpError(c).Update(targets, predictions, mask, weights).Compute()),
                    "MeanAbsoluteError" => One(new MeanAbsoluteError().Update(targets, predictions, mask, weights).Compute()),
                    "MeanSquaredError" => One(new MeanSquaredError().Update(targets, predictions, mask, weights).Compute()),
                    "RootMeanSquaredError" => One(new RootMeanSquaredError().Update(targets, predictions, mask, weights).Compute()),
                    "MeanSquaredLogError" => One(new MeanSquaredLogError().Update(targets, predictions, mask, weights).Compute()),
                    "RootMeanSquaredLogError" => One(new RootMeanSquaredLogError().Update(targets, predictions, mask, weights).Compute()),
                    _ => throw new InvalidOperationException(c.Metric),
                };
            case "row":
                var rowLabels = T(c.IntLabels, batch);
                var rows = T(p, RowShape(n, c.Columns!.Value));
                return One(NewAccuracy(c).Update(rowLabels, rows, mask, weights).Compute());
            case "rowpair":
                var shape = RowShape(n, c.Columns!.Value);
                return One(new LogProb().Update(T(c.Labels!, shape), T(p, shape), mask, weights).Compute());
            default:
                throw new InvalidOperationException(c.Shape);
        }
    }

}
