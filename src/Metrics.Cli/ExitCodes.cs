namespace Metrics.Cli;

/// <summary>The exit codes of the <c>metrics</c> tool, which scripts can rely on (docs/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>Something unexpected failed (a bug, or an output that could not be written).</summary>
    public const int Unexpected = 1;

    /// <summary>A bad command line: an unknown option, a missing value, an unknown metric or argument, a bad configuration file.</summary>
    public const int Usage = 2;

    /// <summary>A data file cannot be evaluated: missing or unreadable, a missing column, a non-numeric cell, a ragged row, an empty file.</summary>
    public const int Data = 3;

    /// <summary>A state file cannot be merged: missing, unreadable, corrupt, or of another collection configuration.</summary>
    public const int State = 4;
}
