namespace Metrics.Generators.Model;

/// <summary>How a state field combines across elements and shards.</summary>
internal enum MergeKind
{
    /// <summary>Combined by the type's own <c>Merge</c> function.</summary>
    Custom,

    /// <summary>Addition; weights scale the contribution.</summary>
    Sum,

    /// <summary>Minimum; identity +∞.</summary>
    Min,

    /// <summary>Maximum; identity −∞.</summary>
    Max,

    /// <summary>Concatenation of kept samples (<c>[Append] SampleBuffer</c>); weights are stored, not multiplied in.</summary>
    Append,
}

/// <summary>The storage type of a state field.</summary>
internal enum StateFieldType
{
    Double,
    Long,
    SumArray,
    SampleBuffer,
    Other,
}

/// <summary>A state field of a metric.</summary>
/// <param name="Name">The field name.</param>
/// <param name="Merge">How it merges.</param>
/// <param name="Type">Its storage type.</param>
/// <param name="SizedBy">For array fields, the parameters (or size properties) whose product is the length.</param>
/// <param name="SizingParameters">For array fields, the parameters the length depends on (through size properties too).</param>
internal sealed record StateField(string Name, MergeKind Merge, StateFieldType Type, EquatableArray<string> SizedBy, EquatableArray<string> SizingParameters)
{
    /// <summary>The name as an identifier in code (escaped with <c>@</c> if it is a keyword).</summary>
    public string Identifier => Naming.Escape(Name);
}
