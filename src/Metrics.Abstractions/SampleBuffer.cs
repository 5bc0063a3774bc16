using System;
using System.Globalization;

namespace Metrics;

/// <summary>
/// A growing state field that keeps every accumulated (score, label, weight) sample, merged by concatenation
/// (<see cref="AppendAttribute"/>). Exact metrics rank the kept scores when they compute.
/// </summary>
/// <remarks>
/// <para>In an <c>Update</c> function a contribution is written <c>SampleBuffer.Of(score, label)</c>: one sample, no
/// allocation. Appending grows the storage by doubling, so a steady stream of updates allocates nothing once the
/// capacity suffices. Weights are stored only once a weight other than 1 has been appended.</para>
/// <para>The buffer behaves as a value: a copy of the struct is a view of the first <see cref="Count"/> samples of a
/// shared storage, and appending to a view that no longer ends the storage first copies its samples (copy on write),
/// so appending to one copy never changes another. An update that throws half-way leaves the metric's view unchanged.</para>
/// </remarks>
public struct SampleBuffer : IEquatable<SampleBuffer>
{
    private const int InitialCapacity = 64;

    private Storage? _storage;
    private int _count;
    private readonly double _score;
    private readonly double _label;
    private readonly bool _isContribution;
    private readonly bool _isRow;
    private readonly bool _isRowPair;

    private SampleBuffer(double score, double label, bool isRow, bool isRowPair = false)
    {
        _isRowPair = isRowPair;
        _storage = null;
        _count = 0;
        _score = score;
        _label = label;
        _isContribution = true;
        _isRow = isRow;
    }

    private SampleBuffer(Storage storage)
    {
        _storage = storage;
        _count = storage.Count;
        _score = 0;
        _label = 0;
        _isContribution = false;
        _isRow = false;
        _isRowPair = false;
    }

    /// <summary>A contribution of one sample: its score and its label.</summary>
    /// <param name="score">The prediction score.</param>
    /// <param name="label">The label (0 or 1 for binary curves).</param>
    public static SampleBuffer Of(double score, double label) => new(score, label, isRow: false);

    /// <summary>
    /// A contribution of one sample whose scores are the element's whole prediction row (one-vs-rest curves), with its
    /// label. Only row-shaped updates can append it: the generated code passes the row.
    /// </summary>
    /// <param name="label">The label (a class index for one-vs-rest curves).</param>
    public static SampleBuffer OfRow(double label) => new(0, label, isRow: true);

    /// <summary>
    /// A contribution of one sample of a row-pair update (multi-label curves): its values are the element's prediction
    /// row followed by its label row (<see cref="Width"/> = twice the row length); its label is 0. Only row-pair
    /// updates can append it: the generated code passes both rows.
    /// </summary>
    public static SampleBuffer OfRows() => new(0, 0, isRow: true, isRowPair: true);

    /// <summary>The number of scores per sample: 1, or the row length of row samples (0 while empty).</summary>
    public readonly int Width => _count == 0 ? 0 : _storage!.Width;

    /// <summary>The scores of sample <paramref name="index"/> (one score, or its row).</summary>
    /// <param name="index">The sample's position.</param>
    public readonly ReadOnlySpan<double> Row(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        return _storage!.Scores.AsSpan(index * _storage.Width, _storage.Width);
    }

    /// <summary>The number of samples kept.</summary>
    public readonly int Count => _count;

    /// <summary>Whether a weight other than 1 has been stored; <see cref="Weights"/> is empty otherwise.</summary>
    public readonly bool IsWeighted => _storage?.Weights is not null;

    /// <summary>The scores, in the order they were appended (row samples: row-major, <see cref="Width"/> per sample).</summary>
    public readonly ReadOnlySpan<double> Scores => _storage is null ? default : _storage.Scores.AsSpan(0, _count * _storage.Width);

    /// <summary>The labels, in the order they were appended.</summary>
    public readonly ReadOnlySpan<double> Labels => _storage is null ? default : _storage.Labels.AsSpan(0, _count);

    /// <summary>The sample weights, or an empty span when every weight is 1 (<see cref="IsWeighted"/> is false).</summary>
    public readonly ReadOnlySpan<double> Weights =>
        _storage?.Weights is { } weights ? weights.AsSpan(0, _count) : default;

    /// <summary>The weight of sample <paramref name="index"/>.</summary>
    /// <param name="index">The sample's position.</param>
    public readonly double WeightAt(int index) => _storage?.Weights is { } weights ? weights[index] : 1.0;

