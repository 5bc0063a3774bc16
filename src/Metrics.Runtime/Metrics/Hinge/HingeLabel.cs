namespace Metrics;

/// <summary>The label convention of the hinge metrics.</summary>
internal static class HingeLabel
{
    /// <summary>
    /// A label 0 is the negative class −1; any other label is used as given (so {0, 1} and {−1, +1} labels both work).
    /// Keras converts {0, 1} to {−1, +1} only when a whole batch is 0/1; this per-element rule agrees with it on every
    /// batch that is all {0, 1} or has no 0, and never depends on the batch.
    /// </summary>
    public static double Signed(double label) => label == 0 ? -1.0 : label;
}
