using System;
using System.Collections.Generic;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>
/// One built-in metric as the bad-input matrix drives it: how to create it by identifier (and with other parameters, for
/// the merge cases), a valid batch to fill its state first, and the documented rules for its labels and predictions.
/// </summary>
/// <param name="Type">The metric type (the walk asserts every registered type appears).</param>
/// <param name="Identifier">A registry identifier.</param>
/// <param name="Arguments">Parameters by name.</param>
/// <param name="OtherArguments">Different parameters, for merging; null when the metric has none.</param>
/// <param name="Batch">A valid batch.</param>
/// <param name="Labels">The rule for labels.</param>
/// <param name="Predictions">The rule for predictions.</param>
internal sealed record MatrixMetric(
    Type Type,
    string Identifier,
    IReadOnlyDictionary<string, object?> Arguments,
    IReadOnlyDictionary<string, object?>? OtherArguments,
    MatrixBatch Batch,
    ValueRule Labels,
    ValueRule Predictions)
{
    /// <summary>The name cases are reported under.</summary>
    public string Name => Type.Name;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
