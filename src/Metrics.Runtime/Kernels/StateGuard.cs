using System.Globalization;

namespace Metrics.Kernels;

/// <summary>
/// Checks called by generated metrics on the state itself, not on a batch: a metric that no constructor ran on, and
/// state arrays whose size (from the parameters) cannot be allocated or no longer matches the parameters.
/// </summary>
public static class StateGuard
{
    /// <summary>
    /// The product of two sizes in 64 bits: exact when it fits, <see cref="long.MaxValue"/> when it does not, negative
    /// when a factor is negative, so that the size check sees every wrong size and never a wrapped-around one.
    /// </summary>
    /// <param name="a">A size.</param>
    /// <param name="b">A size.</param>
    /// <returns>The saturated product.</returns>
    public static long Product(long a, long b)
    {
        if (a < 0 || b < 0)
        {
            return -1;
        }

        return a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;
    }

    /// <summary>Whether a state array of <paramref name="cells"/> cells can exist: from 0 to <see cref="Array.MaxLength"/>.</summary>
    /// <param name="cells">The number of cells the parameters require.</param>
    /// <returns>Whether the size is valid.</returns>
    public static bool Fits(long cells) => cells >= 0 && cells <= Array.MaxLength;

    /// <summary>The exception for a state array whose size from the parameters is negative or above <see cref="Array.MaxLength"/>.</summary>
    /// <param name="metric">The metric's name.</param>
    /// <param name="array">The state array's name.</param>
    /// <param name="parameter">The parameter (or size property) the size comes from.</param>
    /// <param name="size">How the size is computed, e.g. <c>NumClasses × NumClasses</c>.</param>
    /// <param name="cells">The size (saturated at <see cref="long.MaxValue"/>; negative when a factor is).</param>
    /// <param name="parameters">The metric's parameter values.</param>
    /// <returns>The exception to throw.</returns>
    public static ArgumentOutOfRangeException TooLarge(string metric, string array, string parameter, string size, long cells, string parameters)
    {
        var needs = cells < 0
            ? Format($"{size} is negative")
            : cells == long.MaxValue
                ? Format($"{size} is more than {long.MaxValue} cells")
                : Format($"{size} = {cells} cells");
        return new ArgumentOutOfRangeException(
            parameter,
            Format($"{metric}: the state array {array} needs {needs} ({parameters}); a state array holds 0 to {Array.MaxLength} cells (Array.MaxLength). Lower {parameter}."));
    }

    /// <summary>
    /// The exception for a state array allocated for other parameters than the metric now has (a sizing parameter
    /// changed with <c>with</c> after the state was updated).
    /// </summary>
    /// <param name="metric">The metric's name.</param>
    /// <param name="array">The state array's name.</param>
    /// <param name="size">How the size is computed from the parameters, e.g. <c>NumClasses × NumClasses</c>.</param>
    /// <param name="cells">The cells the array holds.</param>
    /// <param name="required">The cells the parameters require.</param>
    /// <param name="parameters">The metric's parameter values.</param>
    /// <returns>The exception to throw.</returns>
    public static InvalidOperationException Mismatch(string metric, string array, string size, int cells, long required, string parameters) =>
        new(Format($"{metric}: the state array {array} holds {cells} cells but {size} requires {required} cells ({parameters}): a sizing parameter was changed (with {{ ... }}) after the state was updated. Change sizing parameters only on an empty state (Empty() first), or construct a new metric."));

    /// <summary>The exception for a metric with parameters that no constructor ran on (<c>default(T)</c>).</summary>
    /// <param name="type">The metric type's name.</param>
    /// <returns>The exception to throw.</returns>
    public static InvalidOperationException NotConstructed(string type) =>
        new(Format($"This {type} was never constructed: it is default({type}) (an element of a new array, an unassigned field), whose parameters are zeros instead of the declared defaults. Create it with new {type}(...) or MetricRegistry.Create, e.g. metrics[i] = new {type}();"));

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
