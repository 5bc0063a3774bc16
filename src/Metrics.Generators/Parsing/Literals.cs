using System.Globalization;

namespace Metrics.Generators.Parsing;

/// <summary>Formats constants as culture-invariant, round-tripping C# literals.</summary>
internal static class Literals
{
    public static string? Constant(object? value, ITypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Enum)
        {
            var underlying = value is null ? "0" : System.Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            return "(" + type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ")(" + underlying + ")";
        }

        if (value is null && type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return "null";
        }

        return (type.SpecialType, value) switch
        {
            (SpecialType.System_Double, null) => "0d",
            (SpecialType.System_Single, null) => "0f",
            (SpecialType.System_Int32, null) => "0",
            (SpecialType.System_Int64, null) => "0L",
            (SpecialType.System_Boolean, null) => "false",
            (SpecialType.System_Double, _) => Double(System.Convert.ToDouble(value, CultureInfo.InvariantCulture)),
            (SpecialType.System_Single, _) => Single(System.Convert.ToSingle(value, CultureInfo.InvariantCulture)),
            (SpecialType.System_Int32, _) => System.Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            (SpecialType.System_Int64, _) => System.Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + "L",
            (SpecialType.System_Boolean, bool b) => b ? "true" : "false",
            (SpecialType.System_String, string s) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(s, quote: true),
            _ => null,
        };
    }

    public static string Double(double value) =>
        double.IsNaN(value) ? "double.NaN"
        : double.IsPositiveInfinity(value) ? "double.PositiveInfinity"
        : double.IsNegativeInfinity(value) ? "double.NegativeInfinity"
        : value.ToString("R", CultureInfo.InvariantCulture) + "d";

    private static string Single(float value) =>
        float.IsNaN(value) ? "float.NaN"
        : float.IsPositiveInfinity(value) ? "float.PositiveInfinity"
        : float.IsNegativeInfinity(value) ? "float.NegativeInfinity"
        : value.ToString("R", CultureInfo.InvariantCulture) + "f";
}
