using System.Collections.Generic;
using Metrics.Orleans.Evaluation;
using Orleans;

namespace Metrics.Orleans.Tests.Docs;

/// <summary>
/// What a block of docs/distributed.md marked <c>&lt;!-- snippet: harness NAME --&gt;</c> has in hand: statements that run
/// before it (as in tests/Metrics.Docs.Tests/SnippetHarnesses.cs), which reach the test's running cluster through
/// <see cref="Client"/>.
/// </summary>
public static class DocsHarness
{
    /// <summary>The client of the three-silo test cluster the blocks run against.</summary>
    public static IClusterClient Client { get; internal set; } = null!;

    /// <summary>Four shards of the generated rows the test silos serve.</summary>
    public static IReadOnlyList<Shard> Shards { get; } = Tests.Shards.Generated(4, 10_000);

    /// <summary>The statements of each harness, by name.</summary>
    public static IReadOnlyDictionary<string, string> Statements { get; } = new Dictionary<string, string>
    {
        ["orleans-client"] = """
            var client = Metrics.Orleans.Tests.Docs.DocsHarness.Client;
            var config = new MetricCollection("precision", "recall", "auc").GetConfig();
            var shards = Metrics.Orleans.Tests.Docs.DocsHarness.Shards;
            """,
    };
}
