namespace Metrics;

/// <summary>The value of a <see cref="RunningWindow{TMetric}"/> of a metric whose value is a <see cref="double"/>.</summary>
public static class RunningWindowExtensions
{
    /// <summary>The metric's value over the window's last updates.</summary>
    /// <typeparam name="TMetric">The metric.</typeparam>
    /// <param name="window">The running window.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="window"/> is null.</exception>
    public static double Compute<TMetric>(this RunningWindow<TMetric> window)
        where TMetric : struct, IRegistrableMetric<TMetric>, IMetric<TMetric, double>
    {
        System.ArgumentNullException.ThrowIfNull(window);
        return window.Merged().Compute();
    }
}
