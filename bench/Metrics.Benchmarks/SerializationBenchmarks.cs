using System;
using BenchmarkDotNet.Attributes;

namespace Metrics.Benchmarks;

/// <summary>The two large states of <see cref="SerializationBenchmarks"/>.</summary>
public enum LargeState
{
    /// <summary>ExactAuc holding 1M samples in the compact form: float scores, byte labels (5 MB of payload).</summary>
    ExactAuc1M,

    /// <summary>A filled 1,000 × 1,000 ConfusionMatrix (8 MB of cells).</summary>
    Confusion1000,
}

/// <summary>
/// The binary state format on large states: <see cref="MetricState.Write{TMetric}(in TMetric, Span{byte})"/> into a
/// preallocated buffer and <see cref="MetricState.Read{TMetric}(ReadOnlySpan{byte})"/> (which allocates the state's
/// arrays) against a copy of the same number of bytes into a preallocated buffer (target: ≤ 2×, i.e. at least half the
/// speed of the copy).
/// </summary>
public class SerializationBenchmarks
{
    public const int Samples = 1_000_000;
    public const int Classes = 1_000;

    private ExactAuc _auc;
    private ConfusionMatrix _matrix;
    private byte[] _bytes = [];
    private byte[] _source = [];
    private byte[] _destination = [];

    [Params(LargeState.ExactAuc1M, LargeState.Confusion1000)]
    public LargeState State { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchData.Create(Samples);
        var labels = Array.ConvertAll(data.Classes, c => (byte)c);
        _auc = new ExactAuc { Samples = SampleBuffer.FromParts<float, byte>(1, data.ScoresF, labels, default) };

        var rng = new Random(20261207);
        var cells = new double[Classes * Classes];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = rng.Next(1, 1000);
        }

        _matrix = new ConfusionMatrix { NumClasses = Classes, Counts = SumArray.FromCells(cells) };

        _bytes = State == LargeState.ExactAuc1M ? MetricState.ToBytes(_auc) : MetricState.ToBytes(_matrix);
        _source = (byte[])_bytes.Clone();
        _destination = new byte[_bytes.Length];

        // Not timing a wrong round trip.
        var same = State == LargeState.ExactAuc1M
            ? MetricState.Read<ExactAuc>(_bytes).Equals(_auc)
            : MetricState.Read<ConfusionMatrix>(_bytes).Equals(_matrix);
        if (!same)
        {
            throw new InvalidOperationException($"{State} does not read back equal to what was written.");
        }
    }

    [Benchmark(Baseline = true, Description = "memcpy")]
    public int Memcpy()
    {
        _source.AsSpan().CopyTo(_destination);
        return _destination[^1];
    }

    [Benchmark(Description = "Write (Span)")]
    public int Write() => State == LargeState.ExactAuc1M
        ? MetricState.Write(_auc, _destination.AsSpan())
        : MetricState.Write(_matrix, _destination.AsSpan());

    [Benchmark(Description = "Read")]
    public int Read() => State == LargeState.ExactAuc1M
        ? MetricState.Read<ExactAuc>(_bytes).Samples.Count
        : MetricState.Read<ConfusionMatrix>(_bytes).Counts.Length;

    [Benchmark(Description = "memcpy into a new array")]
    public int CopyToNewArray() => _source.AsSpan().ToArray().Length;

    [Benchmark(Description = "memcpy into a new uninitialized array")]
    public int CopyToUninitializedArray()
    {
        var copy = GC.AllocateUninitializedArray<byte>(_source.Length);
        _source.AsSpan().CopyTo(copy);
        return copy[^1];
    }
}
