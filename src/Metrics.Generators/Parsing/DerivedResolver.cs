namespace Metrics.Generators.Parsing;

/// <summary>
/// Completes a derived metric's model with its statistics metric's, taken from the models of every metric of the
/// compilation: the update functions the derived overloads forward to, and the mapping of parameters by name. A derived
/// metric whose statistics metric has no model, or whose parameters do not map, is not generated (MET035/MET036 explain).
/// </summary>
internal static class DerivedResolver
{
    public static MetricModel? Resolve(MetricModel model, ImmutableArray<MetricModel> all)
    {
        if (model.Statistics is not { } derived)
        {
            return model;
        }

        var statistics = all.FirstOrDefault(m => m.Statistics is null && m.FullyQualifiedName == derived.StatisticsType);
        if (statistics is null)
        {
            return null;
        }

        var arguments = new List<string>();
        if (!derived.UserTemplate)
        {
            foreach (var wanted in statistics.Parameters)
            {
                var given = model.Parameters.FirstOrDefault(p => p.Name == wanted.Name && p.Type == wanted.Type);
                if (given is null)
                {
                    return null;
                }

                arguments.Add($"{wanted.ArgumentName}: this.{given.Identifier}");
            }
        }

        return model with
        {
            // A [SharedKeys] metric's batches are its own (queries, keys, indices), not the statistics'.
            Updates = derived.SharedKeys ? EquatableArray<UpdateFunction>.Empty : statistics.Updates,
            Statistics = derived with { Statistics = statistics, TemplateArguments = arguments.ToEquatableArray() },
        };
    }
}
