using System.Runtime.InteropServices;

namespace Metrics.Kernels;

/// <summary>
/// The lane accumulators of one dependency chain of the vector loop: field <c>Fk</c> accumulates the generated
/// operator's <c>k</c>-th state field. A plain struct of vectors, so that the JIT keeps the fields a metric uses in
/// registers (fields no operator touches are never loaded); a metric with more than 8 state fields keeps the scalar
/// path, and a fused pass (<c>FusedPairOperator</c>) packs its members' fields up to
/// <see cref="Capacity"/>.
/// </summary>
/// <typeparam name="TVector">The vector type of <see cref="double"/> lanes.</typeparam>
[StructLayout(LayoutKind.Sequential)]
public struct Lanes<TVector>
    where TVector : struct
{
    /// <summary>The number of state fields a vectorized operator may have.</summary>
    public const int Capacity = 16;

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

    /// <summary>The accumulator of state field 8.</summary>
    public TVector F8;

    /// <summary>The accumulator of state field 9.</summary>
    public TVector F9;

    /// <summary>The accumulator of state field 10.</summary>
    public TVector F10;

    /// <summary>The accumulator of state field 11.</summary>
    public TVector F11;

    /// <summary>The accumulator of state field 12.</summary>
    public TVector F12;

    /// <summary>The accumulator of state field 13.</summary>
    public TVector F13;

    /// <summary>The accumulator of state field 14.</summary>
    public TVector F14;

    /// <summary>The accumulator of state field 15.</summary>
    public TVector F15;
}
