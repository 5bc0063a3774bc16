using System.Runtime.InteropServices;

namespace Metrics.Kernels;

/// <summary>
/// The lane accumulators of one dependency chain of the vector loop: field <c>Fk</c> accumulates the generated
/// operator's <c>k</c>-th state field. A plain struct of vectors, so that the JIT keeps the fields a metric uses in
/// registers; a metric with more than <see cref="Capacity"/> state fields keeps the scalar path.
/// </summary>
/// <typeparam name="TVector">The vector type of <see cref="double"/> lanes.</typeparam>
[StructLayout(LayoutKind.Sequential)]
public struct Lanes<TVector>
    where TVector : struct
{
    /// <summary>The number of state fields a vectorized operator may have.</summary>
    public const int Capacity = 8;

    /// <summary>The accumulator of state field 0.</summary>
    public TVector F0;

    /// <summary>The accumulator of state field 1.</summary>
    public TVector F1;

    /// <summary>The accumulator of state field 2.</summary>
    public TVector F2;

    /// <summary>The accumulator of state field 3.</summary>
    public TVector F3;

    /// <summary>The accumulator of state field 4.</summary>
    public TVector F4;

    /// <summary>The accumulator of state field 5.</summary>
    public TVector F5;

    /// <summary>The accumulator of state field 6.</summary>
    public TVector F6;

    /// <summary>The accumulator of state field 7.</summary>
    public TVector F7;
}
