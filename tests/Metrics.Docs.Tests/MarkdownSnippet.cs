namespace Metrics.Docs.Tests;

/// <summary>
/// One fenced <c>csharp</c> block of a Markdown page: where it is, its code, and the directive of the
/// <c>&lt;!-- snippet: ... --&gt;</c> comment on the line above it (null when there is none).
/// </summary>
public sealed record MarkdownSnippet(string File, int Line, string Code, string? Directive)
{
    /// <summary>The harness whose statements run before the block (<c>snippet: harness NAME</c>), if any.</summary>
    public string? Harness => Word(0) == "harness" ? Word(1) : null;

    /// <summary>The diagnostic id the block must produce (<c>snippet: expect MET001</c>), if any.</summary>
    public string? ExpectedDiagnostic => Word(0) == "expect" ? Word(1) : null;

    /// <summary>Shown by the test runner for each case: the page and line.</summary>
    public override string ToString() => $"{File}:{Line}";

    private string? Word(int index)
    {
        var words = Directive?.Split(' ', System.StringSplitOptions.RemoveEmptyEntries) ?? [];
        return index < words.Length ? words[index] : null;
    }
}
