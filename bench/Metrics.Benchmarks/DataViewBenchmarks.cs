using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Metrics.ML;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Metrics.Benchmarks;

/// <summary>
/// The six-value binary report on one in-memory <see cref="IDataView"/> of the <see cref="DataFiles"/> rows (Label
/// bool, Score float = logit of the probability, Probability float, PredictedLabel = Score &gt; 0 as ML.NET's scorers
/// fill it): ML.NET's <c>BinaryClassification.EvaluateNonCalibrated</c> against Metrics.ML's
/// <c>IDataView.Evaluate(ScoredColumns.Binary(), collection)</c> (target ≥ 20×). Both read the view through its
/// cursor; ours takes the decisions at Score &gt; 0, as ML.NET does.
/// </summary>
public class DataViewBenchmarks
{
    private readonly MLContext _ml = new(seed: 0);
    private IDataView _view = null!;

    [GlobalSetup]
    public void Setup() => _view = CreateView(_ml);

    [Benchmark(Baseline = true, Description = "ML.NET EvaluateNonCalibrated (data view)")]
    public BinaryClassificationMetrics MlNet() => _ml.BinaryClassification.EvaluateNonCalibrated(_view, "Label", "Score");

    [Benchmark(Description = "Metrics.ML IDataView.Evaluate (six metrics)")]
    public IReadOnlyDictionary<string, double> Ours() => Report(_view);

    public static IReadOnlyDictionary<string, double> Report(IDataView view)
    {
        var report = BinaryFileReport.Create(threshold: 0);
        view.Evaluate(ScoredColumns.Binary(), report);
        return BinaryFileReport.Values(report);
    }

    public static IDataView CreateView(MLContext ml)
    {
        var (labels, probabilities) = DataFiles.Generate();
        var rows = new ScoredRow[labels.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var p = probabilities[i];
            var score = (float)Math.Log(p / (1.0 - p));
            rows[i] = new ScoredRow { Label = labels[i] == 1, Score = score, Probability = p, PredictedLabel = score > 0 };
        }

        return ml.Data.LoadFromEnumerable(rows);
    }

    /// <summary>One scored row, with the columns an ML.NET binary scorer writes.</summary>
    public sealed class ScoredRow
    {
        public bool Label { get; set; }

        public float Score { get; set; }

        public float Probability { get; set; }

        public bool PredictedLabel { get; set; }
    }
}
