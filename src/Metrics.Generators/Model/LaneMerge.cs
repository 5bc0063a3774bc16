namespace Metrics.Generators.Model;

/// <summary>
/// A user <c>Merge(T a, T b)</c> translated to lane-wise vector code, for the per-lane states of a metric whose whole
/// state is merged by the user (each lane of the kernel's accumulators holds one state). Templates use <c>{V}</c> and
/// <c>{T}</c> as in <see cref="VectorBody"/>; state field <c>k</c> of <c>a</c> and <c>b</c> is read from the locals
/// <c>__a{k}</c> and <c>__b{k}</c>.
/// </summary>
/// <param name="Statements">Local declarations, in order (guards of early returns are computed among them).</param>
/// <param name="Fields">The merged value of each state field, in field order.</param>
internal sealed record LaneMerge(EquatableArray<string> Statements, EquatableArray<string> Fields);
