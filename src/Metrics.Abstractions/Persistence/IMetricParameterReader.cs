using System.Numerics;

namespace Metrics;

/// <summary>
/// Supplies a metric's parameter values, one call per parameter in declaration order
/// (<see cref="IPersistentMetric{TSelf}.ReadParameters{TReader}"/>). A format implements it; it throws when its
/// input does not hold the value asked for.
/// </summary>
public interface IMetricParameterReader
{
    /// <summary>A number parameter (<see cref="int"/>, <see cref="long"/>, <see cref="float"/> or <see cref="double"/>).</summary>
    /// <typeparam name="T">The parameter's type.</typeparam>
    /// <param name="name">The parameter's name as declared.</param>
    /// <returns>The value.</returns>
    T Number<T>(string name)
        where T : unmanaged, INumber<T>;

    /// <summary>An optional number parameter.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="name">The parameter's name as declared.</param>
    /// <returns>The value, or null.</returns>
    T? NullableNumber<T>(string name)
        where T : unmanaged, INumber<T>;

    /// <summary>A Boolean parameter.</summary>
    /// <param name="name">The parameter's name as declared.</param>
    /// <returns>The value.</returns>
    bool Flag(string name);

    /// <summary>An enum parameter.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="name">The parameter's name as declared.</param>
    /// <returns>The value.</returns>
    T Choice<T>(string name)
        where T : unmanaged, Enum;

    /// <summary>A list-of-numbers parameter.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="name">The parameter's name as declared.</param>
    /// <returns>The values.</returns>
    ParameterArray<T> Array<T>(string name)
        where T : unmanaged, INumber<T>;

    /// <summary>A parameter of a type that describes itself as a configuration value.</summary>
    /// <typeparam name="T">The parameter's type.</typeparam>
    /// <param name="name">The parameter's name as declared.</param>
    /// <returns>The value.</returns>
    T Value<T>(string name)
        where T : IConfigValue<T>;
}
