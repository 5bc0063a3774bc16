using System.Runtime.Intrinsics;

namespace Metrics.Kernels;

/// <summary>Receives the element-wise operator of an <see cref="IFusableMetric{TSelf}"/>.</summary>
/// <typeparam name="TMetric">The metric type.</typeparam>
/// <typeparam name="TResult">What the visitor returns.</typeparam>
public interface IOperatorVisitor<TMetric, TResult>
{
    /// <summary>Called with the metric's operator type and the label type it takes from a batch.</summary>
    /// <typeparam name="TLabel">The label element type (<see cref="double"/>, or <see cref="int"/> for class-index labels).</typeparam>
    /// <typeparam name="TOperator">The operator type.</typeparam>
    /// <returns>The visitor's result.</returns>
    TResult Visit<TLabel, TOperator>()
        where TOperator : struct, IMetricOperator<TOperator, TMetric>, IWeightedPairOperator<TLabel, double, double>,
            IVectorOperator<TOperator, Vector512<double>>, IVectorOperator<TOperator, Vector256<double>>, IVectorOperator<TOperator, Vector128<double>>;
}
