using System;

namespace Metrics;

/// <summary>
/// Gives the length of a <see cref="SumArray"/> state field as the product of integer parameters, e.g.
/// <c>[Sum, SizedBy(nameof(NumClasses), nameof(NumClasses))]</c> for a confusion matrix.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class SizedByAttribute : Attribute
{
    /// <summary>Declares the parameters whose product is the array's length.</summary>
    /// <param name="parameters">Names of integer <see cref="ParameterAttribute"/> properties.</param>
    public SizedByAttribute(params string[] parameters) => Parameters = parameters;

    /// <summary>Names of the parameters whose product is the array's length.</summary>
    public string[] Parameters { get; }
}
