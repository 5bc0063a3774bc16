using System.Linq;
using System.Reflection;
using System.Runtime.Intrinsics;

namespace Metrics;

/// <summary>
/// What a collection needs to run one statistics metric inside a fused pass, found once per type from what the
/// generator declares: the element-wise operator the metric hands out as an
/// <see cref="IFusableMetric{TSelf}"/> (an <see cref="IMetricOperator{TSelf, TMetric}"/> that carries the metric), the
/// label type it takes from a <see cref="MetricBatch"/> (<see cref="double"/>, or <see cref="int"/> for class-index
/// labels), its lane count (one per state field) and the lane checks its own update makes. A metric that is not an
/// <see cref="IFusableMetric{TSelf}"/>, whose state holds arrays, or whose label checks depend on a parameter is not
/// fusable and keeps its own pass.
/// </summary>
/// <typeparam name="TStatistics">The statistics metric type.</typeparam>
internal static class FusableOperator<TStatistics>
    where TStatistics : struct, IRegistrableMetric<TStatistics>, IPersistentMetric<TStatistics>
{
    /// <summary>The operator type, or null when the metric is not fusable.</summary>
    public static readonly Type? OperatorType;

    /// <summary>The operator's label type.</summary>
    public static readonly Type LabelType = typeof(double);

    /// <summary>The number of lane fields the operator uses.</summary>
    public static readonly int LaneCount;

    /// <summary>The lane checks the metric's own update makes (class indices of the labels, NaN predictions).</summary>
    public static readonly LaneChecks Checks;

    static FusableOperator()
    {
        if (!StateLayout<TStatistics>.RestoresByValue
            || !typeof(IFusableMetric<TStatistics>).IsAssignableFrom(typeof(TStatistics))
            || !TryChecks(out var checks))
        {
            return;
        }

        // TStatistics is only known to be fusable at run time: the constrained call goes through one generic method.
        var (op, label) = ((Type, Type))typeof(OperatorDiscovery)
            .GetMethod(nameof(OperatorDiscovery.Find), BindingFlags.Static | BindingFlags.Public)!
            .MakeGenericMethod(typeof(TStatistics))
            .Invoke(null, null)!;
        var fields = TStatistics.StateLayout.Split('|')[^1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.Length is 0 or > Lanes<Vector128<double>>.Capacity)
        {
            return;
        }

        OperatorType = op;
        LabelType = label;
        LaneCount = fields.Length;
        Checks = checks;
        OperatorLanes.Record(op, fields.Length);
    }

    // The strictest checks any static function of the metric over scalars (its pair update, a [MeanOf] function; not
    // its row updates, which take spans) declares on its parameters: a fused pass may flag more than a member's own
    // pass (the batch then takes the members' own passes), never less.
    private static bool TryChecks(out LaneChecks checks)
    {
        checks = LaneChecks.None;
        var parameters = typeof(TStatistics)
            .GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsGenericMethod)
            .Select(m => m.GetParameters())
            .Where(p => p.All(parameter => parameter.ParameterType.IsPrimitive))
            .SelectMany(p => p)
            .ToArray();
        foreach (var index in parameters.Select(p => p.GetCustomAttribute<ClassIndexAttribute>()).OfType<ClassIndexAttribute>())
        {
            if (index.Parameter is not null || index.Ignore is not null || index.Classes <= 0)
            {
                return false;
            }

            checks = checks with { LabelClasses = checks.LabelClasses == 0 ? index.Classes : Math.Min(checks.LabelClasses, index.Classes) };
        }

        checks = checks with { PredictionsNotNaN = parameters.Any(p => p.IsDefined(typeof(NotNaNAttribute))) };
        return true;
    }
}

/// <summary>Asks a fusable metric for its operator (<see cref="IFusableMetric{TSelf}.AcceptOperator{TVisitor, TResult}"/>).</summary>
internal static class OperatorDiscovery
{
    /// <summary>The operator type of <typeparamref name="TMetric"/> and the label type it takes.</summary>
    /// <typeparam name="TMetric">The metric type.</typeparam>
    public static (Type Operator, Type Label) Find<TMetric>()
        where TMetric : struct, IFusableMetric<TMetric> =>
        TMetric.AcceptOperator<Visitor<TMetric>, (Type, Type)>(default);

    private readonly struct Visitor<TMetric> : IOperatorVisitor<TMetric, (Type, Type)>
    {
        public (Type, Type) Visit<TLabel, TOperator>()
            where TOperator : struct, IMetricOperator<TOperator, TMetric>, IWeightedPairOperator<TLabel, double, double>,
                IVectorOperator<TOperator, Vector512<double>>, IVectorOperator<TOperator, Vector256<double>>, IVectorOperator<TOperator, Vector128<double>> =>
            (typeof(TOperator), typeof(TLabel));
    }
}
