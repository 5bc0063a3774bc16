namespace Metrics;

public static partial class Functional
{
    /// <summary>
    /// TF.js <c>precision</c>: one scalar over all elements, TP / (TP + FP), 0 when nothing is predicted positive.
    /// As in TF.js the predictions must already be decisions; a value is positive iff it is &gt; 0.5.
    /// </summary>
    /// <param name="yTrue">Labels, 0 or 1, any shape (flattened).</param>
    /// <param name="yPred">Decisions, 0 or 1, same shape.</param>
    public static double Precision(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred)
    {
        SameLength(yTrue, yPred);
        return new Precision(0.5, ZeroDivision.Zero).Update(ClassIndices(yTrue, nameof(yTrue)), yPred).Compute();
    }

    /// <summary>
    /// TF.js <c>recall</c>: one scalar over all elements, TP / (TP + FN), 0 when there is no positive label.
    /// A prediction is positive iff it is &gt; 0.5.
    /// </summary>
    /// <param name="yTrue">Labels, 0 or 1, any shape (flattened).</param>
    /// <param name="yPred">Decisions, 0 or 1, same shape.</param>
    public static double Recall(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred)
    {
        SameLength(yTrue, yPred);
        return new Recall(0.5, ZeroDivision.Zero).Update(ClassIndices(yTrue, nameof(yTrue)), yPred).Compute();
    }
}
