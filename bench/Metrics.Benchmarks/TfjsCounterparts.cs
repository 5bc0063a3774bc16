using BenchmarkDotNet.Attributes;

namespace Metrics.Benchmarks;

/// <summary>
/// The functional metrics that bench/tfjs times with <c>tf.metrics.*</c>, on the same 1M float32 values the script
/// reads from the data file (<see cref="BenchData.WriteFile"/>): scores are probabilities, threshold 0.5 as TF.js.
/// </summary>
public class TfjsCounterparts
{
    public const int Rows = 1 << 20;

    private float[] _labels = [];
    private float[] _predictions = [];
    private int[] _classes = [];
    private float[] _scores = [];

    [GlobalSetup]
    public void Setup()
    {
        var d = BenchData.Create(Rows);
        (_labels, _predictions, _classes, _scores) = (d.LabelsF, d.PredictionsF, d.Classes, d.ScoresF);
    }

    [Benchmark]
    public double MeanSquaredError() => new MeanSquaredError().Update(_labels, _predictions).Compute();

    [Benchmark]
    public double MeanAbsoluteError() => new MeanAbsoluteError().Update(_labels, _predictions).Compute();

    [Benchmark]
    public double BinaryAccuracy() => new Accuracy(0.5).Update(_classes, _scores).Compute();

    [Benchmark]
    public double Precision() => new Precision(0.5).Update(_classes, _scores).Compute();

    [Benchmark]
    public double Recall() => new Recall(0.5).Update(_classes, _scores).Compute();
}
