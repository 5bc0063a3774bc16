using System;
using System.Collections.Generic;
using System.Linq;
using Metrics.Numerics;
using Metrics.Runtime.Tests.Custom;

namespace Metrics.Runtime.Tests.Width;

/// <summary>What a metric reads: values, real (label, prediction) pairs, or binary labels with scores.</summary>
internal enum WidthShape
{
    Values,
    Pairs,
    Binary,

    /// <summary>Pairs of non-negative reals (a prediction under a logarithm).</summary>
    PositivePairs,
}

/// <summary>How a state field accumulates contributions.</summary>
internal enum WidthFold
{
    /// <summary>A weighted sum.</summary>
    Sum,

    /// <summary>The smallest kept contribution (weights do not scale it).</summary>
    Min,

    /// <summary>The largest kept contribution.</summary>
    Max,
}

/// <summary>
/// One batch given as spans of one element type: class labels (binary metrics), real labels (pair metrics),
/// predictions (the values of value metrics), and an optional mask and weights (empty = absent).
/// </summary>
internal delegate double[] WidthRunner<T>(
    ReadOnlySpan<int> classes, ReadOnlySpan<T> labels, ReadOnlySpan<T> predictions, ReadOnlySpan<bool> mask, ReadOnlySpan<T> weights);

/// <summary>
/// A vectorized metric under test: how to run it on spans of float and double (returning its state fields), and a
/// plain scalar reference: each field's per-element contribution (computed in double from the widened inputs, as the
/// DSL's <c>Update</c> functions are) and how it folds. A contribution made of vector <c>Log</c>/<c>Exp</c> values
/// (within 2 ulps of Math's) names, in <see cref="LogScale"/>, the magnitude those values had before they cancelled
/// (LogCosh's <c>|e| + log1p(e^−2|e|) − ln 2</c> is small where its terms are not): their ulps are allowed on top.
/// A generic update computes in its element type: <see cref="SingleContribution"/>, when given, is the float runs'
/// reference (float arithmetic before the widening), <see cref="Contribution"/> the double runs'.
/// </summary>
internal sealed record WidthCase(
    string Name,
    WidthShape Shape,
    WidthFold[] Folds,
    Func<double, double, double[]> Contribution,
    WidthRunner<float> RunSingle,
    WidthRunner<double> RunDouble,
    Func<double, double, double[]>? LogScale = null,
    Func<double, double, double[]>? SingleContribution = null)
{
    public override string ToString() => Name;
}

/// <summary>Every built-in whose generated operator is vectorized, and custom metrics of this project.</summary>
internal static class WidthCases
{
    private const double Threshold = 0.25;

    private static readonly WidthFold[] SumCount = [WidthFold.Sum, WidthFold.Sum];

