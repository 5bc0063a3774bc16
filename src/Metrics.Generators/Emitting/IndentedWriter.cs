using System.Text;

namespace Metrics.Generators.Emitting;

/// <summary>
/// A small indented text writer: every line written is prefixed with the current indentation, and multi-line
/// text is re-indented line by line, so blocks can be written at any depth.
/// </summary>
internal sealed class IndentedWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new(16 * 1024);
    private int _indent;

    /// <summary>
    /// The index in <c>MetricModel.Updates</c> of the update function whose overloads are being written; -1 while
    /// none is (the type's own <c>Update</c> methods claim their signatures under -1).
    /// </summary>
    public int Claimant { get; set; } = -1;

    /// <summary>
    /// The parameter-type keys of the <c>Update</c> methods the type already has or that were written, each with its
    /// claimant (see <see cref="Claimant"/> and <c>UpdateEmitter.Claim</c>).
    /// </summary>
    public System.Collections.Generic.Dictionary<string, int> ClaimedSignatures { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The overloads left out because another claimant held their signature: the signature, its holder and the
    /// update function that lost it (reported by the analyzers as MET030).
    /// </summary>
    public System.Collections.Generic.List<(string Signature, int Holder, int Loser)> DroppedOverloads { get; } = new();

    public void Indent() => _indent++;

    public void Unindent()
    {
        if (_indent == 0)
        {
            throw new InvalidOperationException("Unbalanced indentation.");
        }

        _indent--;
    }

    public void WriteLine() => _builder.Append('\n');

    public void WriteLine(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0)
            {
                _builder.Append('\n');
                continue;
            }

            for (var i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(trimmed).Append('\n');
        }
    }

    /// <summary>Writes <paramref name="header"/> and an opening brace, and indents.</summary>
    public void OpenBlock(string header)
    {
        WriteLine(header);
        WriteLine("{");
        Indent();
    }

    /// <summary>Unindents and writes the closing brace (with an optional suffix such as <c>;</c>).</summary>
    public void CloseBlock(string suffix = "")
    {
        Unindent();
        WriteLine("}" + suffix);
    }

    public override string ToString()
    {
        if (_indent != 0)
        {
            throw new InvalidOperationException("Unbalanced indentation.");
        }

        return _builder.ToString();
    }
}
