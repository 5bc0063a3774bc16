namespace Metrics.Generators.Model;

/// <summary>
/// The shifted moments a metric declares with <c>[ShiftedMoments]</c>, as positions among its state fields (lane field
/// <c>Fk</c> for state field <c>k</c>). In the kernel's lanes the count field holds Σw, each shift field the lane's
/// shift (its first kept value), each mean field Σw·d, each squares field Σw·d² and the co-moment field
/// Σw·dx·dy, with d = value − shift; the fold turns them into the declared moments and merges each lane with the
/// metric's own merge.
/// </summary>
/// <param name="Count">The count field.</param>
/// <param name="Values">One entry per value (x, or x and y).</param>
/// <param name="Comoment">The co-moment field of a pair; −1 for one value.</param>
internal sealed record ShiftedMoments(int Count, EquatableArray<MomentValue> Values, int Comoment);

/// <summary>One value of <see cref="ShiftedMoments"/>.</summary>
/// <param name="Shift">The shift field.</param>
/// <param name="Mean">The shifted-mean field.</param>
/// <param name="Squares">The squares field.</param>
/// <param name="Value">The lane template of the value (the update's contribution to the shift field).</param>
internal sealed record MomentValue(int Shift, int Mean, int Squares, string Value);
