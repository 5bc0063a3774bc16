namespace Metrics.Plotting;

/// <summary>The checks every curve passes before it is drawn: a name, matching lengths, finite rates.</summary>
internal static class CurveCheck
{
    public static void Name(string name, string argument)
    {
        ArgumentNullException.ThrowIfNull(name, argument);
        if (name.Length == 0)
        {
            throw new ArgumentException("A curve's name must not be empty: it labels the curve in the legend.", argument);
        }
    }

    /// <summary>Throws unless both arrays have the same length, at least two points and only values in [0, 1].</summary>
    public static void Rates(string curve, string name, double[] xs, string xName, double[] ys, string yName, string argument)
    {
        ArgumentNullException.ThrowIfNull(xs, argument);
        ArgumentNullException.ThrowIfNull(ys, argument);
        if (xs.Length != ys.Length)
        {
            throw new ArgumentException(
                $"The {curve} curve '{name}' has {xs.Length} {xName} but {ys.Length} {yName}.", argument);
        }

        if (xs.Length < 2)
        {
            throw new ArgumentException(
                $"The {curve} curve '{name}' has {xs.Length} point(s): the metric has seen no sample.", argument);
        }

        Unit(curve, name, xs, xName, argument);
        Unit(curve, name, ys, yName, argument);
    }

    private static void Unit(string curve, string name, double[] values, string valueName, string argument)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                throw new ArgumentException(
                    $"The {curve} curve '{name}' is undefined: {valueName}[{i}] is NaN (the metric has not seen both classes).", argument);
            }

            if (!(values[i] >= 0 && values[i] <= 1))
            {
                throw new ArgumentException(
                    $"The {curve} curve '{name}' has {valueName}[{i}] = {values[i]}, outside [0, 1].", argument);
            }
        }
    }
}
