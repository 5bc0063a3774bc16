namespace Metrics;

/// <summary>
/// Supplies a metric's state fields, one call per field in declaration order
/// (<see cref="IPersistentMetric{TSelf}.ReadState{TReader}"/>). A format implements it; it throws when its input
/// does not hold the value asked for.
/// </summary>
public interface IMetricStateReader
{
    /// <summary>A <see cref="double"/> field.</summary>
    /// <param name="name">The field's name as declared.</param>
    /// <returns>The value.</returns>
    double Real(string name);

    /// <summary>A <see cref="long"/> field.</summary>
    /// <param name="name">The field's name as declared.</param>
    /// <returns>The value.</returns>
    long Whole(string name);

    /// <summary>A <see cref="SumArray"/> field of exactly <paramref name="length"/> cells.</summary>
    /// <param name="name">The field's name as declared.</param>
    /// <param name="length">The number of cells the parameters require.</param>
    /// <returns>The array (allocated).</returns>
    SumArray Cells(string name, int length);

    /// <summary>A <see cref="SampleBuffer"/> field.</summary>
    /// <param name="name">The field's name as declared.</param>
    /// <returns>The samples.</returns>
    SampleBuffer Samples(string name);
}
