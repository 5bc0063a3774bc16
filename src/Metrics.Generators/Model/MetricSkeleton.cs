namespace Metrics.Generators.Model;

/// <summary>
/// The part the generator emits for a <c>[Metric]</c> struct it does not generate: only the parameterless constructor
/// that its field or property initializers require (CS8983), so that the build gets past declarations and the analyzers
/// can say what is wrong.
/// </summary>
/// <param name="Namespace">The containing namespace, empty for the global namespace.</param>
/// <param name="ContainingTypes">Outer types, outermost first, with their type parameter lists.</param>
/// <param name="Modifiers">The modifiers every part must repeat before <c>partial</c>: <c>readonly </c>, <c>ref </c>, or empty.</param>
/// <param name="Keyword">The type's keyword(s): <c>record struct</c> or <c>struct</c>.</param>
/// <param name="TypeName">The type's simple name, with its type parameter list.</param>
/// <param name="ConstructorName">The constructor's name: the simple name without type parameters.</param>
/// <param name="HintName">The generated file's name.</param>
internal sealed record MetricSkeleton(
    string Namespace,
    EquatableArray<ContainingType> ContainingTypes,
    string Modifiers,
    string Keyword,
    string TypeName,
    string ConstructorName,
    string HintName);
