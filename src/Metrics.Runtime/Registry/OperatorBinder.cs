using System.Runtime.Intrinsics;

namespace Metrics;

/// <summary>Builds a (possibly fused) operator from a collection's states and stores its result back into them.</summary>
/// <typeparam name="TOperator">The operator type.</typeparam>
internal abstract class OperatorBinder<TOperator>
    where TOperator : struct
{
    /// <summary>The operator, carrying the current states.</summary>
    public abstract TOperator Load();

    /// <summary>Stores the states the operator carries.</summary>
    /// <param name="op">The operator after a successful pass.</param>
    /// <param name="undoable">Whether to keep the previous states for <see cref="StatisticsState.Undo"/>.</param>
    public abstract void Store(in TOperator op, bool undoable);
}

/// <summary>One state and its generated operator.</summary>
internal sealed class MemberBinder<TStatistics, TOperator>(StatisticsState<TStatistics> state) : OperatorBinder<TOperator>
    where TStatistics : struct, IRegistrableMetric<TStatistics>, IPersistentMetric<TStatistics>
    where TOperator : struct, IMetricOperator<TOperator, TStatistics>
{
    public override TOperator Load() => TOperator.Create(state.State);

    public override void Store(in TOperator op, bool undoable) => state.Assign(op.Metric, undoable);
}

/// <summary>Two binders behind one <see cref="FusedPairOperator{TLabel, TFirst, TSecond}"/>.</summary>
internal sealed class PairBinder<TLabel, TFirst, TSecond>(OperatorBinder<TFirst> first, OperatorBinder<TSecond> second)
    : OperatorBinder<FusedPairOperator<TLabel, TFirst, TSecond>>
    where TFirst : struct, IWeightedPairOperator<TLabel, double, double>,
        IVectorOperator<TFirst, Vector512<double>>, IVectorOperator<TFirst, Vector256<double>>, IVectorOperator<TFirst, Vector128<double>>
    where TSecond : struct, IWeightedPairOperator<TLabel, double, double>,
        IVectorOperator<TSecond, Vector512<double>>, IVectorOperator<TSecond, Vector256<double>>, IVectorOperator<TSecond, Vector128<double>>
{
    public override FusedPairOperator<TLabel, TFirst, TSecond> Load() => new(first.Load(), second.Load());

    public override void Store(in FusedPairOperator<TLabel, TFirst, TSecond> op, bool undoable)
    {
        first.Store(op.First, undoable);
        second.Store(op.Second, undoable);
    }
}
