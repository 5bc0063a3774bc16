namespace Metrics.Generators.Model;

/// <summary>How a parameter value is validated.</summary>
internal enum ParameterKind
{
    /// <summary>A number checked against its declared range (and for NaN).</summary>
    Numeric,

    /// <summary>An enum checked to be a defined value.</summary>
    Enum,

    /// <summary>A <c>Metrics.ParameterArray&lt;T&gt;</c> of numbers: non-empty, each value checked like a numeric parameter.</summary>
    NumericArray,

    /// <summary>A nullable number; when it has a value, the value is checked against the declared range.</summary>
    NullableNumeric,

    /// <summary>A <see cref="bool"/>: not validated; a Boolean in configurations.</summary>
    Flag,

    /// <summary>A type implementing <c>Metrics.IConfigValue&lt;T&gt;</c>: not validated; its own form in configurations.</summary>
    ConfigValue,

    /// <summary>Anything else: not validated, and no configuration form (MET034).</summary>
    Other,
}

/// <summary>A <c>[Parameter]</c> property.</summary>
/// <param name="Name">The property name.</param>
/// <param name="Type">The <c>global::</c>-qualified type.</param>
/// <param name="Kind">How it is validated.</param>
/// <param name="DefaultLiteral">Its initializer as a C# constant expression, or null when it has none or it is not constant.</param>
/// <param name="HasInitializer">Whether the property declares an initializer.</param>
/// <param name="Min">The lower bound (numeric parameters).</param>
/// <param name="Max">The upper bound (numeric parameters).</param>
/// <param name="MinExclusive">Whether the lower bound is excluded.</param>
/// <param name="MaxExclusive">Whether the upper bound is excluded.</param>
/// <param name="AllowEmpty">Whether an empty list is valid (list parameters only).</param>
internal sealed record MetricParameter(
    string Name,
    string Type,
    ParameterKind Kind,
    string? DefaultLiteral,
    bool HasInitializer,
    double Min,
    double Max,
    bool MinExclusive,
    bool MaxExclusive,
    bool AllowEmpty = false)
{
    /// <summary>The name as an identifier in code (escaped with <c>@</c> if it is a keyword).</summary>
    public string Identifier => Naming.Escape(Name);

    /// <summary>The constructor argument name: the property name in camelCase, escaped if it is a keyword.</summary>
    public string ArgumentName => Naming.CamelCase(Name);

    /// <summary>
    /// A list parameter with a (non-constant) initializer: an empty (default) argument keeps the initializer, so the
    /// constructor and <c>FromArguments</c> take it as optional.
    /// </summary>
    public bool KeepsInitializer => Kind == ParameterKind.NumericArray && HasInitializer;

    /// <summary>Whether the constructor and <c>FromArguments</c> require a value (no constant default, no kept initializer).</summary>
    public bool Required => DefaultLiteral is null && !KeepsInitializer;
}
