using System;
using System.Numerics.Tensors;

namespace Metrics.Benchmarks;

/// <summary>Touches every value a read baseline returns (the sum of labels and scores), so that nothing it reads is dead.</summary>
internal static class DataSums
{
    public static double Of(ReadOnlySpan<int> labels, ReadOnlySpan<float> scores)
    {
        long positives = 0;
        foreach (var label in labels)
        {
            positives += label;
        }

        return positives + (double)TensorPrimitives.Sum(scores);
    }
}
