using Metrics.Data;

namespace Metrics.Cli.Evaluation;

/// <summary>One data file evaluated: its rows, its collection (the merge of its groups when grouped) and its groups.</summary>
/// <param name="Path">The file as given on the command line.</param>
/// <param name="Rows">The rows read, masked-out rows included.</param>
/// <param name="Metrics">The file's collection.</param>
/// <param name="Groups">The file's groups in order of first appearance (empty without <c>--group-by</c>).</param>
internal sealed record FileResult(string Path, long Rows, MetricCollection Metrics, IReadOnlyList<MetricGroup> Groups);
