using System.Reflection;

namespace Metrics;

/// <summary>
/// Whether a state struct can be restored by keeping a copy of its value: found once per type from its fields. Arrays
/// (<see cref="SumArray"/> cells) and objects can be changed in place by an update, so they need a deep copy; sample
/// buffers copy on write and parameter lists are immutable.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
internal static class StateLayout<TState>
    where TState : struct
{
    public static readonly bool RestoresByValue = ByValue(typeof(TState), []);

    private static bool ByValue(Type type, HashSet<Type> visiting)
    {
        if (type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(string) || type == typeof(SampleBuffer)
            || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ParameterArray<>)))
        {
            return true;
        }

        if (!type.IsValueType)
        {
            return false;
        }

        if (!visiting.Add(type))
        {
            return true;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (!ByValue(field.FieldType, visiting))
            {
                return false;
            }
        }

        return true;
    }
}
