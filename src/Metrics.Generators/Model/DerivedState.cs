namespace Metrics.Generators.Model;

/// <summary>The state of a derived metric: another metric's, held in its one <c>[Statistics]</c> field.</summary>
/// <param name="FieldName">The <c>[Statistics]</c> field.</param>
/// <param name="Statistics">The model of the statistics metric, whose update overloads, layout and weights the derived metric takes.</param>
/// <param name="TemplateArguments">The statistics metric's constructor arguments, each named and read from the derived
/// metric's parameter of the same name (<c>threshold: this.Threshold</c>); empty with <paramref name="UserTemplate"/>.</param>
/// <param name="UserTemplate">Whether the user declared <c>StatisticsTemplate()</c>, which then maps the parameters.</param>
internal sealed record DerivedState(
    string FieldName,
    MetricModel Statistics,
    EquatableArray<string> TemplateArguments,
    bool UserTemplate)
{
    /// <summary>The field name as an identifier in code.</summary>
    public string Identifier => Naming.Escape(FieldName);

    /// <summary>The <c>global::</c>-qualified type of the statistics metric.</summary>
    public string StatisticsType => Statistics.FullyQualifiedName;
}
