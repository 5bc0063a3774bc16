using System.Collections.Frozen;
using System.Linq;

namespace Metrics;

/// <summary>A per-sample functional metric: one value per sample from row-major labels and predictions.</summary>
/// <param name="yTrue">Labels, row-major.</param>
/// <param name="yPred">Predictions, row-major.</param>
/// <param name="lastAxis">The length of the last axis.</param>
/// <returns>One value per sample.</returns>
public delegate double[] PerSampleMetric(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int lastAxis);

public static partial class Functional
{
    // The identifiers of TF.js' tf.metrics.get and Keras 2's keras.metrics module, spelled exactly (they differ by case
    // and separator: cosine_proximity is Keras 2's positive similarity, cosineProximity TF.js' negative one).
    private static readonly FrozenDictionary<string, PerSampleMetric> ByName = new Dictionary<string, PerSampleMetric>(StringComparer.Ordinal)
    {
        ["binaryAccuracy"] = static (t, p, n) => BinaryAccuracy(t, p, n),
        ["binary_accuracy"] = static (t, p, n) => BinaryAccuracy(t, p, n),
        ["categoricalAccuracy"] = CategoricalAccuracy,
        ["categorical_accuracy"] = CategoricalAccuracy,
        ["sparseCategoricalAccuracy"] = SparseCategoricalAccuracy,
        ["sparse_categorical_accuracy"] = SparseCategoricalAccuracy,
        ["categoricalCrossentropy"] = static (t, p, n) => CategoricalCrossentropy(t, p, n),
        ["categorical_crossentropy"] = static (t, p, n) => CategoricalCrossentropy(t, p, n),
        ["sparseCategoricalCrossentropy"] = static (t, p, n) => SparseCategoricalCrossentropy(t, p, n),
        ["sparse_categorical_crossentropy"] = static (t, p, n) => SparseCategoricalCrossentropy(t, p, n),
        ["binaryCrossentropy"] = static (t, p, n) => BinaryCrossentropy(t, p, n),
        ["binary_crossentropy"] = static (t, p, n) => BinaryCrossentropy(t, p, n),
        ["meanSquaredError"] = MeanSquaredError,
        ["mean_squared_error"] = MeanSquaredError,
        ["mse"] = MeanSquaredError,
        ["MSE"] = MeanSquaredError,
        ["meanAbsoluteError"] = MeanAbsoluteError,
        ["mean_absolute_error"] = MeanAbsoluteError,
        ["mae"] = MeanAbsoluteError,
        ["MAE"] = MeanAbsoluteError,
        ["meanAbsolutePercentageError"] = MeanAbsolutePercentageError,
        ["mean_absolute_percentage_error"] = MeanAbsolutePercentageError,
        ["mape"] = MeanAbsolutePercentageError,
        ["MAPE"] = MeanAbsolutePercentageError,
        ["mean_squared_logarithmic_error"] = MeanSquaredLogarithmicError,
        ["msle"] = MeanSquaredLogarithmicError,
        ["MSLE"] = MeanSquaredLogarithmicError,
        ["hinge"] = Hinge,
        ["squared_hinge"] = SquaredHinge,
        ["categorical_hinge"] = CategoricalHinge,
        ["logcosh"] = LogCosh,
        ["huber"] = static (t, p, n) => Huber(t, p, n),
        ["kullback_leibler_divergence"] = KLDivergence,
        ["kld"] = KLDivergence,
        ["KLD"] = KLDivergence,
        ["poisson"] = Poisson,
        ["cosine_proximity"] = CosineSimilarity,
        ["cosine_similarity"] = CosineSimilarity,
        ["cosineProximity"] = CosineProximity,
        ["cosine"] = CosineProximity,
        ["top_k_categorical_accuracy"] = static (t, p, n) => TopKCategoricalAccuracy(t, p, n),
        ["sparse_top_k_categorical_accuracy"] = static (t, p, n) => SparseTopKCategoricalAccuracy(t, p, n),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The per-sample function a TF.js (<c>tf.metrics.get</c>) or Keras 2 (<c>keras.metrics</c>) identifier names, spelled
    /// exactly: <c>"mse"</c>, <c>"MSE"</c>, <c>"mape"</c>, <c>"MAPE"</c>, <c>"binaryAccuracy"</c>, <c>"hinge"</c>,
    /// <c>"kld"</c>, ... <c>"cosine_proximity"</c> and <c>"cosine_similarity"</c> are Keras 2's positive similarity;
    /// <c>"cosineProximity"</c> and <c>"cosine"</c> are TF.js' negative one (TF.js' map has <c>cosine</c>).
    /// </summary>
    /// <param name="identifier">The identifier.</param>
    /// <returns>The function, taking row-major labels, predictions and the last axis' length.</returns>
    /// <exception cref="ArgumentException">No function has that identifier.</exception>
    public static PerSampleMetric Get(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return ByName.TryGetValue(identifier, out var metric)
            ? metric
            : throw new ArgumentException(
                $"No functional metric is named '{identifier}'; the identifiers are {string.Join(", ", Identifiers)}.", nameof(identifier));
    }

    /// <summary>Every identifier <see cref="Get"/> resolves, sorted ordinally.</summary>
    public static IReadOnlyList<string> Identifiers { get; } = [.. ByName.Keys.Order(StringComparer.Ordinal)];

    /// <summary>TF.js' alias <c>MSE</c> of <see cref="MeanSquaredError(ReadOnlySpan{double}, ReadOnlySpan{double}, int)"/>.</summary>
    /// <param name="yTrue">Targets, row-major.</param>
    /// <param name="yPred">Predictions, same shape.</param>
    /// <param name="lastAxis">The length of the last axis (the whole length for a 1-D input).</param>
    public static double[] MSE(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int lastAxis) => MeanSquaredError(yTrue, yPred, lastAxis);

    /// <summary>TF.js' alias <c>MSE</c> on tensors.</summary>
    /// <param name="yTrue">Targets.</param>
    /// <param name="yPred">Predictions, same shape.</param>
    public static Tensor<double> MSE(Tensor<double> yTrue, Tensor<double> yPred) => MeanSquaredError(yTrue, yPred);

    /// <summary>TF.js' alias <c>MAPE</c> of <see cref="MeanAbsolutePercentageError(ReadOnlySpan{double}, ReadOnlySpan{double}, int)"/> (a percentage, ε = 1e-7).</summary>
    /// <param name="yTrue">Targets, row-major.</param>
    /// <param name="yPred">Predictions, same shape.</param>
    /// <param name="lastAxis">The length of the last axis (the whole length for a 1-D input).</param>
    public static double[] MAPE(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int lastAxis) => MeanAbsolutePercentageError(yTrue, yPred, lastAxis);

    /// <summary>TF.js' alias <c>MAPE</c> on tensors.</summary>
    /// <param name="yTrue">Targets.</param>
    /// <param name="yPred">Predictions, same shape.</param>
    public static Tensor<double> MAPE(Tensor<double> yTrue, Tensor<double> yPred) => MeanAbsolutePercentageError(yTrue, yPred);
}
