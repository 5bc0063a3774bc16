using System.Numerics;

namespace Metrics;

/// <summary>
/// Receives a metric's parameter values, one call per parameter in declaration order
/// (<see cref="IPersistentMetric{TSelf}.WriteParameters{TWriter}"/>). A format implements it.
/// </summary>
public interface IMetricParameterWriter
{
    /// <summary>A number parameter (<see cref="int"/>, <see cref="long"/>, <see cref="float"/> or <see cref="double"/>).</summary>
    /// <typeparam name="T">The parameter's type.</typeparam>
    /// <param name="name">The parameter's name as declared.</param>
    /// <param name="value">The value.</param>
    void Number<T>(string name, T value)
        where T : unmanaged, INumber<T>;

    /// <summary>An optional number parameter.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="name">The parameter's name as declared.</param>
    /// <param name="value">The value, or null.</param>
    void NullableNumber<T>(string name, T? value)
        where T : unmanaged, INumber<T>;

    /// <summary>A Boolean parameter.</summary>
    /// <param name="name">The parameter's name as declared.</param>
    /// <param name="value">The value.</param>
    void Flag(string name, bool value);

    /// <summary>An enum parameter.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="name">The parameter's name as declared.</param>
    /// <param name="value">The value.</param>
    void Choice<T>(string name, T value)
        where T : unmanaged, Enum;

    /// <summary>A list-of-numbers parameter.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="name">The parameter's name as declared.</param>
    /// <param name="value">The values.</param>
    void Array<T>(string name, ParameterArray<T> value)
        where T : unmanaged, INumber<T>;

    /// <summary>A parameter of a type that describes itself as a configuration value.</summary>
    /// <typeparam name="T">The parameter's type.</typeparam>
    /// <param name="name">The parameter's name as declared.</param>
    /// <param name="value">The value.</param>
    void Value<T>(string name, T value)
        where T : IConfigValue<T>;
}
