namespace Metrics;

/// <summary>
/// Marks an integer argument of an <c>Update</c> function as a class index. The generated batch update checks,
/// before any element is accumulated, that every unmasked value lies in <c>[0, classes)</c> and otherwise throws an
/// <see cref="ArgumentOutOfRangeException"/> naming the argument, the position and the value.
/// </summary>
/// <remarks>
/// The number of classes is the row length for row-shaped updates (the default), a constant
/// (<c>[ClassIndex(2)]</c> for binary labels), or the value of an integer parameter
/// (<c>[ClassIndex(nameof(NumClasses))]</c>).
/// </remarks>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class ClassIndexAttribute : Attribute
{
    /// <summary>Class indices are checked against the length of the row they belong to.</summary>
    public ClassIndexAttribute()
    {
    }

    /// <summary>Class indices are checked against a fixed number of classes.</summary>
    /// <param name="classes">The number of classes; 2 for binary labels.</param>
    public ClassIndexAttribute(int classes) => Classes = classes;

    /// <summary>Class indices are checked against the value of an integer parameter.</summary>
    /// <param name="parameter">The name of the <see cref="ParameterAttribute"/> property that holds the number of classes.</param>
    public ClassIndexAttribute(string parameter) => Parameter = parameter;

    /// <summary>The fixed number of classes, when one was given.</summary>
    public int Classes { get; }

    /// <summary>The parameter holding the number of classes, when one was named.</summary>
    public string? Parameter { get; }

    /// <summary>
    /// The name of an <c>int?</c> parameter whose value (when set) is exempt from the range check: an ignored class
    /// such as Keras' <c>ignore_class</c>, which may lie outside the classes (−1, 255).
    /// </summary>
    public string? Ignore { get; set; }
}
