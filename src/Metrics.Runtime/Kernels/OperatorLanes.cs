using System.Collections.Concurrent;

namespace Metrics.Kernels;

/// <summary>
/// How many lane accumulators (<see cref="Lanes{TVector}"/> fields) each element-wise operator uses: one per state
/// field of its metric, in the order of the fields. Recorded when an operator is first fused, read once per operator
/// type into <see cref="OperatorLanes{TOperator}.Count"/>.
/// </summary>
internal static class OperatorLanes
{
    private static readonly ConcurrentDictionary<Type, int> Counts = new();

    /// <summary>Records the lane count of an operator type.</summary>
    /// <param name="operatorType">The operator type.</param>
    /// <param name="count">Its lane count.</param>
    public static void Record(Type operatorType, int count) => Counts[operatorType] = count;

    /// <summary>The recorded lane count of an operator type.</summary>
    /// <param name="operatorType">The operator type.</param>
    /// <exception cref="InvalidOperationException">No count was recorded for the type.</exception>
    public static int Of(Type operatorType) =>
        Counts.TryGetValue(operatorType, out var count)
            ? count
            : throw new InvalidOperationException($"No lane count was recorded for the operator {operatorType.FullName}.");
}

/// <summary>The lane count of one operator type, as a constant the JIT folds.</summary>
/// <typeparam name="TOperator">The operator type.</typeparam>
internal static class OperatorLanes<TOperator>
{
    /// <summary>The number of <see cref="Lanes{TVector}"/> fields the operator uses.</summary>
    public static readonly int Count = OperatorLanes.Of(typeof(TOperator));
}
