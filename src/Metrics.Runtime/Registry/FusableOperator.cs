using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Intrinsics;

namespace Metrics;

/// <summary>
/// What a collection needs to run one statistics metric inside a fused pass, found once per type from its generated
/// code: the element-wise operator the generator wrote for it (<c>PairOperator</c>, constructed from the metric and
/// carrying it as <c>State</c>), the label type it takes from a <see cref="MetricBatch"/> (<see cref="double"/>, or
/// <see cref="int"/> for class-index labels), its lane count (one per state field) and the lane checks its own update
/// makes. A metric whose operator has no vector members, whose state holds arrays, or whose label checks depend on a
/// parameter is not fusable and keeps its own pass.
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
        if (!StateLayout<TStatistics>.RestoresByValue)
        {
            return;
        }

        var op = typeof(TStatistics).GetNestedType("PairOperator", BindingFlags.NonPublic);
        var label = op is null ? null : new[] { typeof(double), typeof(int) }.FirstOrDefault(l => Implements(op, l));
        var state = op?.GetField("State", BindingFlags.Instance | BindingFlags.Public);
        var constructor = op?.GetConstructor([typeof(TStatistics).MakeByRefType()]);
        if (op is null || label is null || state?.FieldType != typeof(TStatistics) || constructor is null || !TryChecks(out var checks))
        {
            return;
        }

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

    private static bool Implements(Type op, Type label) =>
        Implements(op, typeof(IWeightedPairOperator<,,>), label, typeof(double), typeof(double))
        && Implements(op, typeof(IVectorOperator<,>), op, typeof(Vector512<double>))
        && Implements(op, typeof(IVectorOperator<,>), op, typeof(Vector256<double>))
        && Implements(op, typeof(IVectorOperator<,>), op, typeof(Vector128<double>));

    private static bool Implements(Type op, Type definition, params Type[] arguments) =>
        op.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition && i.GetGenericArguments().SequenceEqual(arguments));

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

/// <summary>Moves a metric into and out of its generated operator, compiled once per operator type.</summary>
/// <typeparam name="TStatistics">The statistics metric type.</typeparam>
/// <typeparam name="TOperator">Its generated operator (<see cref="FusableOperator{TStatistics}.OperatorType"/>).</typeparam>
internal static class OperatorAccess<TStatistics, TOperator>
    where TStatistics : struct
    where TOperator : struct
{
    /// <summary>The operator's constructor from the metric.</summary>
    public static readonly Func<TStatistics, TOperator> Create = Compile<Func<TStatistics, TOperator>>(
        "Create", typeof(TOperator), typeof(TStatistics), il =>
        {
            il.Emit(OpCodes.Ldarga_S, (byte)0);
            il.Emit(OpCodes.Newobj, typeof(TOperator).GetConstructor([typeof(TStatistics).MakeByRefType()])!);
        });

    /// <summary>The metric the operator carries.</summary>
    public static readonly Func<TOperator, TStatistics> State = Compile<Func<TOperator, TStatistics>>(
        "State", typeof(TStatistics), typeof(TOperator), il =>
        {
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldfld, typeof(TOperator).GetField("State")!);
        });

    private static TDelegate Compile<TDelegate>(string name, Type result, Type argument, Action<ILGenerator> body)
        where TDelegate : Delegate
    {
        var method = new DynamicMethod($"{typeof(TOperator).FullName}.{name}", result, [argument], typeof(TOperator).Module, skipVisibility: true);
        var il = method.GetILGenerator();
        body(il);
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<TDelegate>();
    }
}
