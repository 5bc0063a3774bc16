using System;
using System.Linq;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Metrics.ML.Tests;

/// <summary>Generated data sets scored by ML.NET's SDCA trainers, as views in ML.NET's column conventions.</summary>
internal static class GeneratedViews
{
    public static MLContext Context { get; } = new(seed: 1);

    public static IDataView Binary(int rows = 3000)
    {
        var random = new Random(11);
        var data = Enumerable.Range(0, rows).Select(_ =>
        {
            var a = (float)random.NextDouble() * 4 - 2;
            var b = (float)random.NextDouble() * 4 - 2;
            return new BinaryRow { Label = a + 0.5f * b + (float)(random.NextDouble() - 0.5) * 2 > 0, Features = [a, b] };
        }).ToList();
        var view = Context.Data.LoadFromEnumerable(data);
        var model = Context.BinaryClassification.Trainers.SdcaLogisticRegression().Fit(view);
        return model.Transform(view);
    }

    public static IDataView Multiclass(int rows = 3000)
    {
        var random = new Random(12);
        var data = Enumerable.Range(0, rows).Select(_ =>
        {
            var a = (float)random.NextDouble() * 6 - 3;
            var b = (float)random.NextDouble() * 6 - 3;
            var noisy = a + (float)(random.NextDouble() - 0.5) * 2;
            var label = noisy < -1 ? "low" : noisy < 1 ? (b > 0 ? "mid-up" : "mid-down") : "high";
            return new MulticlassRow { Label = label, Features = [a, b] };
        }).ToList();
        var view = Context.Data.LoadFromEnumerable(data);
        var pipeline = Context.Transforms.Conversion.MapValueToKey("Label")
            .Append(Context.MulticlassClassification.Trainers.SdcaMaximumEntropy());
        return pipeline.Fit(view).Transform(view);
    }

    public static IDataView Regression(int rows = 3000)
    {
        var random = new Random(13);
        var data = Enumerable.Range(0, rows).Select(_ =>
        {
            var a = (float)random.NextDouble() * 4 - 2;
            var b = (float)random.NextDouble() * 4 - 2;
            return new RegressionRow { Label = 3 * a - 2 * b + 1 + (float)(random.NextDouble() - 0.5), Features = [a, b] };
        }).ToList();
        var view = Context.Data.LoadFromEnumerable(data);
        return Context.Regression.Trainers.Sdca().Fit(view).Transform(view);
    }

    public sealed class BinaryRow
    {
        public bool Label { get; set; }

        [VectorType(2)]
        public float[] Features { get; set; } = [];
    }

    public sealed class MulticlassRow
    {
        public string Label { get; set; } = "";

        [VectorType(2)]
        public float[] Features { get; set; } = [];
    }

    public sealed class RegressionRow
    {
        public float Label { get; set; }

        [VectorType(2)]
        public float[] Features { get; set; } = [];
    }
}
