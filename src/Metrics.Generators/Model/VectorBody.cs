namespace Metrics.Generators.Model;

/// <summary>
/// An update function's body translated to lane-wise vector code. Templates use <c>{V}</c> for the static vector
/// class (e.g. <c>Vector256</c>) and <c>{T}</c> for the vector type (e.g. <c>Vector256&lt;double&gt;</c>); the lane
/// inputs are named <c>__label</c> and <c>__prediction</c>.
/// </summary>
/// <param name="Statements">Local declarations, in order.</param>
/// <param name="Contributions">The expression contributed to each assigned state field; for a histogram update, the one
/// array field and its cell index.</param>
/// <param name="Preconditions">Scalar conditions on the captured parameters (<c>_Name</c>) under which the body is the
/// update's lane-wise form: it took the only translatable arm of a branch on parameters. Empty: always.</param>
/// <param name="Merge">For a metric with a user merge, that merge translated lane-wise (each lane holds a state, and
/// the contribution is merged into it); null when fields are summed, minimised or maximised lane-wise.</param>
/// <param name="RoundsToElement">Whether the templates round values to a generic update's element type with
/// <c>{E}(...)</c>: arithmetic on <c>T</c> is float arithmetic in the float overloads, which double lanes reproduce
/// exactly by rounding each result to float; in the double overloads <c>{E}</c> is the identity.</param>
/// <param name="Moments">For a metric declaring <c>[ShiftedMoments]</c>, its moments: lanes accumulate power sums and
/// fold into the state through the user merge (in place of <paramref name="Merge"/>).</param>
internal sealed record VectorBody(
    EquatableArray<string> Statements,
    EquatableArray<FieldContribution> Contributions,
    EquatableArray<string> Preconditions = default,
    LaneMerge? Merge = null,
    bool RoundsToElement = false,
    ShiftedMoments? Moments = null);

/// <summary>One state field's contribution expression in a <see cref="VectorBody"/>.</summary>
/// <param name="Field">The state field.</param>
/// <param name="Expression">The vector expression template.</param>
internal sealed record FieldContribution(string Field, string Expression);
