namespace Metrics.Cli;

/// <summary>One item of <c>--metrics</c>: a registry name and its arguments, e.g. <c>f1_score(threshold=0.5)</c>.</summary>
/// <param name="Text">The item as written (trimmed): the member's name in the collection and in the reports.</param>
/// <param name="Identifier">The registry identifier.</param>
/// <param name="Arguments">The arguments by key: <c>long</c>, <c>double</c>, <c>bool</c>, <c>string</c> or <c>object?[]</c> values.</param>
internal sealed record MetricSpec(string Text, string Identifier, IReadOnlyDictionary<string, object?> Arguments);
