namespace Metrics.Generators.Parsing;

/// <summary>
/// Reads a metric's <c>[ShiftedMoments]</c> declaration against its state fields and its translated update: the count,
/// squares and co-moment fields are <c>[Sum]</c> doubles, the shifts and shifted means are merged by the user, every
/// other field is <c>[Sum]</c>, <c>[Min]</c> or <c>[Max]</c>; the update assigns the count 1 and each shift (the value
/// whose moments are kept) and leaves the means, squares and co-moment at 0. A declaration that does not hold gives
/// the reason, which keeps the update scalar (MET024 reports it).
/// </summary>
internal static class ShiftedMomentsParser
{
    private const string One = "{V}.Create(1d)";

    /// <summary>The declared moments; (null, null) when the metric declares none.</summary>
    public static (ShiftedMoments? Moments, string? Reason) Parse(INamedTypeSymbol type, IReadOnlyList<StateField> fields, VectorBody body)
    {
        if (MetricSymbols.FindAttribute(type, KnownNames.ShiftedMomentsAttribute) is not { } attribute)
        {
            return (null, null);
        }

        var names = attribute.ConstructorArguments.Select(a => a.Value as string).ToList();
        if (names.Count is not (4 or 8) || names.Any(n => n is null) || names.Distinct().Count() != names.Count)
        {
            return (null, "[ShiftedMoments] names its fields more than once or not at all");
        }

        var positions = new List<int>();
        foreach (var name in names)
        {
            var k = fields.Select((f, i) => (f.Name, i)).FirstOrDefault(x => x.Name == name).i;
            if (k >= fields.Count || fields[k].Name != name || fields[k].Type != StateFieldType.Double)
            {
                return (null, $"[ShiftedMoments] names '{name}', which is not a double state field");
            }

            positions.Add(k);
        }

        // One value: count, shift, mean, squares. A pair: count, shift x, shift y, mean x, mean y, squares x, squares y, co-moment.
        var pair = positions.Count == 8;
        var values = pair
            ? new[] { (positions[1], positions[3], positions[5]), (positions[2], positions[4], positions[6]) }
            : new[] { (positions[1], positions[2], positions[3]) };
        var summed = new[] { positions[0] }.Concat(values.Select(v => v.Item3)).Concat(pair ? new[] { positions[7] } : System.Array.Empty<int>()).ToList();
        var userMerged = values.SelectMany(v => new[] { v.Item1, v.Item2 }).ToList();
        foreach (var k in summed.Where(k => fields[k].Merge != MergeKind.Sum))
        {
            return (null, $"[ShiftedMoments] field '{fields[k].Name}' is a sum and must be [Sum]");
        }

        foreach (var k in userMerged.Where(k => fields[k].Merge != MergeKind.Custom))
        {
            return (null, $"[ShiftedMoments] field '{fields[k].Name}' is a shift or a shifted mean, merged by Merge, and takes no merge attribute");
        }

        foreach (var field in fields.Where((f, k) => !positions.Contains(k) && f.Merge == MergeKind.Custom))
        {
            return (null, $"the state field '{field.Name}' is neither one of the [ShiftedMoments] nor [Sum], [Min] or [Max]");
        }

        if (Contribution(body, fields[positions[0]]) != One)
        {
            return (null, $"the update does not assign the [ShiftedMoments] count '{fields[positions[0]].Name}' the value 1");
        }

        var zeroed = values.SelectMany(v => new[] { v.Item2, v.Item3 }).Concat(pair ? new[] { positions[7] } : System.Array.Empty<int>());
        foreach (var k in zeroed.Where(k => Contribution(body, fields[k]) is not (null or "{T}.Zero" or "{V}.Create(0d)")))
        {
            return (null, $"the update assigns the [ShiftedMoments] field '{fields[k].Name}', which the moments of one element leave at 0");
        }

        var moments = new List<MomentValue>();
        foreach (var (shift, mean, squares) in values)
        {
            if (Contribution(body, fields[shift]) is not { } value)
            {
                return (null, $"the update does not assign the [ShiftedMoments] shift '{fields[shift].Name}' the element's value");
            }

            moments.Add(new MomentValue(shift, mean, squares, value));
        }

        return (new ShiftedMoments(positions[0], moments.ToEquatableArray(), pair ? positions[7] : -1), null);
    }

    private static string? Contribution(VectorBody body, StateField field) =>
        body.Contributions.FirstOrDefault(c => c.Field == field.Name)?.Expression;
}
