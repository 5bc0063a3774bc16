using System;
using System.Collections.Generic;

namespace Metrics.Serialization.Tests.Binary;

/// <summary>
/// A registered built-in with non-default parameters where it has them, and the metric after two realistic batches
/// (the second weighted), as the round-trip and fuzz tests use it.
/// </summary>
/// <param name="Name">The registry identifier, with what distinguishes the case when one metric has several.</param>
/// <param name="Create">Creates the fed metric, boxed.</param>
/// <param name="CreateInstance">Creates the fed metric as the registry's instance, or null for metrics a batch cannot carry.</param>
public sealed record BuiltInCase(string Name, Func<object> Create, Func<IMetricInstance>? CreateInstance = null)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}
