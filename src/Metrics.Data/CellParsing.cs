using System;
using System.Globalization;

namespace Metrics.Data;

/// <summary>Invariant-culture reading of text cells; anything else is refused with its value.</summary>
internal static class CellParsing
{
    public static bool TryNumber(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    public static bool TryFlag(ReadOnlySpan<char> text, out bool value)
    {
        var trimmed = text.Trim();
        if (trimmed.Equals("1", StringComparison.Ordinal) || trimmed.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        if (trimmed.Equals("0", StringComparison.Ordinal) || trimmed.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            value = false;
            return true;
        }

        value = false;
        return false;
    }

    /// <summary>The cell as shown in a message: at most 40 characters.</summary>
    public static string Shown(ReadOnlySpan<char> text) =>
        text.Length <= 40 ? $"'{text}'" : $"'{text[..40]}...' ({text.Length} characters)";
}
