namespace Metrics.Generators.Model;

/// <summary>
/// The per-element function of a function metric (<c>[MeanOf]</c>): the generator declares the two summed fields, the
/// update function that returns <c>new() { Sum = Function(...), Count = 1 }</c> and <c>Compute()</c>, the mean; the
/// rest of the metric is generated as for a hand-declared mean metric with those members.
/// </summary>
/// <param name="FunctionName">The <c>[MeanOf]</c> function's name, as an identifier.</param>
/// <param name="SumField">The field holding the (weighted) sum of the function's values.</param>
/// <param name="CountField">The field holding the (weighted) number of elements.</param>
/// <param name="TypeParameters">The function's type parameter list (<c>&lt;T&gt;</c>), empty when it is not generic.</param>
/// <param name="Parameters">The function's parameter list as the update function declares it (types <c>global::</c>-qualified).</param>
/// <param name="Constraints">The type parameters' constraint clauses, empty when there are none.</param>
/// <param name="Arguments">The function's parameter names, as the update function passes them on.</param>
internal sealed record MeanFunction(
    string FunctionName,
    string SumField,
    string CountField,
    string TypeParameters,
    string Parameters,
    string Constraints,
    string Arguments);
