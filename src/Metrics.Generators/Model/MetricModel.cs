namespace Metrics.Generators.Model;

/// <summary>Everything the emitter needs to know about one <c>[Metric]</c> declaration; equatable, symbol-free.</summary>
/// <param name="Namespace">The containing namespace, empty for the global namespace.</param>
/// <param name="TypeName">The metric type's simple name.</param>
/// <param name="FullyQualifiedName">The <c>global::</c>-qualified type name.</param>
/// <param name="DisplayName">The name shown by <c>ToString</c> and <c>MetricName</c>.</param>
/// <param name="ContainingTypes">Outer types, outermost first, to re-open around the emitted part.</param>
/// <param name="Fields">The state fields in declaration order.</param>
/// <param name="Parameters">The parameters in declaration order.</param>
/// <param name="HasUserMerge">Whether the type declares <c>static T Merge(T, T)</c>.</param>
/// <param name="ResultType">The <c>global::</c>-qualified return type of <c>Compute()</c>.</param>
/// <param name="Updates">The element update functions.</param>
/// <param name="DeclaresParameterlessConstructor">Whether the user wrote <c>T()</c> (then it is not emitted).</param>
/// <param name="HintName">The generated file's name.</param>
/// <param name="DeclaredUpdateSignatures">The parameter-type keys of the user's own methods named <c>Update</c>, which no generated overload may repeat.</param>
/// <param name="Statistics">For a derived metric (one <c>[Statistics]</c> field), the metric whose state it shares; then
/// <paramref name="Fields"/> is empty and <paramref name="Updates"/> are the statistics metric's, which the generated overloads forward to.</param>
/// <param name="Mean">For a function metric (one <c>[MeanOf]</c> function), that function: the generator declares
/// <paramref name="Fields"/>, the one update function and <c>Compute()</c>.</param>
/// <param name="Cells">For a per-column metric (one <c>[Cells]</c> field), its cells; then <paramref name="Fields"/> and
/// <paramref name="Updates"/> are empty.</param>
internal sealed record MetricModel(
    string Namespace,
    string TypeName,
    string FullyQualifiedName,
    string DisplayName,
    EquatableArray<ContainingType> ContainingTypes,
    EquatableArray<StateField> Fields,
    EquatableArray<MetricParameter> Parameters,
    bool HasUserMerge,
    string ResultType,
    EquatableArray<UpdateFunction> Updates,
    bool DeclaresParameterlessConstructor,
    string HintName,
    EquatableArray<string> DeclaredUpdateSignatures,
    DerivedState? Statistics = null,
    MeanFunction? Mean = null,
    CellState? Cells = null)
{
    /// <summary>Whether weighted overloads can be offered: every summed field must hold a fractional value.</summary>
    public bool SupportsWeights
    {
        get
        {
            if (Statistics is not null)
            {
                return Statistics.Statistics?.SupportsWeights ?? true;
            }

            foreach (var state in Fields)
            {
                if (state.Merge == MergeKind.Sum && state.Type == StateFieldType.Long)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>An outer type to re-open, e.g. <c>partial class Outer</c>.</summary>
/// <param name="Keyword">The declaration keyword(s): <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c>, <c>interface</c>.</param>
/// <param name="Name">The type's simple name (in a <see cref="MetricSkeleton"/>, with its type parameter list).</param>
internal sealed record ContainingType(string Keyword, string Name);
