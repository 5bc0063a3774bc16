using System;

namespace Metrics.Serialization.Worker;

/// <summary>A batch of the dot-product ranking metrics: query rows, shared keys, candidate indices and their labels.</summary>
/// <param name="Labels">Per row, each candidate's relevance (0 or 1).</param>
/// <param name="Queries">Per row, the query embedding.</param>
/// <param name="Keys">The key embeddings every row indexes into.</param>
/// <param name="Indices">Per row, the candidates' key indices.</param>
/// <param name="Mask">Per row, whether it counts.</param>
/// <param name="Weights">Per row, its weight.</param>
public sealed record DotProductData(double[] Labels, double[] Queries, double[] Keys, int[] Indices, bool[] Mask, double[] Weights)
{
    /// <summary>Features per embedding.</summary>
    public const int Features = 3;

    private const int Rows = 16;
    private const int Candidates = 4;
    private const int KeyCount = 10;

    /// <summary>The batch of a seed.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The batch.</returns>
    public static DotProductData Batch(int seed)
    {
        var random = new Random(seed);
        double Next() => (random.NextDouble() * 2) - 1;
        var labels = new double[Rows * Candidates];
        var indices = new int[Rows * Candidates];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = random.Next(2);
            indices[i] = random.Next(KeyCount);
        }

        var queries = new double[Rows * Features];
        var keys = new double[KeyCount * Features];
        for (var i = 0; i < queries.Length; i++)
        {
            queries[i] = Next();
        }

        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Next();
        }

        var mask = new bool[Rows];
        var weights = new double[Rows];
        for (var r = 0; r < Rows; r++)
        {
            mask[r] = random.NextDouble() < 0.85;
            weights[r] = 0.5 + random.NextDouble();
        }

        return new DotProductData(labels, queries, keys, indices, mask, weights);
    }
}
