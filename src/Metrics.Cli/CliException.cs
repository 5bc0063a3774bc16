namespace Metrics.Cli;

/// <summary>A failure the tool reports as one line on stderr with its own exit code (see <see cref="ExitCodes"/>).</summary>
internal sealed class CliException : Exception
{
    public CliException()
        : this(ExitCodes.Unexpected, "The command failed.")
    {
    }

    public CliException(string message)
        : this(ExitCodes.Unexpected, message)
    {
    }

    public CliException(string message, Exception innerException)
        : this(ExitCodes.Unexpected, message, innerException)
    {
    }

    public CliException(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    /// <summary>The exit code the failure maps to.</summary>
    public int ExitCode { get; }

    public static CliException Usage(string message, Exception? innerException = null) => new(ExitCodes.Usage, message, innerException);

    public static CliException DataFile(string message, Exception? innerException = null) => new(ExitCodes.Data, message, innerException);

    public static CliException State(string message, Exception? innerException = null) => new(ExitCodes.State, message, innerException);
}
