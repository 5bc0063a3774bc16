namespace Metrics.Generators.Model;

/// <summary>What the generator makes of one <c>[Metric]</c> declaration: at most one of a model and a skeleton, and the diagnostics it reports itself.</summary>
/// <param name="Model">The metric to generate, when the declaration is supported.</param>
/// <param name="Skeleton">The constructor-only part of an unsupported struct that needs one to compile.</param>
/// <param name="Diagnostics">The form problems of a declaration the generator cannot re-open (see <c>Analyzers/DeclarationForm</c>).</param>
internal sealed record ParsedDeclaration(
    MetricModel? Model,
    MetricSkeleton? Skeleton,
    EquatableArray<DiagnosticInfo> Diagnostics);
