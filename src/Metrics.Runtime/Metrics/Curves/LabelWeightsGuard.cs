using System.Globalization;

namespace Metrics;

/// <summary>The check that a label-weight list (Keras's <c>label_weights</c>) has one weight per label column.</summary>
internal static class LabelWeightsGuard
{
    /// <summary>No label weights (every label weighs 1); shared, because every element's <c>new()</c> runs the initializer.</summary>
    public static readonly ParameterArray<double> Equal = ParameterArray.Create<double>([]);

    /// <summary>Throws when <paramref name="labelWeights"/> is given but its length is not <paramref name="labels"/>.</summary>
    /// <param name="labelWeights">The weights, or empty for none.</param>
    /// <param name="labels">The number of label columns.</param>
    public static void Check(ParameterArray<double> labelWeights, int labels)
    {
        if (labelWeights.Length != 0 && labelWeights.Length != labels)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"LabelWeights has {labelWeights.Length} weights but there are {labels} labels (NumLabels = {labels}); give one weight per label or none."),
                "LabelWeights");
        }
    }
}
