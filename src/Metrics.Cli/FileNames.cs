using System.Text;

namespace Metrics.Cli;

/// <summary>Turns a member name or a group key into part of a file name.</summary>
internal static class FileNames
{
    /// <summary>The text with every character other than an ASCII letter, digit, '-', '_' or '.' replaced by '_'; "_" for empty text.</summary>
    public static string Safe(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        return safe.Length == 0 ? "_" : safe.ToString();
    }
}