    public static readonly WidthCase[] All =
    [
        new("Average", WidthShape.Values, SumCount, (_, v) => [v, 1],
            (_, _, p, m, w) => Fields(Values(new Average(), p, m, w, (x, a) => x.Update(a), (x, a, k) => x.Update(a, k), (x, a, v) => x.Update(a, v), (x, a, k, v) => x.Update(a, k, v))),
            (_, _, p, m, w) => Fields(Values(new Average(), p, m, w, (x, a) => x.Update(a), (x, a, k) => x.Update(a, k), (x, a, v) => x.Update(a, v), (x, a, k, v) => x.Update(a, k, v)))),
        new("Sum", WidthShape.Values, [WidthFold.Sum], (_, v) => [v],
            (_, _, p, m, w) => [Values(new Sum(), p, m, w, (x, a) => x.Update(a), (x, a, k) => x.Update(a, k), (x, a, v) => x.Update(a, v), (x, a, k, v) => x.Update(a, k, v)).Total],
            (_, _, p, m, w) => [Values(new Sum(), p, m, w, (x, a) => x.Update(a), (x, a, k) => x.Update(a, k), (x, a, v) => x.Update(a, v), (x, a, k, v) => x.Update(a, k, v)).Total]),
        new("Min", WidthShape.Values, [WidthFold.Min, WidthFold.Sum], (_, v) => [v, 1],
            (_, _, p, m, w) => Fields(Values(new Min(), p, m, w, (x, a) => x.Update(a), (x, a, k) => x.Update(a, k), (x, a, v) => x.Update(a, v), (x, a, k, v) => x.Update(a, k, v))),
            (_, _, p, m, w) => Fields(Values(new Min(), p, m, w, (x, a) => x.Update(a), (x, a, k) => x.Update(a, k), (x, a, v) => x.Update(a, v), (x, a, k, v) => x.Update(a, k, v)))),
        new("Max", WidthShape.Values, [WidthFold.Max, WidthFold.Sum], (_, v) => [v, 1],
            (_, _, p, m, w) => Fields(Values(new Max(), p, m, w, (x, a) => x.Update(a), (x, a, k) => x.Update(a, k), (x, a, v) => x.Update(a, v), (x, a, k, v) => x.Update(a, k, v))),
            (_, _, p, m, w) => Fields(Values(new Max(), p, m, w, (x, a) => x.Update(a), (x, a, k) => x.Update(a, k), (x, a, v) => x.Update(a, v), (x, a, k, v) => x.Update(a, k, v)))),
        new("MeanSquaredError", WidthShape.Pairs, SumCount, (l, p) => [(p - l) * (p - l), 1],
            (_, l, p, m, w) => Fields(Pairs(new MeanSquaredError(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new MeanSquaredError(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v)))),
        new("RootMeanSquaredError", WidthShape.Pairs, SumCount, (l, p) => [(p - l) * (p - l), 1],
            (_, l, p, m, w) => Fields(Pairs(new RootMeanSquaredError(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new RootMeanSquaredError(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v)))),
        new("MeanAbsoluteError", WidthShape.Pairs, SumCount, (l, p) => [Math.Abs(p - l), 1],
            (_, l, p, m, w) => Fields(Pairs(new MeanAbsoluteError(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new MeanAbsoluteError(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v)))),
        new("HuberLoss (custom)", WidthShape.Pairs, SumCount, (l, p) => [Huber(l, p, 1.0), 1],
            (_, l, p, m, w) => Fields(Pairs(new HuberLoss(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new HuberLoss(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v)))),
        new("Accuracy", WidthShape.Binary, SumCount, (l, p) => [(p > Threshold) == (l == 1) ? 1 : 0, 1],
            (c, _, p, m, w) => Fields(Pairs(new Accuracy(Threshold), c, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (c, _, p, m, w) => Fields(Pairs(new Accuracy(Threshold), c, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v)))),
        new("Precision", WidthShape.Binary, SumCount, (l, p) => [p > Threshold ? l : 0, p > Threshold ? 1 : 0],
            (c, _, p, m, w) => Fields(Pairs(new Precision(Threshold), c, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (c, _, p, m, w) => Fields(Pairs(new Precision(Threshold), c, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v)))),
        new("Recall", WidthShape.Binary, SumCount, (l, p) => [p > Threshold ? l : 0, l],
            (c, _, p, m, w) => Fields(Pairs(new Recall(Threshold), c, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (c, _, p, m, w) => Fields(Pairs(new Recall(Threshold), c, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v)))),
        new("F1Score", WidthShape.Binary, [WidthFold.Sum, WidthFold.Sum, WidthFold.Sum], (l, p) => [p > Threshold ? l : 0, l, p > Threshold ? 1 : 0],
            (c, _, p, m, w) => Fields(Pairs(new F1Score(Threshold), c, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (c, _, p, m, w) => Fields(Pairs(new F1Score(Threshold), c, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v)))),
        new("Hinge", WidthShape.Pairs, SumCount, (l, p) => [Math.Max(1 - ((l == 0 ? -1.0 : l) * p), 0), 1],
            (_, l, p, m, w) => Fields(Pairs(new Hinge(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new Hinge(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v)))),
        new("SquaredHinge", WidthShape.Pairs, SumCount, (l, p) => [Math.Pow(Math.Max(1 - ((l == 0 ? -1.0 : l) * p), 0), 2), 1],
            (_, l, p, m, w) => Fields(Pairs(new SquaredHinge(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new SquaredHinge(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v)))),
        new("MeanAbsolutePercentageError", WidthShape.Pairs, SumCount, (l, p) => [100.0 * Math.Abs(l - p) / Math.Max(Math.Abs(l), 1e-7), 1],
            (_, l, p, m, w) => Fields(Pairs(new MeanAbsolutePercentageError(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new MeanAbsolutePercentageError(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v)))),
        new("BinaryCounts", WidthShape.Binary, [WidthFold.Sum, WidthFold.Sum, WidthFold.Sum, WidthFold.Sum], (l, p) => [p > Threshold ? l : 0, p > Threshold ? 1 - l : 0, p > Threshold ? 0 : l, p > Threshold ? 0 : 1 - l],
            (c, _, p, m, w) => Fields(Pairs(new BinaryCounts { Threshold = Threshold }, c, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (c, _, p, m, w) => Fields(Pairs(new BinaryCounts { Threshold = Threshold }, c, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v)))),        new("MeanAbsolutePercentageError (fraction)", WidthShape.Pairs, SumCount, (l, p) => [Math.Abs(l - p) / Math.Max(Math.Abs(l), 1e-9), 1],
            (_, l, p, m, w) => Fields(Pairs(new MeanAbsolutePercentageError(epsilon: 1e-9, percent: false), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new MeanAbsolutePercentageError(epsilon: 1e-9, percent: false), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v)))),
        new("MeanPinballLoss", WidthShape.Pairs, SumCount, (l, p) => [l >= p ? 0.9 * (l - p) : (0.9 - 1) * (l - p), 1],
            (_, l, p, m, w) => Fields(Pairs(new MeanPinballLoss(alpha: 0.9), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new MeanPinballLoss(alpha: 0.9), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v)))),
        new("SymmetricMeanAbsolutePercentageError", WidthShape.Pairs, SumCount, (l, p) => [2 * Math.Abs(l - p) / Math.Max(Math.Abs(l) + Math.Abs(p), 1.17e-6), 1],
            (_, l, p, m, w) => Fields(Pairs(new SymmetricMeanAbsolutePercentageError(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new SymmetricMeanAbsolutePercentageError(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v)))),
        new("WeightedMeanAbsolutePercentageError", WidthShape.Pairs, [WidthFold.Sum, WidthFold.Sum, WidthFold.Sum], (l, p) => [Math.Abs(l - p), Math.Abs(l), 1],
            (_, l, p, m, w) => Fields(Pairs(new WeightedMeanAbsolutePercentageError(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new WeightedMeanAbsolutePercentageError(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v)))),
        new("LogCoshError", WidthShape.Pairs, SumCount, (l, p) => [Math.Abs(p - l) + SpecialFunctions.Softplus(-2.0 * Math.Abs(p - l)) - 0.69314718055994530942, 1],
            (_, l, p, m, w) => Fields(Pairs(new LogCoshError(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new LogCoshError(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (l, p) => [Math.Abs(p - l) + SpecialFunctions.Softplus(-2.0 * Math.Abs(p - l)) + 0.69314718055994530942, 0]),
        new("LogisticLoss (custom)", WidthShape.Pairs, [WidthFold.Sum, WidthFold.Sum, WidthFold.Sum], (l, p) => [Math.Log(1 + Math.Exp(-l * p)), Math.Pow(SpecialFunctions.Log1P(Math.Abs(p)) - SpecialFunctions.Log1P(Math.Abs(l)), 2), 1],
            (_, l, p, m, w) => Fields(Pairs(new LogisticLoss(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new LogisticLoss(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (l, p) => [Math.Log(1 + Math.Exp(-l * p)), 2 * Math.Abs(SpecialFunctions.Log1P(Math.Abs(p)) - SpecialFunctions.Log1P(Math.Abs(l))) * (SpecialFunctions.Log1P(Math.Abs(p)) + SpecialFunctions.Log1P(Math.Abs(l))), 0]),
        new("BinaryCrossentropy", WidthShape.Pairs, SumCount, (l, p) => [Crossentropy(l, p, 1e-7, false), 1],
            (_, l, p, m, w) => Fields(Pairs(new BinaryCrossentropy(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new BinaryCrossentropy(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (l, p) => [CrossentropyTerms(l, p, 1e-7, false), 0],
            (l, p) => [CrossentropySingle(l, p, 1e-7f, false), 1]),
        new("BinaryCrossentropy (clip only, smoothing)", WidthShape.Pairs, SumCount, (l, p) => [Crossentropy(Smooth(l, 0.2), p, 1e-3, true), 1],
            (_, l, p, m, w) => Fields(Pairs(new BinaryCrossentropy(labelSmoothing: 0.2, epsilon: 1e-3, clipOnly: true), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new BinaryCrossentropy(labelSmoothing: 0.2, epsilon: 1e-3, clipOnly: true), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (l, p) => [CrossentropyTerms(Smooth(l, 0.2), p, 1e-3, true), 0],
            (l, p) => [CrossentropySingle(Smooth(l, 0.2), p, 1e-3f, true), 1]),
        new("BinaryCrossentropy (from logits)", WidthShape.Pairs, SumCount, (l, p) => [Math.Max(p, 0) - (p * l) + SpecialFunctions.Log1P(Math.Exp(-Math.Abs(p))), 1],
            (_, l, p, m, w) => Fields(Pairs(new BinaryCrossentropy(fromLogits: true), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new BinaryCrossentropy(fromLogits: true), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (l, p) => [Math.Max(p, 0) + Math.Abs(p * l) + SpecialFunctions.Log1P(Math.Exp(-Math.Abs(p))), 0]),
        new("Poisson", WidthShape.PositivePairs, SumCount, (l, p) => [p - (l * Math.Log(p + 1e-7)), 1],
            (_, l, p, m, w) => Fields(Pairs(new Poisson(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new Poisson(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (l, p) => [p + Math.Abs(l * Math.Log(p + 1e-7)), 0],
            (l, p) => [p - (l * Math.Log((float)p + 1e-7f)), 1]),
        new("MaxError", WidthShape.Pairs, [WidthFold.Max, WidthFold.Sum], (l, p) => [Math.Abs(l - p), 1],
            (_, l, p, m, w) => Fields(Pairs(new MaxError(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v))),
            (_, l, p, m, w) => Fields(Pairs(new MaxError(), l, p, m, w, (x, a, b) => x.Update(a, b), (x, a, b, k) => x.Update(a, b, k), (x, a, b, v) => x.Update(a, b, v), (x, a, b, k, v) => x.Update(a, b, k, v)))),
    ];

    public static IEnumerable<string> Names => All.Select(c => c.Name);

    public static WidthCase Get(string name) => All.Single(c => c.Name == name);

    private delegate TM ValuesFn<TM, T>(TM metric, ReadOnlySpan<T> values);

    private delegate TM ValuesMaskFn<TM, T>(TM metric, ReadOnlySpan<T> values, ReadOnlySpan<bool> mask);

    private delegate TM ValuesWeightFn<TM, T>(TM metric, ReadOnlySpan<T> values, ReadOnlySpan<T> weights);

    private delegate TM ValuesBothFn<TM, T>(TM metric, ReadOnlySpan<T> values, ReadOnlySpan<bool> mask, ReadOnlySpan<T> weights);

    private delegate TM PairFn<TM, TL, T>(TM metric, ReadOnlySpan<TL> labels, ReadOnlySpan<T> predictions);

    private delegate TM PairMaskFn<TM, TL, T>(TM metric, ReadOnlySpan<TL> labels, ReadOnlySpan<T> predictions, ReadOnlySpan<bool> mask);

    private delegate TM PairWeightFn<TM, TL, T>(TM metric, ReadOnlySpan<TL> labels, ReadOnlySpan<T> predictions, ReadOnlySpan<T> weights);

    private delegate TM PairBothFn<TM, TL, T>(TM metric, ReadOnlySpan<TL> labels, ReadOnlySpan<T> predictions, ReadOnlySpan<bool> mask, ReadOnlySpan<T> weights);

    // Empty mask or weights mean "absent": pick the overload without them (an empty span would be a length mismatch).
    private static TM Values<TM, T>(
        TM metric, ReadOnlySpan<T> values, ReadOnlySpan<bool> mask, ReadOnlySpan<T> weights,
        ValuesFn<TM, T> plain, ValuesMaskFn<TM, T> masked, ValuesWeightFn<TM, T> weighted, ValuesBothFn<TM, T> both) =>
        (mask.IsEmpty, weights.IsEmpty) switch
        {
            (true, true) => plain(metric, values),
            (false, true) => masked(metric, values, mask),
            (true, false) => weighted(metric, values, weights),
            _ => both(metric, values, mask, weights),
        };

    private static TM Pairs<TM, TL, T>(
        TM metric, ReadOnlySpan<TL> labels, ReadOnlySpan<T> predictions, ReadOnlySpan<bool> mask, ReadOnlySpan<T> weights,
        PairFn<TM, TL, T> plain, PairMaskFn<TM, TL, T> masked, PairWeightFn<TM, TL, T> weighted, PairBothFn<TM, TL, T> both) =>
        (mask.IsEmpty, weights.IsEmpty) switch
        {
            (true, true) => plain(metric, labels, predictions),
            (false, true) => masked(metric, labels, predictions, mask),
            (true, false) => weighted(metric, labels, predictions, weights),
            _ => both(metric, labels, predictions, mask, weights),
        };

    private static double Huber(double label, double prediction, double delta)
    {
        var error = Math.Abs(prediction - label);
        return error <= delta ? 0.5 * error * error : delta * (error - (0.5 * delta));
    }

    private static double[] Fields(Average m) => [m.Total, m.Count];

    private static double[] Fields(Min m) => [m.Value, m.Count];

    private static double[] Fields(Max m) => [m.Value, m.Count];

    private static double[] Fields(MeanSquaredError m) => [m.SquaredError, m.Count];

    private static double[] Fields(RootMeanSquaredError m) => [m.SquaredError, m.Count];

    private static double[] Fields(MeanAbsoluteError m) => [m.AbsoluteError, m.Count];

    private static double[] Fields(HuberLoss m) => [m.Total, m.Count];

    private static double[] Fields(Accuracy m) => [m.Correct, m.Count];

    private static double[] Fields(Precision m) => [m.Counts.TruePositives, m.Counts.TruePositives + m.Counts.FalsePositives];

    private static double[] Fields(Recall m) => [m.Counts.TruePositives, m.Counts.TruePositives + m.Counts.FalseNegatives];

    private static double[] Fields(F1Score m) => [m.Counts.TruePositives, m.Counts.TruePositives + m.Counts.FalseNegatives, m.Counts.TruePositives + m.Counts.FalsePositives];

    private static double[] Fields(Hinge m) => [m.Total, m.Count];

    private static double[] Fields(SquaredHinge m) => [m.Total, m.Count];

    private static double[] Fields(MeanAbsolutePercentageError m) => [m.Total, m.Count];

    private static double[] Fields(MeanPinballLoss m) => [m.Total, m.Count];

    private static double[] Fields(SymmetricMeanAbsolutePercentageError m) => [m.Total, m.Count];

    private static double[] Fields(WeightedMeanAbsolutePercentageError m) => [m.AbsoluteError, m.Scale, m.Count];

    private static double[] Fields(MaxError m) => [m.Value, m.Count];

    private static double[] Fields(LogCoshError m) => [m.Total, m.Count];

    private static double[] Fields(BinaryCrossentropy m) => [m.Total, m.Count];

    private static double[] Fields(Poisson m) => [m.Total, m.Count];

    private static double Smooth(double label, double smoothing) => (label * (1 - smoothing)) + (0.5 * smoothing);

    // Keras' binary cross-entropy of a probability clipped to [ε, 1 − ε] (inner + ε unless clip only), in double.
    private static double Crossentropy(double y, double p, double epsilon, bool clipOnly)
    {
        var q = Math.Clamp(p, epsilon, 1 - epsilon);
        var inner = clipOnly ? 0 : epsilon;
        return -((y * Math.Log(q + inner)) + ((1 - y) * Math.Log(1 - q + inner)));
    }

    // The same in float, as the float overload computes it: the clip, 1 − ε and the sums round to float.
    private static double CrossentropySingle(double y, double p, float epsilon, bool clipOnly)
    {
        var q = Math.Clamp((float)p, epsilon, 1f - epsilon);
        var inner = clipOnly ? 0f : epsilon;
        return -((y * Math.Log(q + inner)) + ((1 - y) * Math.Log(1f - q + inner)));
    }

    private static double CrossentropyTerms(double y, double p, double epsilon, bool clipOnly)
    {
        var q = Math.Clamp(p, epsilon, 1 - epsilon);
        var inner = clipOnly ? 0 : epsilon;
        return Math.Abs(y * Math.Log(q + inner)) + Math.Abs((1 - y) * Math.Log(1 - q + inner));
    }

    private static double[] Fields(LogisticLoss m) => [m.Total, m.SquaredLogError, m.Count];

    private static double[] Fields(BinaryCounts m) => [m.TruePositives, m.FalsePositives, m.FalseNegatives, m.TrueNegatives];
}
