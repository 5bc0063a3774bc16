using System.Globalization;

namespace Metrics.Data;

/// <summary>Invariant-culture reading of text cells; anything else is refused with its value.</summary>
internal static class CellParsing
{
    /// <summary>2⁵³: every integer up to it is a double exactly.</summary>
    private const ulong ExactIntegers = 1UL << 53;

    /// <summary>10⁰ … 10²², every one a double exactly.</summary>
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    public static bool TryNumber(ReadOnlySpan<char> text, out double value) =>
        TryPlainDecimal(text, out value) || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// A plain decimal (<c>-0.125</c>, <c>42</c>, <c>.5</c>: no exponent, no blanks) whose digits, read as an integer m,
    /// are at most 2⁵³ with at most 22 of them after the point: then m and 10^k are doubles exactly and one IEEE division
    /// rounds m / 10^k correctly, which is the double <see cref="double.Parse(string)"/> returns (Clinger's fast path).
    /// Scores and 0/1 labels in CSV files are such numbers; anything else returns false for the full parser.
    /// </summary>
    internal static bool TryPlainDecimal(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var i = 0;
        var negative = text.Length > 0 && text[0] == '-';
        if (negative)
        {
            i++;
        }

        ulong mantissa = 0;
        int digits = 0, fraction = -1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            var digit = (uint)(c - '0');
            if (digit <= 9)
            {
                mantissa = (mantissa * 10) + digit;
                digits++;
                if (mantissa > ExactIntegers || digits > 19)
                {
                    return false;
                }

                if (fraction >= 0)
                {
                    fraction++;
                }
            }
            else if (c == '.' && fraction < 0)
            {
                fraction = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || fraction >= PowersOfTen.Length)
        {
            return false;
        }

        var magnitude = fraction > 0 ? mantissa / PowersOfTen[fraction] : mantissa;
        value = negative ? -magnitude : magnitude;
        return true;
    }

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
