using System.Collections.Generic;

namespace Metrics.Docs.Tests;

/// <summary>
/// The data a snippet's reader already has in hand: statements that run before a block marked
/// <c>&lt;!-- snippet: harness NAME --&gt;</c>, declaring the variables it uses. Small, but with real masks, weights
/// and shards, so that a snippet runs its whole path. Lines after a <c>// declarations</c> line are type declarations
/// the page showed earlier; they go after the snippet.
/// </summary>
public static class SnippetHarnesses
{
    /// <summary>The statements of each harness, by name.</summary>
    public static IReadOnlyDictionary<string, string> Statements { get; } = new Dictionary<string, string>
    {
        ["batch"] = """
            double[] labels = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
            double[] predictions = [1.5, 1.0, 3.2, 7.5, 5.0, 0.0];
            bool[] valid = [true, true, true, true, true, false];
            double[] w = [1.0, 2.0, 1.0, 0.5, 1.0, 1.0];
            """,
        ["custom-metric"] = """
            double[] labels = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
            double[] predictions = [1.5, 1.0, 3.2, 7.5, 5.0, 0.0];
            bool[] valid = [true, true, true, true, true, false];
            double[] w = [1.0, 2.0, 1.0, 0.5, 1.0, 1.0];
            var shardA = new HuberLoss().Update(labels.AsSpan(0, 3), predictions.AsSpan(0, 3));
            var shardB = new HuberLoss().Update(labels.AsSpan(3), predictions.AsSpan(3));
            """,
        ["state-across-processes"] = """"
            var configPath = Path.Combine(Path.GetTempPath(), $"metrics-{Guid.NewGuid():N}.json");
            File.WriteAllText(configPath, """{"metrics": [{"name": "auc", "class_name": "roc_auc"}, {"name": "mse", "class_name": "mse"}]}""");
            int[] labels = [0, 1, 1, 0];
            double[] scores = [0.2, 0.9, 0.6, 0.3];
            var myShard = new ExactAuc().Update(new[] { 1, 0 }, new[] { 0.8, 0.1 });
            """",
        ["custom-metric-declared"] = """
            // declarations
            [Metric]
            public partial record struct HuberLoss
            {
                [Parameter(Min = 0, MinExclusive = true)] public double Delta { get; init; } = 1.0;
                [Sum] public double Total;
                [Sum] public double Count;

                static HuberLoss Update(double label, double prediction, double delta)
                {
                    var e = Math.Abs(prediction - label);
                    return new() { Total = e <= delta ? 0.5 * e * e : delta * (e - 0.5 * delta), Count = 1 };
                }

                public readonly double Compute() => Total / Count;
            }
            """,
        ["columns"] = """
            var y = System.Numerics.Tensors.Tensor.Create(new[] { 1.0, 10.0, 2.0, 20.0, 3.0, 35.0 }, [3, 2]);
            var p = System.Numerics.Tensors.Tensor.Create(new[] { 1.2, 12.0, 1.8, 18.0, 3.1, 30.0 }, [3, 2]);
            """,
        ["regression"] = """
            double[] targets = [3.0, -0.5, 2.0, 7.0, 4.5];
            double[] predictions = [2.5, 0.0, 2.0, 8.0, 4.0];
            var shardA = (Labels: new[] { 1.0, 2.0, 3.0 }, Predictions: new[] { 1.1, 1.9, 3.2 });
            var shardB = (Labels: new[] { 4.0, 5.0 }, Predictions: new[] { 3.8, 5.3 });
            double[] y0 = [1.0, 2.0, 3.0], p0 = [1.2, 1.8, 3.1], y1 = [10.0, 20.0, 35.0], p1 = [12.0, 18.0, 30.0];
            double[,] targets2D = { { 1.0, 10.0 }, { 2.0, 20.0 }, { 3.0, 35.0 } };
            double[,] predictions2D = { { 1.2, 12.0 }, { 1.8, 18.0 }, { 3.1, 30.0 } };
            bool[] realRows = [true, true, false];
            double[] rowWeights = [1.0, 2.0, 1.0];
            double[,] relevance = { { 1, 0, 2, 0 }, { 0, 0, 1, 1 } };
            double[,] scores = { { 0.9, 0.8, 0.7, 0.1 }, { 0.2, 0.4, 0.6, 0.8 } };
            bool[] realQueries = [true, true];
            double[,] queries = { { 1.0, 0.0, 0.5 }, { 0.0, 1.0, -0.5 } };
            double[,] keys = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 }, { 1, 1, 1 }, { -1, 0, 1 } };
            int[,] indices = { { 0, 1, 2, 3 }, { 4, 3, 2, 1 } };
            """,
        ["registry"] = """
            double[] labels = [1, 0, 1, 1, 0, 0, 1, 0];
            double[] scores = [0.9, 0.2, 0.4, 0.8, 0.6, 0.1, 0.7, 0.3];
            bool[] mask = [true, true, true, true, true, true, true, false];
            double[] weights = [1, 1, 2, 1, 1, 0.5, 1, 1];
            """,
        ["functional"] = """
            double[] yTrue = [0, 1, 1, 1, 1, 0, 0, 0];
            double[] yPred = [0.1, 0.6, 0.4, 0.8, 0.7, 0.3, 0.4, 0.6];
            var yTrueTensor = System.Numerics.Tensors.Tensor.Create(yTrue, [2, 4]);
            var yPredTensor = System.Numerics.Tensors.Tensor.Create(yPred, [2, 4]);
            """,
    };
}
