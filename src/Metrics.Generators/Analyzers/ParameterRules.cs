using System.Globalization;

namespace Metrics.Generators.Analyzers;

/// <summary>
/// The rules on a <c>[Parameter]</c>'s type and declared range, shared by the parser (which generates nothing for a
/// metric that breaks them, and validates and configures a parameter by its kind) and <see cref="ParameterAnalyzer"/>
/// (which says why: MET031, MET032, and MET034 for a type without a configuration form).
/// </summary>
internal static class ParameterRules
{
    /// <summary>
    /// Why a parameter type is not an immutable value compared by value, or null when it is: a number, bool, char,
    /// string, enum, <c>Metrics.ParameterArray&lt;T&gt;</c> of those, a readonly struct implementing
    /// <c>IEquatable</c> of itself (e.g. <c>CurveThresholds</c>), or a nullable of those.
    /// </summary>
    public static string? MutableTypeReason(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return MutableTypeReason(nullable.TypeArguments[0]);
        }

        if (type.SpecialType is SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_SByte
            or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32
            or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single
            or SpecialType.System_Double or SpecialType.System_Decimal or SpecialType.System_String
            || type.TypeKind == TypeKind.Enum)
        {
            return null;
        }

        if (type is INamedTypeSymbol { IsGenericType: true } named
            && named.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::Metrics.ParameterArray<T>")
        {
            return MutableTypeReason(named.TypeArguments[0]);
        }

        return type switch
        {
            IArrayTypeSymbol => "an array can change element by element after validation and is compared by reference by Merge; use ParameterArray<T>",
            { TypeKind: TypeKind.Interface } => "an interface may hide a mutable class compared by reference by Merge",
            { TypeKind: TypeKind.Struct } when type.IsReadOnly && ImplementsEquatableOfItself(type) => null,
            { TypeKind: TypeKind.Struct } => "a struct that is not a readonly struct implementing IEquatable<itself> can hold mutable state and is not compared by value",
            { TypeKind: TypeKind.TypeParameter } => "a type parameter may be a mutable class",
            _ => "a class is compared by reference by Merge and can change after validation",
        };
    }

    /// <summary>
    /// How a parameter of an immutable type (see <see cref="MutableTypeReason"/>) is validated and configured: an
    /// <c>int</c>, <c>long</c>, <c>float</c> or <c>double</c>, an enum, a <c>ParameterArray</c> or nullable of those
    /// numbers, a <c>bool</c>, or a type implementing <c>Metrics.IConfigValue&lt;itself&gt;</c>; anything else
    /// (<c>string</c>, <c>decimal</c>, a nullable enum, ...) is <see cref="ParameterKind.Other"/>, which has no
    /// configuration form (MET034).
    /// </summary>
    public static ParameterKind Kind(ITypeSymbol type) =>
        type.TypeKind == TypeKind.Enum ? ParameterKind.Enum
        : IsConfigNumber(type) ? ParameterKind.Numeric
        : IsNumericArray(type) ? ParameterKind.NumericArray
        : type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            && IsConfigNumber(nullable.TypeArguments[0]) ? ParameterKind.NullableNumeric
        : type.SpecialType == SpecialType.System_Boolean ? ParameterKind.Flag
        : IsConfigValue(type) ? ParameterKind.ConfigValue
        : ParameterKind.Other;

    /// <summary>
    /// The declared range as shown in messages (<c>[5, 1]</c>, <c>(1, 2) holds no integer</c>) when it admits no value,
    /// or null when some value is valid. Integer parameters (and integer lists) need an integer in the range.
    /// </summary>
    public static string? EmptyRange(ITypeSymbol type, double min, bool minExclusive, double max, bool maxExclusive)
    {
        var shown = (minExclusive ? "(" : "[") + Format(min) + ", " + Format(max) + (maxExclusive ? ")" : "]");
        if (double.IsNaN(min) || double.IsNaN(max) || min > max || (min == max && (minExclusive || maxExclusive)))
        {
            return shown;
        }

        if (!IsInteger(ElementType(type)) || double.IsInfinity(min) || double.IsInfinity(max))
        {
            return null;
        }

        var lowest = minExclusive ? System.Math.Floor(min) + 1 : System.Math.Ceiling(min);
        var highest = maxExclusive ? System.Math.Ceiling(max) - 1 : System.Math.Floor(max);
        return lowest > highest ? shown + " holds no integer" : null;
    }

    /// <summary>The bounds a <c>[Parameter]</c> attribute declares, with the attribute's defaults (unbounded, inclusive).</summary>
    public static (double Min, bool MinExclusive, double Max, bool MaxExclusive) Range(AttributeData attribute)
    {
        var min = double.NegativeInfinity;
        var max = double.PositiveInfinity;
        bool minExclusive = false, maxExclusive = false;
        foreach (var named in attribute.NamedArguments)
        {
            switch (named.Key, named.Value.Value)
            {
                case ("Min", double value):
                    min = value;
                    break;
                case ("Max", double value):
                    max = value;
                    break;
                case ("MinExclusive", bool value):
                    minExclusive = value;
                    break;
                case ("MaxExclusive", bool value):
                    maxExclusive = value;
                    break;
            }
        }

        return (min, minExclusive, max, maxExclusive);
    }

    private static ITypeSymbol ElementType(ITypeSymbol type) => type switch
    {
        INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable => nullable.TypeArguments[0],
        INamedTypeSymbol { IsGenericType: true, Name: "ParameterArray" } array => array.TypeArguments[0],
        _ => type,
    };

    private static bool IsInteger(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16
            or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
            or SpecialType.System_Int64 or SpecialType.System_UInt64;

    private static bool IsConfigNumber(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_Double or SpecialType.System_Single
            or SpecialType.System_Int32 or SpecialType.System_Int64;

    private static bool IsNumericArray(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true } named
        && named.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::Metrics.ParameterArray<T>"
        && IsConfigNumber(named.TypeArguments[0]);

    private static bool IsConfigValue(ITypeSymbol type) =>
        type.AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString() == KnownNames.ConfigValueInterface
            && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], type));

    private static bool ImplementsEquatableOfItself(ITypeSymbol type) =>
        type.AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString() == "System.IEquatable<T>"
            && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], type));

    private static string Format(double value) =>
        double.IsPositiveInfinity(value) ? "∞"
        : double.IsNegativeInfinity(value) ? "-∞"
        : value.ToString("R", CultureInfo.InvariantCulture);
}
