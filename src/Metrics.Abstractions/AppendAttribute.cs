namespace Metrics;

/// <summary>
/// A growing state field merged by concatenation: every accumulated element is kept (with its sample weight) in a
/// <see cref="SampleBuffer"/>, and merging two states concatenates their samples. Exact metrics that need every
/// score (exact ROC AUC, average precision, curves) declare their state this way.
/// </summary>
/// <remarks>
/// In an <c>Update</c> function the contribution is <c>SampleBuffer.Of(score, label)</c>. The identity is the empty
/// buffer; a weight is stored beside its sample rather than multiplied in. Not allowed together with a user
/// <c>Merge</c> (which would drop the weights).
/// </remarks>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class AppendAttribute : Attribute
{
}