    /// <summary>Appends the sample of a contribution made with <see cref="Of"/>, with its weight.</summary>
    /// <param name="contribution">The contribution.</param>
    /// <param name="weight">The sample weight, 1 by default.</param>
    public void Append(SampleBuffer contribution, double weight = 1.0)
    {
        if (!contribution._isContribution || contribution._isRow)
        {
            throw new ArgumentException("Only a contribution made with SampleBuffer.Of can be appended without a row.", nameof(contribution));
        }

        Own(1);
        _storage!.Add(contribution._score, contribution._label, weight);
        _count++;
    }

    /// <summary>
    /// Appends a contribution of a row-shaped update: for <see cref="OfRow"/>, the <paramref name="row"/> as the sample's
    /// scores; for <see cref="Of"/>, its single score.
    /// </summary>
    /// <typeparam name="T">The row's element type.</typeparam>
    /// <param name="contribution">The contribution.</param>
    /// <param name="row">The element's prediction row.</param>
    /// <param name="weight">The sample weight, 1 by default.</param>
    /// <exception cref="ArgumentException">The row length differs from the rows kept so far.</exception>
    public void Append<T>(SampleBuffer contribution, ReadOnlySpan<T> row, double weight = 1.0)
        where T : System.Numerics.INumberBase<T>
    {
        if (!contribution._isRow || contribution._isRowPair)
        {
            Append(contribution, weight);
            return;
        }

        Own(row.Length);
        _storage!.AddRow(row, contribution._label, weight);
        _count++;
    }

    /// <summary>
    /// Appends a contribution of a row-pair update: for <see cref="OfRows"/>, the prediction row followed by the label
    /// row; otherwise as <see cref="Append{T}(SampleBuffer, ReadOnlySpan{T}, double)"/>.
    /// </summary>
    /// <typeparam name="TLabel">The label row's element type.</typeparam>
    /// <typeparam name="T">The prediction row's element type.</typeparam>
    /// <param name="contribution">The contribution.</param>
    /// <param name="labels">The element's label row.</param>
    /// <param name="row">The element's prediction row.</param>
    /// <param name="weight">The sample weight, 1 by default.</param>
    /// <exception cref="ArgumentException">The rows' length differs from the rows kept so far.</exception>
    public void Append<TLabel, T>(SampleBuffer contribution, ReadOnlySpan<TLabel> labels, ReadOnlySpan<T> row, double weight = 1.0)
        where TLabel : System.Numerics.INumberBase<TLabel>
        where T : System.Numerics.INumberBase<T>
    {
        if (!contribution._isRowPair)
        {
            Append(contribution, row, weight);
            return;
        }

        Own(row.Length + labels.Length);
        _storage!.AddRowPair(row, labels, weight);
        _count++;
    }

    private void Own(int width)
    {
        if (_storage is null || _storage.Count != _count)
        {
            _storage = Storage.CopyOf(_storage, _count, Math.Max(InitialCapacity, _count * 2), width);
        }
    }

    /// <summary>
    /// Makes room for <paramref name="additional"/> more samples, so that appending them allocates nothing. Generated
    /// batch updates call it with the batch length before the loop; the capacity still at least doubles when it grows.
    /// </summary>
    /// <param name="additional">The number of samples about to be appended.</param>
    public void Reserve(int additional)
    {
        if (additional <= 0)
        {
            return;
        }

        var required = checked(_count + additional);
        if (_storage is null || _storage.Count != _count)
        {
            _storage = Storage.CopyOf(_storage, _count, Math.Max(InitialCapacity, required), 1);
            return;
        }

        _storage.Grow(required);
    }

    /// <summary>Returns a new buffer holding this buffer's samples followed by <paramref name="other"/>'s; neither changes.</summary>
    /// <param name="other">The samples to append.</param>
    public readonly SampleBuffer Concat(SampleBuffer other)
    {
        var total = checked(_count + other._count);
        var storage = Storage.CopyOf(_storage, _count, Math.Max(total, 1), other._storage?.Width ?? 1);
        if (other._storage is not null)
        {
            storage.AddRange(other._storage, other._count);
        }

        return new SampleBuffer(storage);
    }

    /// <summary>Returns a copy with its own storage.</summary>
    public readonly SampleBuffer Copy() =>
        _isContribution ? this : new SampleBuffer(Storage.CopyOf(_storage, _count, Math.Max(_count, 1), 1));

