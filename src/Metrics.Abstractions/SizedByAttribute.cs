namespace Metrics;

/// <summary>
/// Gives the length of a <see cref="SumArray"/> state field as the product of integer parameters, e.g.
/// <c>[Sum, SizedBy(nameof(NumClasses), nameof(NumClasses))]</c> for a confusion matrix. A name may also be an
/// <c>int</c> or <c>long</c> instance property computed from the parameters (e.g. the number of bins of a threshold list;
/// <c>long</c> so that a product of parameters cannot wrap around). A size above <see cref="Array.MaxLength"/> is
/// rejected with an <see cref="ArgumentOutOfRangeException"/> naming the parameter when the metric is constructed.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class SizedByAttribute : Attribute
{
    /// <summary>Declares the parameters whose product is the array's length.</summary>
    /// <param name="parameters">Names of integer <see cref="ParameterAttribute"/> properties (or computed int properties).</param>
    public SizedByAttribute(params string[] parameters) => Parameters = parameters;

    /// <summary>Names of the parameters whose product is the array's length.</summary>
    public string[] Parameters { get; }
}
