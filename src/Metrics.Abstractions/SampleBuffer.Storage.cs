using System.Globalization;
using System.Runtime.CompilerServices;

namespace Metrics;

public partial struct SampleBuffer
{
    /// <summary>
    /// The shared arrays behind buffers. Scores are kept as floats while every score is exactly a float and as doubles
    /// from the first one that is not; labels as bytes while every label is an integer 0..255 (bit for bit) and as
    /// doubles from the first one that is not; weights only once a weight other than 1 appears. A float input thus
    /// costs 5 bytes a sample instead of 16, which matters because fresh arrays are paid in page faults.
    /// </summary>
    private sealed partial class Storage
    {
        public float[]? Singles;
        public double[]? Doubles;
        public byte[]? SmallLabels;
        public double[]? WideLabels;
        public double[]? Weights;
        public int Count;

        private Storage(int capacity, int width, bool singles, bool smallLabels)
        {
            Capacity = capacity;
            Width = width;
            var scores = checked(capacity * width);
            if (singles)
            {
                Singles = GC.AllocateUninitializedArray<float>(scores);
            }
            else
            {
                Doubles = GC.AllocateUninitializedArray<double>(scores);
            }

            if (smallLabels)
            {
                SmallLabels = GC.AllocateUninitializedArray<byte>(capacity);
            }
            else
            {
                WideLabels = GC.AllocateUninitializedArray<double>(capacity);
            }
        }

        /// <summary>The number of samples the arrays hold.</summary>
        public int Capacity { get; private set; }

        /// <summary>Scores per sample; fixed by the first sample kept (1 until then for scalar samples).</summary>
        public int Width { get; private set; }

        public static Storage CopyOf(Storage? source, int count, int capacity, int width)
        {
            var kept = source is not null && count > 0;
            var storage = new Storage(
                capacity,
                kept ? source!.Width : Math.Max(width, 1),
                singles: !kept || source!.Singles is not null,
                smallLabels: !kept || source!.SmallLabels is not null);
            if (kept)
            {
                storage.AddRange(source!, count);
            }

            return storage;
        }

        public double ScoreAt(int index) => Singles is { } singles ? singles[index] : Doubles![index];

        public double LabelAt(int index) => SmallLabels is { } small ? small[index] : WideLabels![index];

        /// <summary>Stores a scalar sample when it fits the current arrays as they are; false leaves everything unchanged.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryAdd(double score, double label, double weight)
        {
            var count = Count;
            var singles = Singles;
            var small = SmallLabels;
            var weights = Weights;
            if (singles is null || small is null || Width != 1 || (uint)count >= (uint)small.Length)
            {
                return false;
            }

            var single = (float)score;
            var label8 = (byte)label;
            if (single != score || !SameBits(label8, label) || (weights is null && weight != 1.0))
            {
                return false;
            }

            singles[count] = single;
            small[count] = label8;
            if (weights is not null)
            {
                weights[count] = weight;
            }

            Count = count + 1;
            return true;
        }

        public void Add(double score, double label, double weight)
        {
            RequireWidth(1);
            Grow(Count + 1);
            AddWeight(weight);
            SetScore(Count, score);
            SetLabel(Count, label);
            Count++;
        }

        public void AddRow<T>(ReadOnlySpan<T> row, double label, double weight)
            where T : System.Numerics.INumberBase<T>
        {
            RequireWidth(row.Length);
            Grow(Count + 1);
            AddWeight(weight);
            var start = Count * Width;
            for (var i = 0; i < row.Length; i++)
            {
                SetScore(start + i, double.CreateTruncating(row[i]));
            }

            SetLabel(Count, label);
            Count++;
        }

        public void AddRowPair<TLabel, T>(ReadOnlySpan<T> row, ReadOnlySpan<TLabel> labels, double weight)
            where TLabel : System.Numerics.INumberBase<TLabel>
            where T : System.Numerics.INumberBase<T>
        {
            RequireWidth(row.Length + labels.Length);
            Grow(Count + 1);
            AddWeight(weight);
            var start = Count * Width;
            for (var i = 0; i < row.Length; i++)
            {
                SetScore(start + i, double.CreateTruncating(row[i]));
            }

            for (var i = 0; i < labels.Length; i++)
            {
                SetScore(start + row.Length + i, double.CreateTruncating(labels[i]));
            }

            SetLabel(Count, 0);
            Count++;
        }

