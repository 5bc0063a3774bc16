namespace Metrics.Data;

/// <summary>
/// A file or data frame that cannot be evaluated as mapped: a missing column, a cell that is not a number, a ragged
/// row, an empty file, a column of the wrong type. Names the source, the row and the column where known; nothing
/// read before the error is reported as a result.
/// </summary>
public sealed class DataFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DataFileException()
        : this("The data file cannot be read.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public DataFileException(string message)
        : base(message)
    {
        Source = "";
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DataFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Source = "";
    }

    /// <summary>Creates the exception for a place in a source.</summary>
    /// <param name="source">The file path, or the data frame's description.</param>
    /// <param name="row">The 1-based row (in a CSV file, the header is row 1), or null when the whole source is at fault.</param>
    /// <param name="column">The column, or null.</param>
    /// <param name="problem">What is wrong there.</param>
    /// <param name="innerException">The cause, or null.</param>
    public DataFileException(string source, long? row, string? column, string problem, Exception? innerException = null)
        : base(Describe(source, row, column, problem), innerException)
    {
        Source = source;
        Row = row;
        Column = column;
        Problem = problem;
    }

    /// <summary>The file path, or the data frame's description.</summary>
    public new string Source { get; }

    /// <summary>The 1-based row (in a CSV file, the header is row 1), or null.</summary>
    public long? Row { get; }

    /// <summary>The column, or null.</summary>
    public string? Column { get; }

    /// <summary>What is wrong, without the place.</summary>
    public string? Problem { get; }

    private static string Describe(string source, long? row, string? column, string problem)
    {
        var place = source;
        if (row is { } r)
        {
            place += $", row {r}";
        }

        if (column is not null)
        {
            place += $", column '{column}'";
        }

        return $"{place}: {problem}";
    }
}
