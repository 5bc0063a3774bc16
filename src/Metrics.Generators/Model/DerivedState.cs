namespace Metrics.Generators.Model;

/// <summary>The state of a derived metric: another metric's, held in its one <c>[Statistics]</c> field.</summary>
/// <param name="FieldName">The <c>[Statistics]</c> field.</param>
/// <param name="StatisticsType">The <c>global::</c>-qualified type of the statistics metric.</param>
/// <param name="UserTemplate">Whether the user declared <c>StatisticsTemplate()</c>, which then maps the parameters.</param>
/// <param name="Statistics">The model of the statistics metric (its update overloads, layout and weights), set once the
/// generator has every metric's model (<see cref="Parsing.DerivedResolver"/>); null straight from the parser.</param>
/// <param name="TemplateArguments">The statistics metric's constructor arguments, each named and read from the derived
/// metric's parameter of the same name (<c>threshold: this.Threshold</c>); empty with <paramref name="UserTemplate"/>.</param>
/// <param name="SharedKeys">Whether the statistics field is <c>[SharedKeys]</c>: batches are queries, keys shared by the
/// batch and per-query indices, scored by dot products (<see cref="Emitting.SharedKeysEmitter"/>), not the statistics'
/// own batches.</param>
internal sealed record DerivedState(
    string FieldName,
    string StatisticsType,
    bool UserTemplate,
    MetricModel? Statistics = null,
    EquatableArray<string> TemplateArguments = default,
    bool SharedKeys = false)
{
    /// <summary>The field name as an identifier in code.</summary>
    public string Identifier => Naming.Escape(FieldName);
}
