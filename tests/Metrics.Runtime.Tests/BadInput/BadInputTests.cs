using System;
using System.Collections.Generic;
using System.Numerics.Tensors;
using Metrics.Runtime.Tests.Custom;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Bad input is rejected before anything is accumulated, for every overload family (span, array, Tensor&lt;T&gt;,
/// ReadOnlyTensorSpan&lt;T&gt;) and every shape (value, pair, row, row pair): the exception type, its ParamName, the
/// offending values in its message, and an unchanged state.
/// </summary>
public sealed class BadInputTests
{
    public static TheoryData<string> Families() => new("span", "array", "tensor", "tensor span");

    private static ReadOnlySpan<T> S<T>(T[] values) => values;

    private static Tensor<T> T<T>(T[] values, params nint[] shape) => Tensor.Create(values, shape);

    private static ReadOnlyTensorSpan<T> TS<T>(T[] values, params nint[] shape) => new(values, shape);

    /// <summary>Runs the action of <paramref name="family"/> and checks the exception it throws.</summary>
    private static TException Rejects<TException>(
        string family, IReadOnlyDictionary<string, Action> actions, string paramName, params string[] fragments)
        where TException : ArgumentException
    {
        var exception = Assert.Throws<TException>(actions[family]);
        Assert.Equal(paramName, exception.ParamName);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, exception.Message, StringComparison.Ordinal);
        }

        return exception;
    }

    private static Dictionary<string, Action> Families(Action span, Action array, Action tensor, Action tensorSpan) => new()
    {
        ["span"] = span,
        ["array"] = array,
        ["tensor"] = tensor,
        ["tensor span"] = tensorSpan,
    };

    // ------------------------------------------------------------------ value shape (Average)

    [Theory]
    [MemberData(nameof(Families))]
    public void Value_MaskLengthMismatch(string family)
    {
        var m = new Average().Update([1.0, 2.0]);
        var before = m;
        double[] x = [1, 2, 3, 4];
        bool[] mask = [true, false, true];
        var actions = Families(
            () => m.Update(S(x), S(mask)),
            () => m.Update(x, mask),
            () => m.Update(T(x, 4), T(mask, 3)),
            () => m.Update(TS(x, 4), TS(mask, 3)));
        var expected = family.StartsWith("tensor", StringComparison.Ordinal)
            ? new[] { "'mask' has shape [3]", "'values' requires [4]" }
            : new[] { "'mask' has 3 elements", "'values' requires 4" };
        Rejects<ArgumentException>(family, actions, "mask", expected);
        Assert.Equal(before, m);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Value_WeightsLengthMismatch(string family)
    {
        var m = new Welford().Update([1.0, 2.0]);
        var before = m;
        double[] x = [1, 2, 3, 4];
        double[] w = [1, 1, 1, 1, 1];
        var actions = Families(
            () => m.Update(S(x), S(w)),
            () => m.Update(x, weights: w),
            () => m.Update(T(x, 2, 2), weights: T(w, 5)),
            () => m.Update(TS(x, 2, 2), TS(w, 5)));
        var expected = family.StartsWith("tensor", StringComparison.Ordinal)
            ? new[] { "'weights' has shape [5]", "'values' requires [2, 2]" }
            : new[] { "'weights' has 5 elements", "'values' requires 4" };
        Rejects<ArgumentException>(family, actions, "weights", expected);
        Assert.Equal(before, m);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Value_NegativeWeight(string family)
    {
        var m = new Average().Update([1.0, 2.0]);
        var before = m;
        double[] x = [1, 2, 3];
        double[] w = [1, -1, 2];
        var actions = Families(
            () => m.Update(S(x), S(w)),
            () => m.Update(x, weights: w),
            () => m.Update(T(x, 3), weights: T(w, 3)),
            () => m.Update(TS(x, 3), TS(w, 3)));
        var exception = Rejects<ArgumentOutOfRangeException>(family, actions, "weights", "weights[1] = -1", "non-negative");
        Assert.Equal(-1.0, exception.ActualValue);
        Assert.Equal(before, m);
    }

    [Theory]
    [InlineData(double.NaN, "weights[2] = NaN")]
    [InlineData(double.PositiveInfinity, "weights[2] = Infinity")]
    [InlineData(double.NegativeInfinity, "weights[2] = -Infinity")]
    public void Value_NonFiniteWeight(double weight, string fragment)
    {
        var m = new Sum();
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => m.Update([1.0, 2.0, 3.0], weights: [1.0, 1.0, weight]));
        Assert.Equal("weights", exception.ParamName);
        Assert.Contains(fragment, exception.Message, StringComparison.Ordinal);
        Assert.Equal(0.0, m.Compute());
    }

    [Fact]
    public void Value_FloatWeightsAreCheckedToo()
    {
        var m = new Average();
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => m.Update([1f, 2f], weights: [float.NaN, 1f]));
        Assert.Equal("weights", exception.ParamName);
        Assert.Contains("weights[0] = NaN", exception.Message, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------ pair shape

    [Theory]
    [MemberData(nameof(Families))]
    public void Pair_PredictionsLengthMismatch(string family)
    {
        var m = new Accuracy(threshold: 0.5).Update([1], [0.7]);
        var before = m;
        int[] labels = [0, 1, 1, 0];
        double[] predictions = [0.1, 0.2, 0.3];
        var actions = Families(
            () => m.Update(S(labels), S(predictions)),
            () => m.Update(labels, predictions),
            () => m.Update(T(labels, 4), T(predictions, 3)),
            () => m.Update(TS(labels, 4), TS(predictions, 3)));
        var expected = family.StartsWith("tensor", StringComparison.Ordinal)
            ? new[] { "'predictions' has shape [3]", "'labels' requires [4]" }
            : new[] { "'predictions' has 3 elements", "'labels' requires 4" };
        Rejects<ArgumentException>(family, actions, "predictions", expected);
        Assert.Equal(before, m);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Pair_MaskLengthMismatch(string family)
    {
        var m = new MeanSquaredError().Update([1.0], [2.0]);
        var before = m;
        double[] labels = [1, 2, 3, 4];
        double[] predictions = [1, 2, 3, 5];
        bool[] mask = [true, true, true, true, false];
        var actions = Families(
            () => m.Update(S(labels), S(predictions), S(mask)),
            () => m.Update(labels, predictions, mask),
            () => m.Update(T(labels, 4), T(predictions, 4), T(mask, 5)),
            () => m.Update(TS(labels, 4), TS(predictions, 4), TS(mask, 5)));
        var expected = family.StartsWith("tensor", StringComparison.Ordinal)
            ? new[] { "'mask' has shape [5]", "'labels' requires [4]" }
            : new[] { "'mask' has 5 elements", "'labels' requires 4" };
        Rejects<ArgumentException>(family, actions, "mask", expected);
        Assert.Equal(before, m);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Pair_WeightsLengthMismatch(string family)
    {
        var m = new Recall().Update([1], [0.7]);
        var before = m;
        int[] labels = [0, 1, 1, 0];
        double[] predictions = [-1, 1, 2, 0.5];
        double[] weights = [1, 2];
        var actions = Families(
            () => m.Update(S(labels), S(predictions), S(weights)),
            () => m.Update(labels, predictions, weights: weights),
            () => m.Update(T(labels, 2, 2), T(predictions, 2, 2), weights: T(weights, 2)),
            () => m.Update(TS(labels, 2, 2), TS(predictions, 2, 2), TS(weights, 2)));
        var expected = family.StartsWith("tensor", StringComparison.Ordinal)
            ? new[] { "'weights' has shape [2]", "'labels' requires [2, 2]" }
            : new[] { "'weights' has 2 elements", "'labels' requires 4" };
        Rejects<ArgumentException>(family, actions, "weights", expected);
        Assert.Equal(before, m);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Pair_NegativeWeight(string family)
    {
        var m = new F1Score();
        int[] labels = [0, 1, 1, 0];
        double[] predictions = [-1, 1, 2, 0.5];
        double[] weights = [1, 2, 0, -0.5];
        var actions = Families(
            () => m.Update(S(labels), S(predictions), S(weights)),
            () => m.Update(labels, predictions, weights: weights),
            () => m.Update(T(labels, 4), T(predictions, 4), weights: T(weights, 4)),
            () => m.Update(TS(labels, 4), TS(predictions, 4), TS(weights, 4)));
        Rejects<ArgumentOutOfRangeException>(family, actions, "weights", "weights[3] = -0.5");
        Assert.Equal(new F1Score(), m);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Pair_BinaryLabelTwoIsOutOfRange(string family)
    {
        var m = new Accuracy(threshold: 0.5).Update([1, 0], [0.7, 0.1]);
        var before = m;
        int[] labels = [0, 1, 2, 0];
        double[] predictions = [0.1, 0.9, 0.8, 0.3];
        var actions = Families(
            () => m.Update(S(labels), S(predictions)),
            () => m.Update(labels, predictions),
            () => m.Update(T(labels, 4), T(predictions, 4)),
            () => m.Update(TS(labels, 4), TS(predictions, 4)));
        var exception = Rejects<ArgumentOutOfRangeException>(family, actions, "labels", "labels[2] = 2", "[0, 2)");
        Assert.Equal(2, exception.ActualValue);
        Assert.Equal(before, m);
    }

    [Fact]
    public void Pair_NegativeBinaryLabelIsOutOfRange_ForEveryBinaryMetric()
    {
        int[] labels = [1, -1];
        double[] predictions = [1, 1];
        foreach (var action in new Action[]
                 {
                     () => new Accuracy().Update(labels, predictions),
                     () => new Precision().Update(labels, predictions),
                     () => new Recall().Update(labels, predictions),
                     () => new F1Score().Update(labels, predictions),
                 })
        {
            var exception = Assert.Throws<ArgumentOutOfRangeException>(action);
            Assert.Equal("labels", exception.ParamName);
            Assert.Contains("labels[1] = -1 is outside [0, 2)", exception.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Pair_ConfusionMatrixPredictionEqualToNumClassesIsOutOfRange(string family)
    {
        var m = new ConfusionMatrix(numClasses: 3).Update([0, 1], [1, 1]);
        var before = m.Copy();
        int[] labels = [0, 1, 2, 2];
        int[] predictions = [0, 2, 3, 1];
        var actions = Families(
            () => m.Update(S(labels), S(predictions)),
            () => m.Update(labels, predictions),
            () => m.Update(T(labels, 2, 2), T(predictions, 2, 2)),
            () => m.Update(TS(labels, 4), TS(predictions, 4)));
        var exception = Rejects<ArgumentOutOfRangeException>(family, actions, "predictions", "predictions[2] = 3", "[0, 3)");
        Assert.Equal(3, exception.ActualValue);
        Assert.Equal(before, m);
    }

    [Fact]
    public void Pair_ConfusionMatrixLabelOutOfRange()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new ConfusionMatrix(2).Update([0, 5], [0, 1]));
        Assert.Equal("labels", exception.ParamName);
        Assert.Contains("labels[1] = 5 is outside [0, 2)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pair_NullArraysAreRejected()
    {
        Assert.Equal("labels", Assert.Throws<ArgumentNullException>(() => new MeanAbsoluteError().Update(null!, new double[1])).ParamName);
        Assert.Equal("predictions", Assert.Throws<ArgumentNullException>(() => new Recall().Update(new int[1], (double[])null!)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => new Average().Update((double[])null!)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => new Average().Update((Tensor<double>)null!)).ParamName);
    }

    // ------------------------------------------------------------------ row shape (Accuracy multiclass)

    [Theory]
    [MemberData(nameof(Families))]
    public void Row_RowLengthDoesNotMatch(string family)
    {
        var m = new Accuracy().Update([1], new double[,] { { 0, 1 } });
        var before = m;
        int[] labels = [0, 1, 1, 0];
        double[] flat = [0.1, 0.9, 0.8, 0.2, 0.3, 0.7];
        var rows = new double[,] { { 0.1, 0.9 }, { 0.8, 0.2 }, { 0.3, 0.7 } };
        var actions = Families(
            () => m.Update(S(labels), S(flat), 2),
            () => m.Update(labels, rows),
            () => m.Update(T(labels, 4), T(flat, 3, 2)),
            () => m.Update(TS(labels, 4), TS(flat, 3, 2)));
        if (family.StartsWith("tensor", StringComparison.Ordinal))
        {
            Rejects<ArgumentException>(family, actions, "labels", "'labels' has shape [4]", "'predictions' requires [3]");
        }
        else
        {
            Rejects<ArgumentException>(family, actions, "predictions", "'predictions' has 6 elements", "4 labels", "2 columns", "require 8");
        }

        Assert.Equal(before, m);
    }

    [Fact]
    public void Row_SpanLengthNotAMultipleOfColumns()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Accuracy().Update([0, 1, 2], [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], 2));
        Assert.Equal("predictions", exception.ParamName);
        Assert.Contains("'predictions' has 7 elements but 3 labels of rows of 2 columns require 6", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Row_ColumnsMustBePositive(int columns)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new Accuracy().Update(ReadOnlySpan<int>.Empty, ReadOnlySpan<double>.Empty, columns));
        Assert.Equal("columns", exception.ParamName);
        Assert.Equal(columns, exception.ActualValue);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Row_MaskAndWeightsArePerRow(string family)
    {
        var m = new Accuracy();
        int[] labels = [0, 1, 1];
        double[] flat = [0.1, 0.9, 0.8, 0.2, 0.3, 0.7];
        bool[] perElement = [true, true, true, true, false, true];
        var actions = Families(
            () => m.Update(S(labels), S(flat), 2, S(perElement)),
            () => m.Update(labels, new double[,] { { 0.1, 0.9 }, { 0.8, 0.2 }, { 0.3, 0.7 } }, perElement),
            () => m.Update(T(labels, 3), T(flat, 3, 2), T(perElement, 3, 2)),
            () => m.Update(TS(labels, 3), TS(flat, 3, 2), TS(perElement, 3, 2)));
        var expected = family.StartsWith("tensor", StringComparison.Ordinal)
            ? new[] { "'mask' has shape [3, 2]", "'predictions' requires [3]" }
            : new[] { "'mask' has 6 elements", "'labels' requires 3" };
        Rejects<ArgumentException>(family, actions, "mask", expected);

        double[] weights = [1, 1];
        var weighted = Families(
            () => m.Update(S(labels), S(flat), 2, S(weights)),
            () => m.Update(labels, new double[,] { { 0.1, 0.9 }, { 0.8, 0.2 }, { 0.3, 0.7 } }, weights: weights),
            () => m.Update(T(labels, 3), T(flat, 3, 2), weights: T(weights, 2)),
            () => m.Update(TS(labels, 3), TS(flat, 3, 2), TS(weights, 2)));
        Rejects<ArgumentException>(family, weighted, "weights", "'weights'", "2");
        Assert.Equal(new Accuracy(), m);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Row_LabelEqualToColumnsIsOutOfRange(string family)
    {
        var m = new Accuracy();
        int[] labels = [0, 3, 1];
        double[] flat = [0.1, 0.2, 0.7, 0.8, 0.1, 0.1, 0.3, 0.3, 0.4];
        var actions = Families(
            () => m.Update(S(labels), S(flat), 3),
            () => m.Update(labels, new double[,] { { 0.1, 0.2, 0.7 }, { 0.8, 0.1, 0.1 }, { 0.3, 0.3, 0.4 } }),
            () => m.Update(T(labels, 3), T(flat, 3, 3)),
            () => m.Update(TS(labels, 3), TS(flat, 3, 3)));
        // Accuracy checks its row labels itself (a row of one score takes 0 and 1 under Keras' rule), so the message names
        // the value and the range but not the row.
        var exception = Rejects<ArgumentOutOfRangeException>(family, actions, "labels", "it is 3", "[0, 3)");
        Assert.Equal(3, exception.ActualValue);
        Assert.Equal(new Accuracy(), m);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Row_NaNWeight(string family)
    {
        var m = new Accuracy();
        int[] labels = [0, 1];
        double[] flat = [0.9, 0.1, 0.2, 0.8];
        double[] weights = [double.NaN, 1];
        var actions = Families(
            () => m.Update(S(labels), S(flat), 2, S(weights)),
            () => m.Update(labels, new double[,] { { 0.9, 0.1 }, { 0.2, 0.8 } }, weights: weights),
            () => m.Update(T(labels, 2), T(flat, 2, 2), weights: T(weights, 2)),
            () => m.Update(TS(labels, 2), TS(flat, 2, 2), TS(weights, 2)));
        Rejects<ArgumentOutOfRangeException>(family, actions, "weights", "weights[0] = NaN");
        Assert.Equal(new Accuracy(), m);
    }

    // ------------------------------------------------------------------ row-pair shape (LogProb)

    [Theory]
    [MemberData(nameof(Families))]
    public void RowPair_LabelAndLogitShapesDiffer(string family)
    {
        var m = new LogProb().Update(new double[,] { { 1, 0 } }, new double[,] { { 0.5, 0.5 } });
        var before = m;
        double[] labels = [1, 0, 0, 0, 1, 0];
        double[] logits = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
        var actions = Families(
            () => m.Update(S(labels), S(logits), 3),
            () => m.Update(new double[,] { { 1, 0, 0 }, { 0, 1, 0 } }, new double[,] { { 0.1, 0.2, 0.3, 0.4 }, { 0.5, 0.6, 0.7, 0.8 } }),
            () => m.Update(T(labels, 2, 3), T(logits, 2, 4)),
            () => m.Update(TS(labels, 2, 3), TS(logits, 2, 4)));
        var expected = family switch
        {
            "span" => new[] { "'predictions' has 8 elements", "'labels' requires 6" },
            "array" => new[] { "'predictions' has shape [2, 4]", "'labels' has shape [2, 3]" },
            _ => new[] { "'predictions' has shape [2, 4]", "'labels' requires [2, 3]" },
        };
        Rejects<ArgumentException>(family, actions, "predictions", expected);
        Assert.Equal(before, m);
    }

    [Fact]
    public void RowPair_SpanNotAWholeNumberOfRows()
    {
        var exception = Assert.Throws<ArgumentException>(() => new LogProb().Update(new double[7], new double[7], 3));
        Assert.Equal("labels", exception.ParamName);
        Assert.Contains("'labels' has 7 elements, which is not a whole number of rows of 3 columns", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void RowPair_MaskAndWeightsArePerRow(string family)
    {
        var m = new LogProb();
        double[] labels = [1, 0, 0, 0, 1, 0];
        double[] logits = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
        bool[] mask = [true, false, true];
        var actions = Families(
            () => m.Update(S(labels), S(logits), 3, S(mask)),
            () => m.Update(new double[,] { { 1, 0, 0 }, { 0, 1, 0 } }, new double[,] { { 0.1, 0.2, 0.3 }, { 0.4, 0.5, 0.6 } }, mask),
            () => m.Update(T(labels, 2, 3), T(logits, 2, 3), T(mask, 3)),
            () => m.Update(TS(labels, 2, 3), TS(logits, 2, 3), TS(mask, 3)));
        var expected = family.StartsWith("tensor", StringComparison.Ordinal)
            ? new[] { "'mask' has shape [3]", "'labels' requires [2]" }
            : new[] { "'mask' has 3 elements", "requires 2" };
        Rejects<ArgumentException>(family, actions, "mask", expected);

        double[] weights = [1, -2];
        var negative = Families(
            () => m.Update(S(labels), S(logits), 3, S(weights)),
            () => m.Update(new double[,] { { 1, 0, 0 }, { 0, 1, 0 } }, new double[,] { { 0.1, 0.2, 0.3 }, { 0.4, 0.5, 0.6 } }, weights: weights),
            () => m.Update(T(labels, 2, 3), T(logits, 2, 3), weights: T(weights, 2)),
            () => m.Update(TS(labels, 2, 3), TS(logits, 2, 3), TS(weights, 2)));
        Rejects<ArgumentOutOfRangeException>(family, negative, "weights", "weights[1] = -2");
        Assert.Equal(new LogProb(), m);
    }

    // ------------------------------------------------------------------ parameters

    [Theory]
    [InlineData(0.0, "P = 0")]
    [InlineData(-1.0, "P = -1")]
    [InlineData(double.NaN, "P = NaN")]
    public void Parameter_LpErrorPMustBePositive(double p, string fragment)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new LpError(p));
        Assert.Equal("P", exception.ParamName);
        Assert.Contains(fragment, exception.Message, StringComparison.Ordinal);
        Assert.Equal(p, exception.ActualValue);
    }

    [Fact]
    public void Parameter_LpErrorUndefinedTransform()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new LpError(2, transform: (LpTransform)5));
        Assert.Equal("Transform", exception.ParamName);
        Assert.Contains("Transform = 5", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameter_ConfusionMatrixNumClassesZero()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new ConfusionMatrix(numClasses: 0));
        Assert.Equal("NumClasses", exception.ParamName);
        Assert.Contains("NumClasses = 0", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameter_AccuracyThresholdNaN()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new Accuracy(threshold: double.NaN));
        Assert.Equal("Threshold", exception.ParamName);
        Assert.Contains("Threshold = NaN", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameter_PrecisionUndefinedZeroDivision()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new Precision(zeroDivision: (ZeroDivision)7));
        Assert.Equal("ZeroDivision", exception.ParamName);
        Assert.Contains("ZeroDivision = 7", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameter_InvalidInitializerValuesAreRejectedAtTheFirstUpdate()
    {
        // Object initializers bypass the validating constructor; the update validates instead.
        var lp = new LpError { P = 0 };
        Assert.Equal("P", Assert.Throws<ArgumentOutOfRangeException>(() => lp.Update([1.0], [2.0])).ParamName);
        var recall = new Recall { Threshold = double.NaN };
        Assert.Equal("Threshold", Assert.Throws<ArgumentOutOfRangeException>(() => recall.Update([1], [2.0])).ParamName);
        var f1 = new F1Score { ZeroDivision = (ZeroDivision)(-1) };
        Assert.Equal("ZeroDivision", Assert.Throws<ArgumentOutOfRangeException>(() => f1.Update([1], [2.0])).ParamName);
        var matrix = new ConfusionMatrix();
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => matrix.Update([0], [0]));
        Assert.Equal("NumClasses", exception.ParamName);
        Assert.Contains("NumClasses = 0", exception.Message, StringComparison.Ordinal);
        var huber = new HuberLoss { Delta = -1 };
        Assert.Equal("Delta", Assert.Throws<ArgumentOutOfRangeException>(() => huber.Update(T(new[] { 1.0 }, 1), T(new[] { 2.0 }, 1))).ParamName);
    }

    [Fact]
    public void Parameter_InitializerWithValidValueWorks()
    {
        Assert.Equal(0.5, new Recall { Threshold = 0.5 }.Update([1, 1], [0.5, 0.6]).Compute());
        Assert.Equal(1.0, new ConfusionMatrix { NumClasses = 2 }.Update([1], [0]).Compute()[1, 0]);
    }

    // ------------------------------------------------------------------ merging different parameters
    // The MET025 analyzer reports these merges at compile time; here they are deliberate, to check the runtime guard.
#pragma warning disable MET025

    [Fact]
    public void Merge_DifferentThresholds()
    {
        var a = new Accuracy(threshold: 0.5).Update([1], [0.7]);
        var b = new Accuracy(threshold: 0.25).Update([0], [0.1]);
        var exception = Assert.Throws<ArgumentException>(() => a.Merge(b));
        Assert.Equal("other", exception.ParamName);
        Assert.Contains("Threshold: 0.5", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Threshold: 0.25", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Accuracy", exception.Message, StringComparison.Ordinal);
        Assert.False(a.HasSameParameters(b));
    }

    [Fact]
    public void Merge_DifferentLpErrorParameters()
    {
        var exception = Assert.Throws<ArgumentException>(() => new LpError(2).Merge(new LpError(2, norm: false)));
        Assert.Equal("other", exception.ParamName);
        Assert.Contains("Norm: True", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Norm: False", exception.Message, StringComparison.Ordinal);

        var transform = Assert.Throws<ArgumentException>(() => new LpError(3).Merge(new LpError(3, transform: LpTransform.Log1P)));
        Assert.Contains("Transform: Log1P", transform.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_DifferentNumClasses()
    {
        var exception = Assert.Throws<ArgumentException>(() => new ConfusionMatrix(3).Merge(new ConfusionMatrix(4)));
        Assert.Equal("other", exception.ParamName);
        Assert.Contains("NumClasses: 3", exception.Message, StringComparison.Ordinal);
        Assert.Contains("NumClasses: 4", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_DifferentZeroDivision()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Precision(zeroDivision: ZeroDivision.One).Merge(new Precision()));
        Assert.Equal("other", exception.ParamName);
        Assert.Contains("ZeroDivision: One", exception.Message, StringComparison.Ordinal);
        Assert.Contains("ZeroDivision: NaN", exception.Message, StringComparison.Ordinal);
    }

#pragma warning restore MET025

    // ------------------------------------------------------------------ masked-out padding is not checked

    [Theory]
    [MemberData(nameof(Families))]
    public void MaskedOutOutOfRangeLabelIsAccepted(string family)
    {
        int[] labels = [1, 2, 0, -1];
        double[] predictions = [0.9, 0.8, 0.1, 0.7];
        bool[] mask = [true, false, true, false];
        Accuracy result = default;
        var actions = Families(
            () => result = new Accuracy(0.5).Update(S(labels), S(predictions), S(mask)),
            () => result = new Accuracy(0.5).Update(labels, predictions, mask),
            () => result = new Accuracy(0.5).Update(T(labels, 4), T(predictions, 4), T(mask, 4)),
            () => result = new Accuracy(0.5).Update(TS(labels, 4), TS(predictions, 4), TS(mask, 4)));
        actions[family]();
        Assert.Equal(new Accuracy(0.5).Update([1, 0], [0.9, 0.1]), result);
        Assert.Equal(1.0, result.Compute());
    }

    [Fact]
    public void MaskedOutPaddingIsAcceptedForRowsAndConfusionMatrix()
    {
        var rows = new Accuracy().Update([2, -1, 0, 99], new double[,] { { 0, 0, 1 }, { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 0 } }, [true, false, true, false]);
        Assert.Equal(0.5, rows.Compute());
        Assert.Equal(2.0, rows.Count);

        var matrix = new ConfusionMatrix(2).Update([0, -1, 1, 5], [1, 99, 1, -7], [true, false, true, false]);
        var m = matrix.Compute();
        Assert.Equal(new double[,] { { 0, 1 }, { 0, 1 } }, m);

        var hits = new TopOneHitRate().Update([3, 0], new double[,] { { 1, 2 }, { 2, 1 } }, [false, true]);
        Assert.Equal(1.0, hits.Compute());
    }
}
