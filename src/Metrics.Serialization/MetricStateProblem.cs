namespace Metrics;

/// <summary>Why a reader refused a serialized state.</summary>
public enum MetricStateProblem
{
    /// <summary>The input is not a serialized metric state at all (its first bytes are not the format's magic number).</summary>
    NotAState,

    /// <summary>The input was written by a newer version of the format than this reader knows.</summary>
    NewerFormat,

    /// <summary>The input holds another metric's state.</summary>
    OtherMetric,

    /// <summary>
    /// The input holds this metric's state under another layout (a state field added, removed or retyped) or other
    /// parameters than those required.
    /// </summary>
    OtherLayout,

    /// <summary>The input ends before the state does.</summary>
    Truncated,

    /// <summary>The checksum does not match the content: the bytes were changed after they were written.</summary>
    Corrupted,

    /// <summary>A stored size or value is impossible (a count beyond the bytes present, a size that would overflow, an invalid parameter).</summary>
    Invalid,
}
