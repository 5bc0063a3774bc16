namespace Metrics.Generators.Analyzers;

/// <summary>
/// The APIs that a pure metric function must not use (MET023), by category:
/// <list type="bullet">
/// <item>console: <c>System.Console</c>;</item>
/// <item>I/O: every type of <c>System.IO</c> and its sub-namespaces except <c>System.IO.Path</c>; <c>System.Net</c>;
/// <c>System.Diagnostics.Process</c>;</item>
/// <item>randomness: <c>System.Random</c>, <c>System.Security.Cryptography.RandomNumberGenerator</c>,
/// <c>Guid.NewGuid</c>, <c>Guid.CreateVersion7</c>;</item>
/// <item>clock: <c>DateTime.Now/UtcNow/Today</c>, <c>DateTimeOffset.Now/UtcNow</c>, <c>System.Diagnostics.Stopwatch</c>,
/// <c>System.TimeProvider</c>;</item>
/// <item>environment: <c>System.Environment</c>;</item>
/// <item>threads and tasks: every type of <c>System.Threading</c> and <c>System.Threading.Tasks</c>
/// (<c>Task</c>, <c>Thread</c>, <c>ThreadPool</c>, <c>Parallel</c>, <c>Timer</c>, <c>Interlocked</c>, locks...).</item>
/// </list>
/// </summary>
internal static class ImpureApis
{
    public const string Console = "console output";
    public const string InputOutput = "I/O";
    public const string Randomness = "randomness";
    public const string Clock = "the clock";
    public const string Environment = "the process environment";
    public const string Threading = "threads and tasks";

    /// <summary>The category of an impure member, or null when it is not on the list.</summary>
    public static string? Classify(ISymbol member)
    {
        var type = member.ContainingType;
        if (type is null)
        {
            return null;
        }

        while (type.ContainingType is not null)
        {
            type = type.ContainingType;
        }

        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        var full = ns.Length == 0 ? type.Name : ns + "." + type.Name;
        switch (full)
        {
            case "System.Console":
                return Console;
            case "System.IO.Path":
                return null;
            case "System.Diagnostics.Process":
                return InputOutput;
            case "System.Random":
            case "System.Security.Cryptography.RandomNumberGenerator":
                return Randomness;
            case "System.Guid" when member.Name is "NewGuid" or "CreateVersion7":
                return Randomness;
            case "System.DateTime" when member.Name is "Now" or "UtcNow" or "Today":
            case "System.DateTimeOffset" when member.Name is "Now" or "UtcNow":
            case "System.Diagnostics.Stopwatch":
            case "System.TimeProvider":
                return Clock;
            case "System.Environment":
                return Environment;
        }

        if (ns == "System.IO" || ns.StartsWith("System.IO.", System.StringComparison.Ordinal)
            || ns == "System.Net" || ns.StartsWith("System.Net.", System.StringComparison.Ordinal))
        {
            return InputOutput;
        }

        return ns is "System.Threading" or "System.Threading.Tasks" ? Threading : null;
    }
}
