using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Metrics.Kernels;

/// <summary>
/// The bodies every generated element-wise update shares. The generated core checks its parameters, builds the batch
/// here (<see cref="Pairs{TLabel, TPrediction, TWeight}"/>, <see cref="Values{T, TWeight}"/>: the length checks), makes
/// sure its state is allocated, and hands its operator to one of the runners, which own the rest: the vector loop,
/// and when it declines the exact guards (weights, class-index labels, <c>[NotNaN]</c> predictions) and the scalar
/// loop. A runner that throws has not touched the metric: the operator carries a copy of the state, which the
/// generated core stores only after the runner returns.
/// </summary>
public static class MetricUpdate
{
    /// <summary>Checks the lengths of a batch of (label, prediction) pairs and returns it with one "absent": empty.</summary>
    /// <typeparam name="TLabel">The label type.</typeparam>
    /// <typeparam name="TPrediction">The prediction type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <param name="labels">The labels.</param>
    /// <param name="predictions">The predictions, as many as labels.</param>
    /// <param name="mask">The mask, when <paramref name="hasMask"/>.</param>
    /// <param name="hasMask">Whether the caller passed a mask (an empty one then requires an empty batch).</param>
    /// <param name="weights">The weights, when <paramref name="hasWeights"/>.</param>
    /// <param name="hasWeights">Whether the caller passed weights.</param>
    /// <exception cref="ArgumentException">A length differs from the labels'.</exception>
    public static ElementBatch<TLabel, TPrediction, TWeight> Pairs<TLabel, TPrediction, TWeight>(
        ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, ReadOnlySpan<bool> mask, bool hasMask,
        ReadOnlySpan<TWeight> weights, bool hasWeights)
    {
        MetricGuard.Length(labels.Length, "labels", predictions.Length, "predictions");
        return new(labels, predictions, Present(mask, hasMask, labels.Length, "labels", "mask"), Present(weights, hasWeights, labels.Length, "labels", "weights"));
    }

    /// <summary>Checks the lengths of a batch of values and returns it with one "absent": empty.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <param name="values">The values.</param>
    /// <param name="mask">The mask, when <paramref name="hasMask"/>.</param>
    /// <param name="hasMask">Whether the caller passed a mask (an empty one then requires an empty batch).</param>
    /// <param name="weights">The weights, when <paramref name="hasWeights"/>.</param>
    /// <param name="hasWeights">Whether the caller passed weights.</param>
    /// <exception cref="ArgumentException">A length differs from the values'.</exception>
    public static ElementBatch<T, T, TWeight> Values<T, TWeight>(
        ReadOnlySpan<T> values, ReadOnlySpan<bool> mask, bool hasMask, ReadOnlySpan<TWeight> weights, bool hasWeights) =>
        new(default, values, Present(mask, hasMask, values.Length, "values", "mask"), Present(weights, hasWeights, values.Length, "values", "weights"));

    /// <summary>Accumulates the kept pairs of a batch with an operator that takes no weights (the metric has none).</summary>
    /// <typeparam name="TLabel">The label type.</typeparam>
    /// <typeparam name="TPrediction">The prediction type.</typeparam>
    /// <typeparam name="TWeight">The batch's weight type (its weights are empty).</typeparam>
    /// <typeparam name="TOperator">The generated operator.</typeparam>
    /// <param name="op">The operator, carrying a copy of the state.</param>
    /// <param name="batch">The batch, from <see cref="Pairs{TLabel, TPrediction, TWeight}"/>.</param>
    /// <param name="checks">The guards of labels and predictions to run first.</param>
    public static void ScalarPairs<TLabel, TPrediction, TWeight, TOperator>(ref TOperator op, in ElementBatch<TLabel, TPrediction, TWeight> batch, LaneChecks checks)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IPairOperator<TLabel, TPrediction>
    {
        Guard(batch, checks, "predictions");
        ScalarLoops.Pairs(ref op, batch.Labels, batch.Predictions, batch.Mask);
    }

    /// <summary>Accumulates the kept pairs of a batch on the scalar path: the guards, then the scalar loop.</summary>
    /// <typeparam name="TLabel">The label type.</typeparam>
    /// <typeparam name="TPrediction">The prediction type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <typeparam name="TOperator">The generated operator.</typeparam>
    /// <param name="op">The operator, carrying a copy of the state.</param>
    /// <param name="batch">The batch, from <see cref="Pairs{TLabel, TPrediction, TWeight}"/>.</param>
    /// <param name="checks">The guards of labels and predictions to run after the weights'.</param>
    public static void WeightedPairs<TLabel, TPrediction, TWeight, TOperator>(ref TOperator op, in ElementBatch<TLabel, TPrediction, TWeight> batch, LaneChecks checks)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IWeightedPairOperator<TLabel, TPrediction, TWeight>
    {
        MetricGuard.Weights(batch.Weights, "weights");
        Guard(batch, checks, "predictions");
        if (batch.Weights.IsEmpty)
        {
            ScalarLoops.Pairs(ref op, batch.Labels, batch.Predictions, batch.Mask);
        }
        else
        {
            ScalarLoops.WeightedPairs(ref op, batch.Labels, batch.Predictions, batch.Mask, batch.Weights);
        }
    }

