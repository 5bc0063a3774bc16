namespace Metrics;

/// <summary>
/// A row metric fed label rows and score rows of <see cref="float"/> or <see cref="double"/>, one weight per row: what a
/// <see cref="SharedKeysAttribute"/> metric hands each scored query to. A <c>[Metric]</c> whose update takes a label
/// row and a score row of <c>T : INumber&lt;T&gt;</c> has these overloads generated; it declares the interface.
/// </summary>
/// <typeparam name="TSelf">The row metric.</typeparam>
public interface IScoredRowsMetric<TSelf>
    where TSelf : struct, IScoredRowsMetric<TSelf>
{
    /// <summary>Accumulates <c>[rows, columns]</c> label and score rows, row-major.</summary>
    /// <param name="labels">The label rows.</param>
    /// <param name="predictions">The score rows.</param>
    /// <param name="columns">The row length.</param>
    /// <returns>The updated metric.</returns>
    TSelf Update(ReadOnlySpan<float> labels, ReadOnlySpan<float> predictions, int columns);

    /// <summary>Accumulates <c>[rows, columns]</c> label and score rows, row-major, with one weight per row.</summary>
    /// <param name="labels">The label rows.</param>
    /// <param name="predictions">The score rows.</param>
    /// <param name="columns">The row length.</param>
    /// <param name="weights">The row weights.</param>
    /// <returns>The updated metric.</returns>
    TSelf Update(ReadOnlySpan<float> labels, ReadOnlySpan<float> predictions, int columns, ReadOnlySpan<float> weights);

    /// <summary>Accumulates <c>[rows, columns]</c> label and score rows, row-major.</summary>
    /// <param name="labels">The label rows.</param>
    /// <param name="predictions">The score rows.</param>
    /// <param name="columns">The row length.</param>
    /// <returns>The updated metric.</returns>
    TSelf Update(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, int columns);

    /// <summary>Accumulates <c>[rows, columns]</c> label and score rows, row-major, with one weight per row.</summary>
    /// <param name="labels">The label rows.</param>
    /// <param name="predictions">The score rows.</param>
    /// <param name="columns">The row length.</param>
    /// <param name="weights">The row weights.</param>
    /// <returns>The updated metric.</returns>
    TSelf Update(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, int columns, ReadOnlySpan<double> weights);
}
