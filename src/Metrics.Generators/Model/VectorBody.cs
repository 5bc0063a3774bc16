namespace Metrics.Generators.Model;

/// <summary>
/// An update function's body translated to lane-wise vector code. Templates use <c>{V}</c> for the static vector
/// class (e.g. <c>Vector256</c>) and <c>{T}</c> for the vector type (e.g. <c>Vector256&lt;double&gt;</c>); the lane
/// inputs are named <c>__label</c> and <c>__prediction</c>.
/// </summary>
/// <param name="Statements">Local declarations, in order.</param>
/// <param name="Contributions">The expression contributed to each assigned state field.</param>
/// <param name="Merge">For a metric with a user merge, that merge translated lane-wise (each lane holds a state, and
/// the contribution is merged into it); null when fields are summed, minimised or maximised lane-wise.</param>
internal sealed record VectorBody(EquatableArray<string> Statements, EquatableArray<FieldContribution> Contributions, LaneMerge? Merge = null);

/// <summary>One state field's contribution expression in a <see cref="VectorBody"/>.</summary>
/// <param name="Field">The state field.</param>
/// <param name="Expression">The vector expression template.</param>
internal sealed record FieldContribution(string Field, string Expression);
