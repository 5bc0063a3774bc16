namespace Metrics;

/// <summary>
/// The compact form a sample buffer is written in, decided by its values rather than by how it happens to be stored,
/// so that equal buffers give equal bytes: float scores when every score is exactly a float, byte labels when every
/// label is an integer 0..255, weights only when one differs from 1.
/// </summary>
internal readonly struct SampleForm
{
    private SampleForm(int count, int width, byte flags)
    {
        Count = count;
        Width = width;
        Flags = flags;
    }

    /// <summary>The number of samples.</summary>
    public int Count { get; }

    /// <summary>Scores per sample (0 when empty).</summary>
    public int Width { get; }

    /// <summary>The <see cref="BinaryFormat"/> flags.</summary>
    public byte Flags { get; }

    /// <summary>Whether scores are written as floats.</summary>
    public bool SingleScores => (Flags & BinaryFormat.SingleScores) != 0;

    /// <summary>Whether labels are written as bytes.</summary>
    public bool ByteLabels => (Flags & BinaryFormat.ByteLabels) != 0;

    /// <summary>Whether weights are written.</summary>
    public bool Weighted => (Flags & BinaryFormat.Weighted) != 0;

    /// <summary>The number of bytes the samples take after the count, width and flags.</summary>
    public long PayloadLength => PayloadSize(Count, Width, Flags);

    /// <summary>The bytes <paramref name="count"/> samples of <paramref name="width"/> scores take in the form <paramref name="flags"/>.</summary>
    public static long PayloadSize(int count, int width, byte flags) =>
        ((long)count * width * ((flags & BinaryFormat.SingleScores) != 0 ? sizeof(float) : sizeof(double)))
        + ((long)count * ((flags & BinaryFormat.ByteLabels) != 0 ? sizeof(byte) : sizeof(double)))
        + ((flags & BinaryFormat.Weighted) != 0 ? (long)count * sizeof(double) : 0);

    /// <summary>The form of <paramref name="samples"/>.</summary>
    public static SampleForm Of(in SampleBuffer samples)
    {
        var flags = (byte)0;
        if (samples.HasSingleScores || AllSingles(samples.DoubleScores))
        {
            flags |= BinaryFormat.SingleScores;
        }

        if (samples.HasByteLabels || AllBytes(samples.DoubleLabels))
        {
            flags |= BinaryFormat.ByteLabels;
        }

        if (samples.IsWeighted && !AllOnes(samples.Weights))
        {
            flags |= BinaryFormat.Weighted;
        }

        return new SampleForm(samples.Count, samples.Width, flags);
    }

    /// <summary>Whether every score is exactly a float, as the buffer itself decides.</summary>
    private static bool AllSingles(ReadOnlySpan<double> scores)
    {
        foreach (var score in scores)
        {
            if ((float)score != score)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every label is, bit for bit, an integer 0..255, as the buffer itself decides.</summary>
    private static bool AllBytes(ReadOnlySpan<double> labels)
    {
        foreach (var label in labels)
        {
            if (BitConverter.DoubleToUInt64Bits((byte)label) != BitConverter.DoubleToUInt64Bits(label))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllOnes(ReadOnlySpan<double> weights)
    {
        foreach (var weight in weights)
        {
            if (!weight.Equals(1.0))
            {
                return false;
            }
        }

        return true;
    }
}
