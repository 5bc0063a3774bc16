using System;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>What SPEC §7 and the README document for one bad input.</summary>
internal enum Expectation
{
    /// <summary>Rejected with an ArgumentException naming one of the case's arguments, the state unchanged.</summary>
    Reject,

    /// <summary>Accepted and nothing changes (an empty or all-masked batch, a merge with an empty state).</summary>
    NoOp,

    /// <summary>Rejected, or accepted with a value that is not finite (NaN propagates).</summary>
    PropagateOrReject,

    /// <summary>Rejected, or accepted with bitwise the value of <see cref="MatrixCase.Equivalent"/> (NaN counts as a documented value).</summary>
    SameAsOrReject,

    /// <summary>Accepted with the value of <see cref="MatrixCase.Equivalent"/> within rounding (a masked row is as if absent).</summary>
    RoundsAs,

    /// <summary>Rejected or accepted, as long as nothing but a clear exception escapes and a rejection changes nothing.</summary>
    AnyClear,
}

/// <summary>
/// One row of the matrix: what is done to a metric that already holds data, and what must follow. Update cases carry the
/// bad batch; merge cases carry the other metric.
/// </summary>
/// <param name="Name">The case, as listed in failures and in <see cref="KnownElsewhere"/>.</param>
/// <param name="Expect">What must follow.</param>
/// <param name="ParamNames">For rejections: the arguments the exception may name (compared without case or separators).</param>
/// <param name="Apply">Does it to the subject.</param>
/// <param name="Equivalent">For <see cref="Expectation.SameAsOrReject"/> and <see cref="Expectation.RoundsAs"/>: the update whose value it must give.</param>
/// <param name="Batch">For update cases, the batch (a path that cannot carry it does not run the case).</param>
internal sealed record MatrixCase(
    string Name,
    Expectation Expect,
    string[] ParamNames,
    Action<IMatrixSubject> Apply,
    Action<IMatrixSubject>? Equivalent = null,
    MatrixBatch? Batch = null);