    /// <inheritdoc />
    public readonly bool Equals(SampleBuffer other)
    {
        if (_isContribution || other._isContribution)
        {
            return _isContribution == other._isContribution && _isRow == other._isRow && _isRowPair == other._isRowPair
                && _score.Equals(other._score) && _label.Equals(other._label);
        }

        if (_count != other._count || (_count > 0 && Width != other.Width))
        {
            return false;
        }

        if (!Scores.SequenceEqual(other.Scores) || !Labels.SequenceEqual(other.Labels))
        {
            return false;
        }

        for (var i = 0; i < _count; i++)
        {
            if (!WeightAt(i).Equals(other.WeightAt(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override readonly bool Equals(object? obj) => obj is SampleBuffer other && Equals(other);

    /// <inheritdoc />
    public override readonly int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_count);
        for (var i = 0; i < Math.Min(_count, 16); i++)
        {
            hash.Add(_storage!.Scores[i]);
            hash.Add(_storage.Labels[i]);
        }

        return hash.ToHashCode();
    }

    /// <summary>Compares two buffers sample by sample.</summary>
    public static bool operator ==(SampleBuffer left, SampleBuffer right) => left.Equals(right);

    /// <summary>Compares two buffers sample by sample.</summary>
    public static bool operator !=(SampleBuffer left, SampleBuffer right) => !left.Equals(right);

    /// <inheritdoc />
    public override readonly string ToString() => _isContribution
        ? string.Create(CultureInfo.InvariantCulture, $"[{(_isRow ? "row" : $"score {_score}")}, label {_label}]")
        : string.Create(CultureInfo.InvariantCulture, $"[{_count} samples{(IsWeighted ? ", weighted" : string.Empty)}]");

    private sealed class Storage
    {
        public double[] Scores;
        public double[] Labels;
        public double[]? Weights;
        public int Count;

        private Storage(int capacity, int width)
        {
            Width = width;
            Scores = new double[checked(capacity * width)];
            Labels = new double[capacity];
        }

        /// <summary>Scores per sample; fixed by the first sample kept (1 until then for scalar samples).</summary>
        public int Width { get; private set; }

        public static Storage CopyOf(Storage? source, int count, int capacity, int width)
        {
            var storage = new Storage(capacity, count > 0 && source is not null ? source.Width : Math.Max(width, 1));
            if (source is not null && count > 0)
            {
                storage.AddRange(source, count);
            }

            return storage;
        }

        public void Add(double score, double label, double weight)
        {
            RequireWidth(1);
            Grow(Count + 1);
            AddWeight(weight);
            Scores[Count] = score;
            Labels[Count] = label;
            Count++;
        }

        public void AddRow<T>(ReadOnlySpan<T> row, double label, double weight)
            where T : System.Numerics.INumberBase<T>
        {
            RequireWidth(row.Length);
            Grow(Count + 1);
            AddWeight(weight);
            var target = Scores.AsSpan(Count * Width, Width);
            for (var i = 0; i < row.Length; i++)
            {
                target[i] = double.CreateTruncating(row[i]);
            }

            Labels[Count] = label;
            Count++;
        }

        public void AddRowPair<TLabel, T>(ReadOnlySpan<T> row, ReadOnlySpan<TLabel> labels, double weight)
            where TLabel : System.Numerics.INumberBase<TLabel>
            where T : System.Numerics.INumberBase<T>
        {
            RequireWidth(row.Length + labels.Length);
            Grow(Count + 1);
            AddWeight(weight);
            var target = Scores.AsSpan(Count * Width, Width);
            for (var i = 0; i < row.Length; i++)
            {
                target[i] = double.CreateTruncating(row[i]);
            }

            for (var i = 0; i < labels.Length; i++)
            {
                target[row.Length + i] = double.CreateTruncating(labels[i]);
            }

            Labels[Count] = 0;
            Count++;
        }

        public void AddRange(Storage source, int count)
        {
            if (count == 0)
            {
                return;
            }

            if (Count == 0)
            {
                Width = source.Width;
                Scores = new double[checked(Labels.Length * Width)];
            }

            RequireWidth(source.Width);
            Grow(checked(Count + count));
            source.Scores.AsSpan(0, count * Width).CopyTo(Scores.AsSpan(Count * Width));
            source.Labels.AsSpan(0, count).CopyTo(Labels.AsSpan(Count));
            if (source.Weights is not null && Weights is null)
            {
                Weights = new double[Labels.Length];
                Weights.AsSpan(0, Count).Fill(1.0);
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
            if (required <= Labels.Length)
            {
                return;
            }

            var capacity = (int)Math.Min(Math.Max(required, 2L * Labels.Length), Array.MaxLength / Math.Max(Width, 1));
            Array.Resize(ref Scores, checked(capacity * Width));
            Array.Resize(ref Labels, capacity);
            if (Weights is not null)
            {
                Array.Resize(ref Weights, capacity);
            }
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
                Scores = new double[checked(Labels.Length * width)];
                return;
            }

            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Samples of {width} scores cannot join kept samples of {Width} scores."), "row");
        }

        private void AddWeight(double weight)
        {
            if (weight != 1.0 && Weights is null)
            {
                Weights = new double[Labels.Length];
                Weights.AsSpan(0, Count).Fill(1.0);
            }

            if (Weights is not null)
            {
                Weights[Count] = weight;
            }
        }
    }
}
