using System;
using System.Collections.Generic;
using System.Linq;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>
/// The SPEC §7 matrix as data: for a metric, every bad update and merge, derived from its valid batch and the rules of
/// its labels and predictions, so that a new metric in <see cref="BuiltInMatrix"/> is walked through all of them.
/// </summary>
internal static class MatrixCases
{
    private static readonly string[] Shapes = ["labels", "predictions", "values", "batch", "columns"];
    private static readonly string[] Mask = ["mask"];
    private static readonly string[] Weights = ["weights", "batch"];
    private static readonly string[] Labels = ["labels"];
    private static readonly string[] Predictions = ["predictions", "values"];
    private static readonly string[] Other = ["other"];

    /// <summary>The cases for <paramref name="metric"/>.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="weighted">Whether it takes sample weights.</param>
    /// <param name="create">Creates a metric of the same path with the given parameters.</param>
    /// <param name="otherMetric">Creates a different metric of the same path, or null when the path cannot hold one.</param>
    public static IEnumerable<MatrixCase> For(
        MatrixMetric metric, bool weighted, Func<IReadOnlyDictionary<string, object?>, IBatchSubject> create, Func<IMatrixSubject>? otherMetric)
    {
        var batch = metric.Batch;
        var n = batch.Length;
        var width = Math.Max(1, batch.Columns);
        var unweightedReason = weighted ? Weights : ["batch"];

        if (metric.Labels.Kind != ValueKind.None)
        {
            yield return Update("predictions shorter than labels", Expectation.Reject, Shapes,
                batch with { Predictions = batch.Predictions[..^width] });
            yield return Update("labels shorter than predictions", Expectation.Reject, Shapes,
                batch with { Labels = batch.Labels[..^1] });
            yield return Update("labels longer than predictions", Expectation.Reject, Shapes,
                batch with { Labels = [.. batch.Labels, 0] });
        }

        yield return Update("mask longer", Expectation.Reject, Mask, batch with { Mask = Enumerable.Repeat(true, n + 1).ToArray() });
        yield return Update("mask shorter", Expectation.Reject, Mask, batch with { Mask = Enumerable.Repeat(true, n - 1).ToArray() });
        yield return Update("weights shorter", Expectation.Reject, unweightedReason, batch.WithUnitWeights() with { Weights = Enumerable.Repeat(1.0, n - 1).ToArray() });
        foreach (var weight in new[] { -1.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            yield return Update($"weight {weight}", Expectation.Reject, unweightedReason, batch.WithWeight(1, weight));
        }

        var empty = new MatrixBatch([], [], batch.Columns);
        yield return Update("empty batch", Expectation.NoOp, [], empty);
        // Class-index predictions are integers: a NaN is not a value of their type, whatever its weight.
        if (weighted && metric.Predictions.Kind != ValueKind.Index)
        {
            yield return Update("empty batch with empty weights", Expectation.NoOp, [], empty with { Weights = [] });
            yield return Update("all weights zero, NaN predictions", Expectation.NoOp, [],
                batch with { Predictions = Filled(batch.Predictions.Length, double.NaN), Weights = new double[n] });
        }

        var noneKept = new bool[n];
        yield return Update("all masked", Expectation.NoOp, [], batch with { Mask = noneKept });
        yield return Update("all masked, NaN predictions", Expectation.NoOp, [],
            batch with { Predictions = Filled(batch.Predictions.Length, double.NaN), Mask = noneKept });
        if (metric.Labels.Kind != ValueKind.None)
        {
            yield return Update("all masked, labels -1", Expectation.NoOp, [],
                batch with { Labels = Filled(batch.Labels.Length, -1), Mask = noneKept });
        }

        var keepAllButOne = Enumerable.Range(0, n).Select(i => i != 1).ToArray();
        var poisoned = batch.WithPrediction(1, double.NaN);
        if (metric.Labels.Kind != ValueKind.None)
        {
            poisoned = poisoned.WithLabel(1, -1);
        }

        yield return Update("masked row with NaN prediction and label -1", Expectation.RoundsAs, [],
            poisoned with { Mask = keepAllButOne }, equivalent: Without(batch, 1));

        foreach (var c in ValueCases("label", metric.Labels, Labels, batch, (b, v) => b.WithLabel(1, v)))
        {
            yield return c;
        }

        foreach (var c in ValueCases("prediction", metric.Predictions, Predictions, batch, (b, v) => b.WithPrediction(1, v)))
        {
            yield return c;
        }

        if (metric.OtherArguments is { } otherArguments)
        {
            yield return new MatrixCase("merge with other parameters", Expectation.Reject, Other, subject =>
            {
                var other = create(otherArguments);
                subject.Merge(other);
            });
        }

        if (otherMetric is not null)
        {
            yield return new MatrixCase("merge with another metric", Expectation.Reject, Other, subject => subject.Merge(otherMetric()));
        }

        yield return new MatrixCase("merge with an empty clone", Expectation.NoOp, [], subject => subject.Merge(subject.Clone()));

        MatrixCase Update(string name, Expectation expect, string[] paramNames, MatrixBatch bad, MatrixBatch? equivalent = null) =>
            new(name, expect, paramNames, subject => ((IBatchSubject)subject).Update(bad), equivalent is null ? null : subject => ((IBatchSubject)subject).Update(equivalent), bad);
    }

    private static IEnumerable<MatrixCase> ValueCases(
        string what, ValueRule rule, string[] paramNames, MatrixBatch batch, Func<MatrixBatch, double, MatrixBatch> poison)
    {
        MatrixCase Case(string name, Expectation expect, double value, double? equivalent = null)
        {
            var bad = poison(batch, value);
            var same = equivalent is double e ? poison(batch, e) : null;
            return new($"{what} {name}", expect, expect == Expectation.Reject ? paramNames : [], subject => ((IBatchSubject)subject).Update(bad), same is null ? null : subject => ((IBatchSubject)subject).Update(same), bad);
        }

        switch (rule.Kind)
        {
            case ValueKind.None:
                yield break;
            case ValueKind.Index:
                foreach (var value in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.5, 3e9 })
                {
                    yield return Case(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Expectation.Reject, value);
                }

                if (rule.Bound > 0)
                {
                    yield return Case("-1", Expectation.Reject, -1);
                    yield return Case($"{rule.Bound} (the bound)", Expectation.Reject, rule.Bound);
                }

                yield break;
            case ValueKind.Probability:
                foreach (var value in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, -1, 1.5, 3e9 })
                {
                    yield return Case(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Expectation.Reject, value);
                }

                yield return Case("0.5", Expectation.AnyClear, 0.5);
                yield break;
            case ValueKind.NotNaN:
                yield return Case("NaN", Expectation.Reject, double.NaN);
                break;
            case ValueKind.Real:
                yield return Case("NaN", Expectation.PropagateOrReject, double.NaN);
                break;
            case ValueKind.NeverPositive or ValueKind.RankLast:
                yield return Case("NaN", Expectation.SameAsOrReject, double.NaN, double.NegativeInfinity);
                break;
            case ValueKind.ArgmaxWins:
                yield return Case("NaN", Expectation.SameAsOrReject, double.NaN, double.PositiveInfinity);
                break;
            case ValueKind.Relevance:
                yield return Case("NaN", Expectation.SameAsOrReject, double.NaN, 0);
                break;
            case ValueKind.Equality:
                yield return Case("NaN", Expectation.SameAsOrReject, double.NaN, 1e300);
                break;
        }

        yield return Case("+inf", Expectation.AnyClear, double.PositiveInfinity);
        yield return Case("-inf", Expectation.AnyClear, double.NegativeInfinity);
    }

    private static double[] Filled(int length, double value) => Enumerable.Repeat(value, length).ToArray();

    private static MatrixBatch Without(MatrixBatch batch, int row)
    {
        var width = Math.Max(1, batch.Columns);
        var labelWidth = batch.LabelWidth;
        return new MatrixBatch(
            batch.Labels.Where((_, i) => labelWidth == 0 || i / labelWidth != row).ToArray(),
            batch.Predictions.Where((_, i) => i / width != row).ToArray(),
            batch.Columns,
            batch.Mask is null ? null : batch.Mask.Where((_, i) => i != row).ToArray(),
            batch.Weights is null ? null : batch.Weights.Where((_, i) => i != row).ToArray());
    }
}
