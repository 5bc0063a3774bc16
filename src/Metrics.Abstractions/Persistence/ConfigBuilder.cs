using System.Collections.Generic;
using System.Numerics;

namespace Metrics;

/// <summary>
/// Collects parameter values as configuration values: numbers boxed as declared, enum members as lowercase
/// strings, lists as arrays, <see cref="IConfigValue{TSelf}"/> types in their own form; keys in snake_case.
/// </summary>
internal struct ConfigBuilder : IMetricParameterWriter
{
    private List<KeyValuePair<string, object?>>? _parameters;

    public readonly IEnumerable<KeyValuePair<string, object?>> Parameters =>
        _parameters ?? (IEnumerable<KeyValuePair<string, object?>>)[];

    public void Number<T>(string name, T value)
        where T : unmanaged, INumber<T> => Add(name, value);

    public void NullableNumber<T>(string name, T? value)
        where T : unmanaged, INumber<T> => Add(name, value);

    public void Flag(string name, bool value) => Add(name, value);

    public void Choice<T>(string name, T value)
        where T : unmanaged, Enum => Add(name, ConfigValues.EnumName(value));

    public void Array<T>(string name, ParameterArray<T> value)
        where T : unmanaged, INumber<T> => Add(name, value.AsSpan().ToArray());

    public void Value<T>(string name, T value)
        where T : IConfigValue<T> => Add(name, value.ToConfigValue());

    private void Add(string name, object? value) =>
        (_parameters ??= []).Add(new(ConfigValues.SnakeCase(name), value));
}
