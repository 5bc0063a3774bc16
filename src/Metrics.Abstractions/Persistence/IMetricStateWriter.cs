namespace Metrics;

/// <summary>
/// Receives a metric's state fields, one call per field in declaration order
/// (<see cref="IPersistentMetric{TSelf}.WriteState{TWriter}"/>). A format implements it.
/// </summary>
public interface IMetricStateWriter
{
    /// <summary>A <see cref="double"/> field.</summary>
    /// <param name="name">The field's name as declared.</param>
    /// <param name="value">The value.</param>
    void Real(string name, double value);

    /// <summary>A <see cref="long"/> field.</summary>
    /// <param name="name">The field's name as declared.</param>
    /// <param name="value">The value.</param>
    void Whole(string name, long value);

    /// <summary>
    /// A <see cref="SumArray"/> field, at the length the parameters require (an array never written to is all
    /// zeros, and is written as such, so that equal states give equal output).
    /// </summary>
    /// <param name="name">The field's name as declared.</param>
    /// <param name="cells">The array.</param>
    /// <param name="length">The number of cells the parameters require.</param>
    void Cells(string name, SumArray cells, int length);

    /// <summary>A <see cref="SampleBuffer"/> field.</summary>
    /// <param name="name">The field's name as declared.</param>
    /// <param name="samples">The samples.</param>
    void Samples(string name, SampleBuffer samples);
}
