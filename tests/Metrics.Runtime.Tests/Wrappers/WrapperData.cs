using System;

namespace Metrics.Runtime.Tests.Wrappers;

/// <summary>Seeded regression and classification batches for the wrapper tests.</summary>
internal static class WrapperData
{
    /// <summary>Labels and predictions with prediction = label + noise.</summary>
    public static (double[] Labels, double[] Predictions) Regression(int length, int seed)
    {
        var random = new Random(seed);
        var labels = new double[length];
        var predictions = new double[length];
        for (var i = 0; i < length; i++)
        {
            labels[i] = random.NextDouble() * 4.0;
            predictions[i] = labels[i] + ((random.NextDouble() - 0.3) * 2.0);
        }

        return (labels, predictions);
    }

    /// <summary>Class labels in [0, classes) and predicted classes that are right about two times in three.</summary>
    public static (double[] Labels, double[] Predictions) Classes(int length, int classes, int seed)
    {
        var random = new Random(seed);
        var labels = new double[length];
        var predictions = new double[length];
        for (var i = 0; i < length; i++)
        {
            labels[i] = random.Next(classes);
            predictions[i] = random.Next(3) == 0 ? random.Next(classes) : labels[i];
        }

        return (labels, predictions);
    }
}
