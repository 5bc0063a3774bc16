using System;
using System.Numerics;

namespace Metrics.Runtime.Tests.Custom;

/// <summary>A function metric of a pair: the mean absolute error, with the sum field named as <see cref="HandAbsoluteError"/>'s.</summary>
[Metric]
public partial record struct FunctionAbsoluteError
{
    [MeanOf(Sum = "AbsoluteError")] private static double Error(double label, double prediction) => Math.Abs(prediction - label);
}

/// <summary>The hand-declared equivalent of <see cref="FunctionAbsoluteError"/>.</summary>
[Metric]
public partial record struct HandAbsoluteError
{
    /// <summary>The (weighted) sum of absolute errors.</summary>
    [Sum] public double AbsoluteError;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static HandAbsoluteError Update(double label, double prediction) => new() { AbsoluteError = Math.Abs(prediction - label), Count = 1 };

    /// <summary>The mean absolute error, or NaN when empty.</summary>
    public readonly double Compute() => AbsoluteError / Count;
}

/// <summary>A function metric with a parameter: the Huber loss, as the hand-declared <see cref="HuberLoss"/>.</summary>
[Metric]
public partial record struct FunctionHuber
{
    /// <summary>The threshold δ between the quadratic and the linear part (&gt; 0, default 1).</summary>
    [Parameter(Min = 0, MinExclusive = true)] public double Delta { get; init; } = 1.0;

    [MeanOf]
    private static double Loss(double label, double prediction, double delta)
    {
        var error = Math.Abs(prediction - label);
        return error <= delta ? 0.5 * error * error : delta * (error - (0.5 * delta));
    }
}

/// <summary>A generic function metric of a row: the negative log-probability of the label's class.</summary>
[Metric]
public partial record struct FunctionRowLoss
{
    [MeanOf]
    private static double Loss<T>([ClassIndex] int label, ReadOnlySpan<T> probabilities)
        where T : INumber<T> => -Math.Log(double.CreateTruncating(probabilities[label]));
}

/// <summary>The hand-declared equivalent of <see cref="FunctionRowLoss"/>.</summary>
[Metric]
public partial record struct HandRowLoss
{
    /// <summary>The (weighted) sum of losses.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of rows.</summary>
    [Sum] public double Count;

    private static HandRowLoss Update<T>([ClassIndex] int label, ReadOnlySpan<T> probabilities)
        where T : INumber<T> => new() { Total = -Math.Log(double.CreateTruncating(probabilities[label])), Count = 1 };

    /// <summary>The mean loss, or NaN when empty.</summary>
    public readonly double Compute() => Total / Count;
}

/// <summary>A generic function metric of a pair, computed in the input's precision as Keras does.</summary>
[Metric]
public partial record struct FunctionSquaredError
{
    [MeanOf]
    private static double Error<T>(T label, T prediction)
        where T : INumber<T> => double.CreateTruncating((prediction - label) * (prediction - label));
}

/// <summary>The hand-declared equivalent of <see cref="FunctionSquaredError"/>.</summary>
[Metric]
public partial record struct HandSquaredError
{
    /// <summary>The (weighted) sum of squared errors.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static HandSquaredError Update<T>(T label, T prediction)
        where T : INumber<T> => new() { Total = double.CreateTruncating((prediction - label) * (prediction - label)), Count = 1 };

    /// <summary>The mean squared error, or NaN when empty.</summary>
    public readonly double Compute() => Total / Count;
}
