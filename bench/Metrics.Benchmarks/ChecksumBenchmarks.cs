using System;
using System.IO.Hashing;
using BenchmarkDotNet.Attributes;

namespace Metrics.Benchmarks;

/// <summary>
/// The checksums System.IO.Hashing offers, over 8 MB (the size of a 1,000 × 1,000 confusion matrix's state), against
/// a copy of the same bytes: what the binary format's checksum costs on a write and on a read.
/// </summary>
public class ChecksumBenchmarks
{
    public const int Bytes = 8 << 20;

    private byte[] _source = [];
    private byte[] _destination = [];

    [GlobalSetup]
    public void Setup()
    {
        _source = new byte[Bytes];
        new Random(20261207).NextBytes(_source);
        _destination = new byte[Bytes];
    }

    [Benchmark(Baseline = true, Description = "memcpy")]
    public int Memcpy()
    {
        _source.AsSpan().CopyTo(_destination);
        return _destination[^1];
    }

    [Benchmark(Description = "XxHash3")]
    public ulong XxHash3Hash() => XxHash3.HashToUInt64(_source);

    [Benchmark(Description = "XxHash64")]
    public ulong XxHash64Hash() => XxHash64.HashToUInt64(_source);

    [Benchmark(Description = "XxHash128")]
    public UInt128 XxHash128Hash() => XxHash128.HashToUInt128(_source);

    [Benchmark(Description = "Crc32")]
    public uint Crc32Hash() => Crc32.HashToUInt32(_source);

    [Benchmark(Description = "Crc64")]
    public ulong Crc64Hash() => Crc64.HashToUInt64(_source);
}
