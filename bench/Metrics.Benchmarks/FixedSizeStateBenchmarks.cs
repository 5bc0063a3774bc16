using System;
using BenchmarkDotNet.Attributes;

namespace Metrics.Benchmarks;

/// <summary>
/// The binary state format on fixed-size states (doubles and longs only): Write into a preallocated span and Read,
/// for two parameterless metrics and one with a parameter (target: ≤ 100 ns and 0 bytes allocated each).
/// </summary>
public class FixedSizeStateBenchmarks
{
    private readonly byte[] _buffer = new byte[256];
    private MeanSquaredError _mse;
    private Welford _welford;
    private BinaryCounts _counts;
    private byte[] _mseBytes = [];
    private byte[] _welfordBytes = [];
    private byte[] _countsBytes = [];

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchData.Create(1 << 16);
        _mse = new MeanSquaredError().Update(data.Labels, data.Predictions);
        _welford = new Welford().Update(data.Predictions);
        _counts = new BinaryCounts { Threshold = 0.5 }.Update(data.Classes, data.Scores);
        _mseBytes = MetricState.ToBytes(_mse);
        _welfordBytes = MetricState.ToBytes(_welford);
        _countsBytes = MetricState.ToBytes(_counts);
        if (!MetricState.Read<MeanSquaredError>(_mseBytes).Equals(_mse) || !MetricState.Read<Welford>(_welfordBytes).Equals(_welford)
            || !MetricState.Read<BinaryCounts>(_countsBytes).Equals(_counts))
        {
            throw new InvalidOperationException("A fixed-size state does not read back equal to what was written.");
        }
    }

    [Benchmark(Description = "MeanSquaredError Write")]
    public int MseWrite() => MetricState.Write(_mse, _buffer.AsSpan());

    [Benchmark(Description = "MeanSquaredError Read")]
    public double MseRead() => MetricState.Read<MeanSquaredError>(_mseBytes).Compute();

    [Benchmark(Description = "Welford Write")]
    public int WelfordWrite() => MetricState.Write(_welford, _buffer.AsSpan());

    [Benchmark(Description = "Welford Read")]
    public double WelfordRead() => MetricState.Read<Welford>(_welfordBytes).Count;

    [Benchmark(Description = "BinaryCounts Write")]
    public int CountsWrite() => MetricState.Write(_counts, _buffer.AsSpan());

    [Benchmark(Description = "BinaryCounts Read")]
    public double CountsRead() => MetricState.Read<BinaryCounts>(_countsBytes).TruePositives;
}
