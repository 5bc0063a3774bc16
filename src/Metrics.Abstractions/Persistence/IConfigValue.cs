namespace Metrics;

/// <summary>
/// A parameter type (other than numbers, Booleans, enums and <see cref="ParameterArray{T}"/>, which need nothing)
/// that can appear in a configuration: it converts itself to a JSON-compatible value (null, a Boolean, a number, a
/// string, or an array of those) and back. Without it a metric with such a parameter has no configuration
/// (diagnostic MET034) and <c>GetConfig</c> throws <see cref="System.NotSupportedException"/>.
/// </summary>
/// <typeparam name="TSelf">The parameter type.</typeparam>
public interface IConfigValue<TSelf>
    where TSelf : IConfigValue<TSelf>
{
    /// <summary>
    /// Creates the value from its configuration form, validating it as its constructor does. Numbers arrive as
    /// <see cref="long"/> or <see cref="double"/>, arrays as <c>object?[]</c>.
    /// </summary>
    /// <param name="value">The configuration value.</param>
    /// <param name="key">The parameter's name, for error messages.</param>
    /// <exception cref="System.ArgumentException">The value does not describe a <typeparamref name="TSelf"/>.</exception>
    static abstract TSelf FromConfigValue(object? value, string key);

    /// <summary>The value's configuration form: null, a Boolean, a number, a string, or an <c>object?[]</c> of those.</summary>
    object? ToConfigValue();
}
