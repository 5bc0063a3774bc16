namespace Metrics.Kernels;

/// <summary>
/// A metric whose generated element-wise operator over (label, prediction) pairs may run inside a fused pass of a
/// collection: the generator implements it for every metric with a vectorized pair update that accepts weights, and
/// hands the operator type out through <see cref="AcceptOperator{TVisitor, TResult}"/>, so that the registry finds the
/// operator by type rather than by the generated names.
/// </summary>
/// <typeparam name="TSelf">The metric type.</typeparam>
public interface IFusableMetric<TSelf>
    where TSelf : struct
{
    /// <summary>Calls <paramref name="visitor"/> with the metric's element-wise operator and the label type it takes.</summary>
    /// <typeparam name="TVisitor">The visitor type.</typeparam>
    /// <typeparam name="TResult">What the visitor returns.</typeparam>
    /// <param name="visitor">The visitor.</param>
    /// <returns>What the visitor returns.</returns>
    static abstract TResult AcceptOperator<TVisitor, TResult>(in TVisitor visitor)
        where TVisitor : IOperatorVisitor<TSelf, TResult>;
}
