using Microsoft.CodeAnalysis.Text;

namespace Metrics.Generators.Model;

/// <summary>A diagnostic the generator reports, held without a <see cref="Location"/> so that it can be cached.</summary>
/// <param name="Descriptor">The diagnostic's descriptor.</param>
/// <param name="Location">Where it is reported.</param>
/// <param name="AdditionalLocations">Other locations it names.</param>
/// <param name="Arguments">The message's arguments.</param>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    LocationInfo Location,
    EquatableArray<LocationInfo> AdditionalLocations,
    EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic() => Diagnostic.Create(
        Descriptor,
        Location.ToLocation(),
        System.Linq.Enumerable.Select(AdditionalLocations, l => l.ToLocation()),
        System.Linq.Enumerable.ToArray<object>(Arguments));
}

/// <summary>A source location as values: file, span and line span.</summary>
/// <param name="FilePath">The syntax tree's path.</param>
/// <param name="Span">The text span.</param>
/// <param name="LineSpan">The line and column span.</param>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static LocationInfo From(Location location) =>
        new(location.SourceTree?.FilePath ?? string.Empty, location.SourceSpan, location.GetLineSpan().Span);

    public Location ToLocation() => Microsoft.CodeAnalysis.Location.Create(FilePath, Span, LineSpan);
}