    /// <summary>
    /// Accumulates the kept pairs of a batch with the vector loop, which checks the inputs on its lanes; when it declines
    /// (no accelerated width, a short batch, a failed lane) it runs <see cref="WeightedPairs"/>, whose guards name the
    /// offending element.
    /// </summary>
    /// <typeparam name="TLabel">The label type.</typeparam>
    /// <typeparam name="TPrediction">The prediction type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <typeparam name="TOperator">The generated operator, with scalar and vector members.</typeparam>
    /// <param name="op">The operator, carrying a copy of the state.</param>
    /// <param name="batch">The batch, from <see cref="Pairs{TLabel, TPrediction, TWeight}"/>.</param>
    /// <param name="checks">The checks of labels and predictions.</param>
    public static void VectorizedPairs<TLabel, TPrediction, TWeight, TOperator>(ref TOperator op, in ElementBatch<TLabel, TPrediction, TWeight> batch, LaneChecks checks)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IWeightedPairOperator<TLabel, TPrediction, TWeight>,
            IVectorOperator<TOperator, Vector512<double>>, IVectorOperator<TOperator, Vector256<double>>, IVectorOperator<TOperator, Vector128<double>>
    {
        if (!MetricKernel.VectorizedPairs<TLabel, TPrediction, TWeight, TOperator>(ref op, batch.Labels, batch.Predictions, batch.Mask, batch.Weights, checks))
        {
            WeightedPairs<TLabel, TPrediction, TWeight, TOperator>(ref op, batch, checks);
        }
    }

    /// <summary>Accumulates the kept values of a batch with an operator that takes no weights (the metric has none).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <typeparam name="TWeight">The batch's weight type (its weights are empty).</typeparam>
    /// <typeparam name="TOperator">The generated operator.</typeparam>
    /// <param name="op">The operator, carrying a copy of the state.</param>
    /// <param name="batch">The batch, from <see cref="Values{T, TWeight}"/>.</param>
    /// <param name="checks">The guards of the values to run first.</param>
    public static void ScalarValues<T, TWeight, TOperator>(ref TOperator op, in ElementBatch<T, T, TWeight> batch, LaneChecks checks)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IValueOperator<T>
    {
        Guard(batch, checks, "values");
        ScalarLoops.Values(ref op, batch.Predictions, batch.Mask);
    }

    /// <summary>Accumulates the kept values of a batch on the scalar path: the guards, then the scalar loop.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <typeparam name="TOperator">The generated operator.</typeparam>
    /// <param name="op">The operator, carrying a copy of the state.</param>
    /// <param name="batch">The batch, from <see cref="Values{T, TWeight}"/>.</param>
    /// <param name="checks">The guards of the values to run after the weights'.</param>
    public static void WeightedValues<T, TWeight, TOperator>(ref TOperator op, in ElementBatch<T, T, TWeight> batch, LaneChecks checks)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IWeightedValueOperator<T, TWeight>
    {
        MetricGuard.Weights(batch.Weights, "weights");
        Guard(batch, checks, "values");
        if (batch.Weights.IsEmpty)
        {
            ScalarLoops.Values(ref op, batch.Predictions, batch.Mask);
        }
        else
        {
            ScalarLoops.WeightedValues(ref op, batch.Predictions, batch.Mask, batch.Weights);
        }
    }

    /// <summary>
    /// Accumulates the kept values of a batch with the vector loop; when it declines it runs
    /// <see cref="WeightedValues"/>.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <typeparam name="TWeight">The weight type.</typeparam>
    /// <typeparam name="TOperator">The generated operator, with scalar and vector members.</typeparam>
    /// <param name="op">The operator, carrying a copy of the state.</param>
    /// <param name="batch">The batch, from <see cref="Values{T, TWeight}"/>.</param>
    /// <param name="checks">The checks of the values.</param>
    public static void VectorizedValues<T, TWeight, TOperator>(ref TOperator op, in ElementBatch<T, T, TWeight> batch, LaneChecks checks)
        where TWeight : INumberBase<TWeight>
        where TOperator : struct, IWeightedValueOperator<T, TWeight>,
            IVectorOperator<TOperator, Vector512<double>>, IVectorOperator<TOperator, Vector256<double>>, IVectorOperator<TOperator, Vector128<double>>
    {
        if (!MetricKernel.VectorizedValues<T, TWeight, TOperator>(ref op, batch.Predictions, batch.Mask, batch.Weights, checks))
        {
            WeightedValues<T, TWeight, TOperator>(ref op, batch, checks);
        }
    }

    private static ReadOnlySpan<T> Present<T>(ReadOnlySpan<T> span, bool present, int count, string countName, string name)
    {
        if (!present)
        {
            return default;
        }

        MetricGuard.Length(count, countName, span.Length, name);
        return span;
    }

    private static ReadOnlySpan<TTo> As<TFrom, TTo>(ReadOnlySpan<TFrom> span) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<TFrom, TTo>(ref MemoryMarshal.GetReference(span)), span.Length);

    // The exact guards the vector loop's lane checks stand for, in the order the generated code ran them.
    private static void Guard<TLabel, TPrediction, TWeight>(in ElementBatch<TLabel, TPrediction, TWeight> batch, LaneChecks checks, string predictionsName)
        where TWeight : INumberBase<TWeight>
    {
        if (checks.LabelClasses != 0 && typeof(TLabel) == typeof(int))
        {
            MetricGuard.ClassIndices(As<TLabel, int>(batch.Labels), batch.Mask, checks.LabelClasses, "labels");
        }

        if (!checks.PredictionsNotNaN)
        {
            return;
        }

        if (typeof(TPrediction) == typeof(double))
        {
            MetricGuard.NotNaN(As<TPrediction, double>(batch.Predictions), batch.Mask, batch.Weights, predictionsName);
        }
        else if (typeof(TPrediction) == typeof(float))
        {
            MetricGuard.NotNaN(As<TPrediction, float>(batch.Predictions), batch.Mask, batch.Weights, predictionsName);
        }
    }
}
