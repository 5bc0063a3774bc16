using System.Globalization;
using System.Text;

namespace Metrics.Cli;

/// <summary>
/// Parses <c>--metrics</c>: comma-separated registry names, each optionally followed by <c>(key=value, ...)</c>.
/// Values are numbers (invariant culture: integers as <c>long</c>, others as <c>double</c>), <c>true</c>/<c>false</c>,
/// <c>null</c>, quoted (<c>'...'</c> or <c>"..."</c>) or bare strings, and <c>[a, b]</c> arrays; commas inside
/// parentheses, brackets or quotes do not split. The values are checked by the registry, not here.
/// </summary>
internal sealed class MetricSpecParser
{
    private readonly string _text;
    private int _at;

    private MetricSpecParser(string text) => _text = text;

    /// <summary>Parses the whole option value.</summary>
    /// <exception cref="CliException">The text is not a list of metrics (exit code 2), naming the character where it goes wrong.</exception>
    public static IReadOnlyList<MetricSpec> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new MetricSpecParser(text);
        var specs = new List<MetricSpec>();
        do
        {
            specs.Add(parser.Spec());
        }
        while (parser.TryTake(','));

        parser.SkipSpaces();
        if (parser._at < text.Length)
        {
            throw parser.Error($"unexpected '{text[parser._at]}'");
        }

        return specs;
    }

    private MetricSpec Spec()
    {
        SkipSpaces();
        var start = _at;
        var name = Word();
        if (name.Length == 0)
        {
            throw Error(_at < _text.Length ? $"expected a metric name, found '{_text[_at]}'" : "expected a metric name");
        }

        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (TryTake('('))
        {
            if (!TryTake(')'))
            {
                do
                {
                    SkipSpaces();
                    var key = Word();
                    if (key.Length == 0)
                    {
                        throw Error($"expected an argument name in the arguments of '{name}'");
                    }

                    if (!TryTake('='))
                    {
                        throw Error($"expected '=' after the argument '{key}' of '{name}'");
                    }

                    if (!arguments.TryAdd(key, Value()))
                    {
                        throw Error($"the argument '{key}' of '{name}' is given twice");
                    }
                }
                while (TryTake(','));

                if (!TryTake(')'))
                {
                    throw Error($"expected ',' or ')' in the arguments of '{name}'");
                }
            }
        }

        return new MetricSpec(_text[start.._at].Trim(), name, arguments);
    }

    private object? Value()
    {
        SkipSpaces();
        if (_at >= _text.Length)
        {
            throw Error("expected a value");
        }

        var c = _text[_at];
        if (c is '\'' or '"')
        {
            return Quoted(c);
        }

        if (c == '[')
        {
            _at++;
            var items = new List<object?>();
            if (!TryTake(']'))
            {
                do
                {
                    items.Add(Value());
                }
                while (TryTake(','));

                if (!TryTake(']'))
                {
                    throw Error("expected ',' or ']' in an array");
                }
            }

            return items.ToArray();
        }

        var start = _at;
        while (_at < _text.Length && _text[_at] is not (',' or ')' or ']' or '(' or '[' or '=' or '\'' or '"'))
        {
            _at++;
        }

        var bare = _text[start.._at].Trim();
        if (bare.Length == 0)
        {
            throw Error("expected a value");
        }

        return Bare(bare);
    }

    private static object? Bare(string text)
    {
        if (text is "true" or "True" or "TRUE")
        {
            return true;
        }

        if (text is "false" or "False" or "FALSE")
        {
            return false;
        }

        if (text is "null" or "none" or "None")
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        // Only the plain number forms: "NaN" and "Infinity" stay strings, which the registry converts by its own rules.
        if (text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.')
            && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return text;
    }

    private string Quoted(char quote)
    {
        var opening = _at;
        _at++;
        var text = new StringBuilder();
        while (_at < _text.Length && _text[_at] != quote)
        {
            if (_text[_at] == '\\' && _at + 1 < _text.Length)
            {
                _at++;
            }

            text.Append(_text[_at]);
            _at++;
        }

        if (_at >= _text.Length)
        {
            _at = opening;
            throw Error($"the string opened with {quote} is not closed");
        }

        _at++;
        return text.ToString();
    }

    private string Word()
    {
        var start = _at;
        while (_at < _text.Length && (char.IsAsciiLetterOrDigit(_text[_at]) || _text[_at] is '_' or '-' or '.'))
        {
            _at++;
        }

        var word = _text[start.._at];
        SkipSpaces();
        return word;
    }

    private bool TryTake(char c)
    {
        SkipSpaces();
        if (_at < _text.Length && _text[_at] == c)
        {
            _at++;
            return true;
        }

        return false;
    }

    private void SkipSpaces()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
        {
            _at++;
        }
    }

    private CliException Error(string problem) =>
        CliException.Usage($"--metrics \"{_text}\": {problem} (character {Math.Min(_at, _text.Length) + 1}).");
}
