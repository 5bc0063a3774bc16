namespace Metrics;

/// <summary>
/// Constrains the row length (the number of columns) of a row-shaped <c>Update</c> function's prediction row by an
/// integer parameter, e.g. <c>[RowLength(AtLeast = nameof(K))]</c> for top-k or
/// <c>[RowLength(EqualTo = nameof(NumClasses))]</c>, or by a nullable column index (<c>Above</c>). The generated batch update checks it before any row is
/// accumulated and otherwise throws an <see cref="ArgumentException"/> naming the columns and the parameter.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class RowLengthAttribute : Attribute
{
    /// <summary>The integer parameter the row length must be at least.</summary>
    public string? AtLeast { get; set; }

    /// <summary>The integer parameter the row length must equal.</summary>
    public string? EqualTo { get; set; }

    /// <summary>
    /// The <c>int?</c> parameter the row length must exceed when it has a value: a column index such as Keras'
    /// <c>class_id</c>, checked before any row is accumulated.
    /// </summary>
    public string? Above { get; set; }
}
