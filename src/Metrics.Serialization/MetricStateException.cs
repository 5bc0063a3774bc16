namespace Metrics;

/// <summary>
/// A serialized state that a reader refuses: another metric's, another layout's, a newer format's, truncated,
/// corrupted or impossible. The message names what differs; <see cref="Problem"/> says which case it is.
/// </summary>
public sealed class MetricStateException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">Why the state was refused.</param>
    /// <param name="message">What differs, for people.</param>
    /// <param name="inner">The exception that revealed the problem, if any.</param>
    public MetricStateException(MetricStateProblem problem, string message, Exception? inner = null)
        : base(message, inner)
    {
        Problem = problem;
    }

    /// <summary>Creates the exception for an input that is not a state at all.</summary>
    public MetricStateException()
        : this(MetricStateProblem.NotAState, "The input is not a serialized metric state.")
    {
    }

    /// <summary>Creates the exception for an impossible input.</summary>
    /// <param name="message">What is wrong, for people.</param>
    public MetricStateException(string message)
        : this(MetricStateProblem.Invalid, message)
    {
    }

    /// <summary>Creates the exception for an impossible input.</summary>
    /// <param name="message">What is wrong, for people.</param>
    /// <param name="inner">The exception that revealed the problem.</param>
    public MetricStateException(string message, Exception inner)
        : this(MetricStateProblem.Invalid, message, inner)
    {
    }

    /// <summary>Why the state was refused.</summary>
    public MetricStateProblem Problem { get; }
}
