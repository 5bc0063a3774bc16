using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>Builds the metric a classification reference case names, feeds it the case's batch, returns its value.</summary>
internal static class ClassificationRunner
{
    public static double[] Run(ReferenceCase c, bool asFloat)
    {
        var run = new Feed(c, asFloat);
        return c.Metric switch
        {
            "BinaryAccuracy" => [run.IntPairs(new BinaryAccuracy(threshold: D(c, "threshold", 0.5)), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "ExactMatchAccuracy" => [run.Pairs(new ExactMatchAccuracy(), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "CategoricalAccuracy" => [run.RowPairs(new CategoricalAccuracy(), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "SparseCategoricalAccuracy" => [run.Rows(new SparseCategoricalAccuracy(), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "TopKCategoricalAccuracy" => [run.RowPairs(new TopKCategoricalAccuracy(k: I(c, "k")), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "SparseTopKCategoricalAccuracy" => [run.Rows(new SparseTopKCategoricalAccuracy(k: I(c, "k")), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "BinaryCrossentropy" => [run.Pairs(new BinaryCrossentropy(fromLogits: B(c, "fromLogits"), labelSmoothing: D(c, "labelSmoothing", 0)), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "CategoricalCrossentropy" => [run.RowPairs(new CategoricalCrossentropy(fromLogits: B(c, "fromLogits"), labelSmoothing: D(c, "labelSmoothing", 0)), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "SparseCategoricalCrossentropy" => [run.Rows(new SparseCategoricalCrossentropy(fromLogits: B(c, "fromLogits"), ignoreClass: c.Params["ignoreClass"] is JsonNode n ? n.GetValue<int>() : null), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "KLDivergence" => [run.RowPairs(new KLDivergence(), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "Poisson" => [run.Pairs(new Poisson(), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "Hinge" => [run.Pairs(new Hinge(), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "SquaredHinge" => [run.Pairs(new SquaredHinge(), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "CategoricalHinge" => [run.RowPairs(new CategoricalHinge(), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "TruePositives" => run.IntPairs(new TruePositives(Thresholds(c)), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute(),
            "FalsePositives" => run.IntPairs(new FalsePositives(Thresholds(c)), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute(),
            "TrueNegatives" => run.IntPairs(new TrueNegatives(Thresholds(c)), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute(),
            "FalseNegatives" => run.IntPairs(new FalseNegatives(Thresholds(c)), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute(),
            "PrecisionAtThresholds" => run.IntPairs(new PrecisionAtThresholds(Thresholds(c)), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute(),
            "RecallAtThresholds" => run.IntPairs(new RecallAtThresholds(Thresholds(c)), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute(),
            "MulticlassPrecision" => [Multiclass(run, c, new MulticlassPrecision(I(c, "numClasses"), average: E<AverageMode>(c, "average"))).Compute()],
            "MulticlassRecall" => [Multiclass(run, c, new MulticlassRecall(I(c, "numClasses"), average: E<AverageMode>(c, "average"))).Compute()],
            "FBetaScore" => [Multiclass(run, c, new FBetaScore(I(c, "numClasses"), beta: D(c, "beta", 1), average: E<AverageMode>(c, "average"))).Compute()],
            "MatthewsCorrelation" => [run.ClassPairs(new MatthewsCorrelation(I(c, "numClasses")), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "CohenKappa" => [run.ClassPairs(new CohenKappa(I(c, "numClasses"), weighting: E<KappaWeighting>(c, "weighting")), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "BalancedAccuracy" => [run.ClassPairs(new BalancedAccuracy(I(c, "numClasses")), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "ConfusionMatrix" => Flatten(run.ClassPairs(new ConfusionMatrix(I(c, "numClasses"), normalize: E<ConfusionNormalization>(c, "normalize")), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()),
            "MeanIoU" => [(c.Shape == "row"
                ? run.Rows(new MeanIoU(I(c, "numClasses"), ignoreClass: Ignore(c)), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w))
                : run.ClassPairs(new MeanIoU(I(c, "numClasses"), ignoreClass: Ignore(c)), (m, l, p, k, w) => m.Update(l, p, k, w))).Compute()],
            "IoU" => [run.ClassPairs(new IoU(I(c, "numClasses"), Ints(c, "targetClassIds"), ignoreClass: Ignore(c)), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "OneHotMeanIoU" => [run.RowPairs(new OneHotMeanIoU(I(c, "numClasses"), ignoreClass: Ignore(c)), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "OneHotIoU" => [run.RowPairs(new OneHotIoU(I(c, "numClasses"), Ints(c, "targetClassIds"), ignoreClass: Ignore(c)), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            "BinaryIoU" => [run.IntPairs(new BinaryIoU(threshold: D(c, "threshold", 0.5), targetClassIds: Ints(c, "targetClassIds")), (m, l, p, k, w) => m.Update(l, p, k, w), (m, l, p, k, w) => m.Update(l, p, k, w)).Compute()],
            _ => throw new InvalidOperationException("no runner for " + c.Metric),
        };
    }

    private static TM Multiclass<TM>(Feed run, ReferenceCase c, TM metric)
        where TM : struct => metric switch
        {
            MulticlassPrecision m => (TM)(object)Dispatch(run, c, m, (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w)),
            MulticlassRecall m => (TM)(object)Dispatch(run, c, m, (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w)),
            FBetaScore m => (TM)(object)Dispatch(run, c, m, (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w), (x, l, p, k, w) => x.Update(l, p, k, w)),
            _ => throw new InvalidOperationException(),
        };

    private static TM Dispatch<TM>(
        Feed run, ReferenceCase c, TM metric, Func<TM, int[], int[], bool[]?, double[]?, TM> pairs,
        Func<TM, int[], double[,], bool[]?, double[]?, TM> rows, Func<TM, int[], float[,], bool[]?, float[]?, TM> floatRows,
        Func<TM, double[,], double[,], bool[]?, double[]?, TM> rowPairs, Func<TM, float[,], float[,], bool[]?, float[]?, TM> floatRowPairs) =>
        c.Shape switch
        {
            "pair" => run.ClassPairs(metric, pairs),
            "row" => run.Rows(metric, rows, floatRows),
            _ => run.RowPairs(metric, rowPairs, floatRowPairs),
        };

    private static double D(ReferenceCase c, string name, double fallback) => c.Param(name, fallback);

    private static int I(ReferenceCase c, string name) => (int)c.Param(name, double.NaN);

    private static bool B(ReferenceCase c, string name) => c.Params[name] is JsonNode n && n.GetValue<bool>();

    private static T E<T>(ReferenceCase c, string name)
        where T : struct, Enum => Enum.Parse<T>(c.StringParam(name)!);

    private static int? Ignore(ReferenceCase c) => c.Params["ignoreClass"] is JsonNode n ? n.GetValue<int>() : null;

    private static ParameterArray<double> Thresholds(ReferenceCase c) =>
        ParameterArray.Create<double>(c.Params["thresholds"]!.AsArray().Select(ReferenceData.Number).ToArray());

    private static ParameterArray<int> Ints(ReferenceCase c, string name) =>
        ParameterArray.Create<int>(c.Params[name]!.AsArray().Select(n => n!.GetValue<int>()).ToArray());

    private static double[] Flatten(double[,] matrix) => matrix.Cast<double>().ToArray();

    /// <summary>The case's batch in the element types the overloads take.</summary>
    private sealed class Feed(ReferenceCase c, bool asFloat)
    {
        private float[]? FloatWeights => c.Weights?.Select(w => (float)w).ToArray();

        public TM IntPairs<TM>(TM m, Func<TM, int[], double[], bool[]?, double[]?, TM> d, Func<TM, int[], float[], bool[]?, float[]?, TM> f) =>
            asFloat ? f(m, c.IntLabels, c.Predictions.Select(p => (float)p).ToArray(), c.Mask, FloatWeights)
                : d(m, c.IntLabels, c.Predictions, c.Mask, c.Weights);

        public TM Pairs<TM>(TM m, Func<TM, double[], double[], bool[]?, double[]?, TM> d, Func<TM, float[], float[], bool[]?, float[]?, TM> f) =>
            asFloat ? f(m, c.Labels!.Select(p => (float)p).ToArray(), c.Predictions.Select(p => (float)p).ToArray(), c.Mask, FloatWeights)
                : d(m, c.Labels!, c.Predictions, c.Mask, c.Weights);

        public TM ClassPairs<TM>(TM m, Func<TM, int[], int[], bool[]?, double[]?, TM> d) =>
            d(m, c.IntLabels, c.Predictions.Select(p => (int)p).ToArray(), c.Mask, c.Weights);

        public TM Rows<TM>(TM m, Func<TM, int[], double[,], bool[]?, double[]?, TM> d, Func<TM, int[], float[,], bool[]?, float[]?, TM> f) =>
            asFloat ? f(m, c.IntLabels, Matrix(c.Predictions.Select(p => (float)p).ToArray()), c.Mask, FloatWeights)
                : d(m, c.IntLabels, Matrix(c.Predictions), c.Mask, c.Weights);

        public TM RowPairs<TM>(TM m, Func<TM, double[,], double[,], bool[]?, double[]?, TM> d, Func<TM, float[,], float[,], bool[]?, float[]?, TM> f) =>
            asFloat ? f(m, Matrix(c.Labels!.Select(p => (float)p).ToArray()), Matrix(c.Predictions.Select(p => (float)p).ToArray()), c.Mask, FloatWeights)
                : d(m, Matrix(c.Labels!), Matrix(c.Predictions), c.Mask, c.Weights);

        private T[,] Matrix<T>(T[] flat)
        {
            var columns = c.Columns!.Value;
            var result = new T[flat.Length / columns, columns];
            for (var i = 0; i < flat.Length; i++)
            {
                result[i / columns, i % columns] = flat[i];
            }

            return result;
        }
    }
}
