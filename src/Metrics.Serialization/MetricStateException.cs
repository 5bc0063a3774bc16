using System;
using System.IO;

namespace Metrics;

/// <summary>
/// A serialized state that a reader refuses: another metric's, another layout's, a newer format's, truncated,
/// corrupted or impossible. The message names what differs; <see cref="Problem"/> says which case it is.
/// </summary>
public sealed class MetricStateException : InvalidDataException
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

    /// <summary>Why the state was refused.</summary>
    public MetricStateProblem Problem { get; }
}