        public void AddRange(Storage source, int count)
        {
            if (count == 0)
            {
                return;
            }

            if (Count == 0 && Width != source.Width)
            {
                Width = source.Width;
                AllocateScores(Singles is not null);
            }

            RequireWidth(source.Width);
            Grow(SampleBuffer.Capacity(Count, count, Width, 0));
            var scores = count * Width;
            var at = Count * Width;
            if (source.Singles is null && Singles is not null)
            {
                WidenScores(at);
            }

            if (Singles is not null)
            {
                source.Singles.AsSpan(0, scores).CopyTo(Singles.AsSpan(at));
            }
            else if (source.Singles is not null)
            {
                Widen(source.Singles.AsSpan(0, scores), Doubles.AsSpan(at, scores));
            }
            else
            {
                source.Doubles.AsSpan(0, scores).CopyTo(Doubles.AsSpan(at));
            }

            if (source.SmallLabels is null && SmallLabels is not null)
            {
                WidenLabels(Count);
            }

            if (SmallLabels is not null)
            {
                source.SmallLabels.AsSpan(0, count).CopyTo(SmallLabels.AsSpan(Count));
            }
            else if (source.SmallLabels is not null)
            {
                Widen(source.SmallLabels.AsSpan(0, count), WideLabels.AsSpan(Count, count));
            }
            else
            {
                source.WideLabels.AsSpan(0, count).CopyTo(WideLabels.AsSpan(Count));
            }

            if (source.Weights is not null && Weights is null)
            {
                AllocateWeights();
            }

            if (Weights is not null)
            {
                if (source.Weights is null)
                {
                    Weights.AsSpan(Count, count).Fill(1.0);
                }
                else
                {
                    source.Weights.AsSpan(0, count).CopyTo(Weights.AsSpan(Count));
                }
            }

            Count += count;
        }

        public void Grow(int required)
        {
            if (required <= Capacity)
            {
                return;
            }

            // Past the limit, the arrays would be reallocated at the limit and the append would then overrun them.
            var capacity = SampleBuffer.Capacity(Count, required - Count, Width, 2L * Capacity);
            Singles = Resized(Singles, checked(capacity * Width), Count * Width);
            Doubles = Resized(Doubles, checked(capacity * Width), Count * Width);
            SmallLabels = Resized(SmallLabels, capacity, Count);
            WideLabels = Resized(WideLabels, capacity, Count);
            Weights = Resized(Weights, capacity, Count);
            Capacity = capacity;
        }

        private static bool SameBits(byte small, double label) =>
            BitConverter.DoubleToUInt64Bits(small) == BitConverter.DoubleToUInt64Bits(label);

        private static T[]? Resized<T>(T[]? array, int length, int used)
        {
            if (array is null)
            {
                return null;
            }

            var resized = GC.AllocateUninitializedArray<T>(length);
            array.AsSpan(0, used).CopyTo(resized);
            return resized;
        }

        private static void Widen(ReadOnlySpan<float> source, Span<double> target)
        {
            for (var i = 0; i < source.Length; i++)
            {
                target[i] = source[i];
            }
        }

        private static void Widen(ReadOnlySpan<byte> source, Span<double> target)
        {
            for (var i = 0; i < source.Length; i++)
            {
                target[i] = source[i];
            }
        }

        private void SetScore(int index, double score)
        {
            if (Singles is { } singles)
            {
                var single = (float)score;
                if (single == score)
                {
                    singles[index] = single;
                    return;
                }

                WidenScores(index);
            }

            Doubles![index] = score;
        }

        private void SetLabel(int index, double label)
        {
            if (SmallLabels is { } small)
            {
                var label8 = (byte)label;
                if (SameBits(label8, label))
                {
                    small[index] = label8;
                    return;
                }

                WidenLabels(index);
            }

            WideLabels![index] = label;
        }

        /// <summary>Moves the scores to doubles; the first <paramref name="used"/> are kept.</summary>
        private void WidenScores(int used)
        {
            var doubles = GC.AllocateUninitializedArray<double>(checked(Capacity * Width));
            Widen(Singles.AsSpan(0, used), doubles);
            Doubles = doubles;
            Singles = null;
        }

        /// <summary>Moves the labels to doubles; the first <paramref name="used"/> are kept.</summary>
        private void WidenLabels(int used)
        {
            var labels = GC.AllocateUninitializedArray<double>(Capacity);
            Widen(SmallLabels.AsSpan(0, used), labels);
            WideLabels = labels;
            SmallLabels = null;
        }

        private void AllocateScores(bool singles)
        {
            var length = checked(Capacity * Width);
            Singles = singles ? GC.AllocateUninitializedArray<float>(length) : null;
            Doubles = singles ? null : GC.AllocateUninitializedArray<double>(length);
        }

        private void AllocateWeights() => AllocateWeights(Count);

        /// <summary>Starts storing weights; the first <paramref name="used"/> samples had weight 1.</summary>
        private void AllocateWeights(int used)
        {
            Weights = GC.AllocateUninitializedArray<double>(Capacity);
            Weights.AsSpan(0, used).Fill(1.0);
        }

        private void RequireWidth(int width)
        {
            if (width == Width)
            {
                return;
            }

            if (Count == 0 && width > 0)
            {
                Width = width;
                AllocateScores(Singles is not null);
                return;
            }

            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Samples of {width} scores cannot join kept samples of {Width} scores."), "row");
        }

        private void AddWeight(double weight)
        {
            if (weight != 1.0 && Weights is null)
            {
                AllocateWeights();
            }

            if (Weights is not null)
            {
                Weights[Count] = weight;
            }
        }
    }
}
