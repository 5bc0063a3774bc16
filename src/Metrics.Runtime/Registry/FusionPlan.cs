using System.Linq;
using System.Runtime.Intrinsics;

namespace Metrics;

/// <summary>A state that can join a fused pass, with its generated operator and what that operator needs.</summary>
/// <param name="State">The state.</param>
/// <param name="OperatorType">Its generated operator type.</param>
/// <param name="LabelType">The label type the operator takes from a batch.</param>
/// <param name="LaneCount">The lane fields the operator uses.</param>
/// <param name="Checks">The lane checks its own update makes.</param>
/// <param name="Binder">Its <see cref="MemberBinder{TStatistics, TOperator}"/>.</param>
internal sealed record FusionCandidate(StatisticsState State, Type OperatorType, Type LabelType, int LaneCount, LaneChecks Checks, object Binder);

/// <summary>
/// Which states of a collection share one kernel pass, decided when members are added: states whose generated
/// operators are element-wise over (label, prediction) pairs with the same label type, packed in update order while
/// their lane fields fit <see cref="Lanes{TVector}.Capacity"/>. Each group becomes a nested
/// <see cref="FusedPairOperator{TLabel, TFirst, TSecond}"/> built with <see cref="Type.MakeGenericType"/>; a group of
/// one keeps its own update.
/// </summary>
internal static class FusionPlan
{
    /// <summary>The fused passes over <paramref name="states"/>; states in none of them keep their own update.</summary>
    /// <param name="states">The collection's states, in update order.</param>
    public static FusedPass[] For(IReadOnlyList<StatisticsState> states)
    {
        var passes = new List<FusedPass>();
        foreach (var byLabel in states.Select(s => s.Fusion).OfType<FusionCandidate>().GroupBy(c => c.LabelType))
        {
            var group = new List<FusionCandidate>();
            foreach (var candidate in byLabel)
            {
                if (group.Sum(c => c.LaneCount) + candidate.LaneCount > Lanes<Vector128<double>>.Capacity)
                {
                    AddPass(passes, group);
                    group = [];
                }

                group.Add(candidate);
            }

            AddPass(passes, group);
        }

        return [.. passes];
    }

    private static void AddPass(List<FusedPass> passes, List<FusionCandidate> group)
    {
        if (group.Count < 2)
        {
            return;
        }

        var label = group[0].LabelType;
        var operatorType = group[^1].OperatorType;
        var binder = group[^1].Binder;
        var lanes = group[^1].LaneCount;
        for (var i = group.Count - 2; i >= 0; i--)
        {
            var fused = typeof(FusedPairOperator<,,>).MakeGenericType(label, group[i].OperatorType, operatorType);
            binder = Activator.CreateInstance(
                typeof(PairBinder<,,>).MakeGenericType(label, group[i].OperatorType, operatorType), group[i].Binder, binder)!;
            lanes += group[i].LaneCount;
            OperatorLanes.Record(fused, lanes);
            operatorType = fused;
        }

        var checks = new LaneChecks(
            group.Select(c => c.Checks.LabelClasses).Where(n => n > 0).DefaultIfEmpty(0).Min(),
            group.Any(c => c.Checks.PredictionsNotNaN));
        var pass = typeof(FusedPass<,>).MakeGenericType(label, operatorType);
        passes.Add((FusedPass)Activator.CreateInstance(pass, binder, checks, group.Select(c => c.State).ToArray())!);
    }
}
