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

    private SampleBuffer(double score, double label)
    {
        _storage = null;
        _count = 0;
        _score = score;
        _label = label;
        _isContribution = true;
    }

    private SampleBuffer(Storage storage)
    {
        _storage = storage;
        _count = storage.Count;
        _score = 0;
        _label = 0;
        _isContribution = false;
    }

    /// <summary>A contribution of one sample: its score and its label.</summary>
    /// <param name="score">The prediction score.</param>
    /// <param name="label">The label (0 or 1 for binary curves).</param>
    public static SampleBuffer Of(double score, double label) => new(score, label);

    /// <summary>The number of samples kept.</summary>
    public readonly int Count => _count;

    /// <summary>Whether a weight other than 1 has been stored; <see cref="Weights"/> is empty otherwise.</summary>
    public readonly bool IsWeighted => _storage?.Weights is not null;

    /// <summary>The scores, in the order they were appended.</summary>
    public readonly ReadOnlySpan<double> Scores => _storage is null ? default : _storage.Scores.AsSpan(0, _count);

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
        if (!contribution._isContribution)
        {
            throw new ArgumentException("Only a contribution made with SampleBuffer.Of can be appended.", nameof(contribution));
        }

        if (_storage is null || _storage.Count != _count)
        {
            _storage = Storage.CopyOf(_storage, _count, Math.Max(InitialCapacity, _count * 2));
        }

        _storage.Add(contribution._score, contribution._label, weight);
        _count++;
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
            _storage = Storage.CopyOf(_storage, _count, Math.Max(InitialCapacity, required));
            return;
        }

        _storage.Grow(required);
    }

    /// <summary>Returns a new buffer holding this buffer's samples followed by <paramref name="other"/>'s; neither changes.</summary>
    /// <param name="other">The samples to append.</param>
    public readonly SampleBuffer Concat(SampleBuffer other)
    {
        var total = checked(_count + other._count);
        var storage = Storage.CopyOf(_storage, _count, Math.Max(total, 1));
        if (other._storage is not null)
        {
            storage.AddRange(other._storage, other._count);
        }

        return new SampleBuffer(storage);
    }

    /// <summary>Returns a copy with its own storage.</summary>
    public readonly SampleBuffer Copy() =>
        _isContribution ? this : new SampleBuffer(Storage.CopyOf(_storage, _count, Math.Max(_count, 1)));

    /// <inheritdoc />
    public readonly bool Equals(SampleBuffer other)
    {
        if (_isContribution || other._isContribution)
        {
            return _isContribution == other._isContribution && _score.Equals(other._score) && _label.Equals(other._label);
        }

        if (_count != other._count)
        {
            return false;
        }

        for (var i = 0; i < _count; i++)
        {
            if (!_storage!.Scores[i].Equals(other._storage!.Scores[i])
                || !_storage.Labels[i].Equals(other._storage.Labels[i])
                || !WeightAt(i).Equals(other.WeightAt(i)))
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
        ? string.Create(CultureInfo.InvariantCulture, $"[score {_score}, label {_label}]")
        : string.Create(CultureInfo.InvariantCulture, $"[{_count} samples{(IsWeighted ? ", weighted" : string.Empty)}]");

    private sealed class Storage
    {
        public double[] Scores;
        public double[] Labels;
        public double[]? Weights;
        public int Count;

        private Storage(int capacity)
        {
            Scores = new double[capacity];
            Labels = new double[capacity];
        }

        public static Storage CopyOf(Storage? source, int count, int capacity)
        {
            var storage = new Storage(capacity);
            if (source is not null && count > 0)
            {
                storage.AddRange(source, count);
            }

            return storage;
        }

        public void Add(double score, double label, double weight)
        {
            if (Count == Scores.Length)
            {
                Grow(Count + 1);
            }

            if (weight != 1.0 && Weights is null)
            {
                Weights = new double[Scores.Length];
                Weights.AsSpan(0, Count).Fill(1.0);
            }

            Scores[Count] = score;
            Labels[Count] = label;
            if (Weights is not null)
            {
                Weights[Count] = weight;
            }

            Count++;
        }

        public void AddRange(Storage source, int count)
        {
            Grow(checked(Count + count));
            source.Scores.AsSpan(0, count).CopyTo(Scores.AsSpan(Count));
            source.Labels.AsSpan(0, count).CopyTo(Labels.AsSpan(Count));
            if (source.Weights is not null && Weights is null)
            {
                Weights = new double[Scores.Length];
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
            if (required <= Scores.Length)
            {
                return;
            }

            var capacity = (int)Math.Min(Math.Max(required, 2L * Scores.Length), Array.MaxLength);
            Array.Resize(ref Scores, capacity);
            Array.Resize(ref Labels, capacity);
            if (Weights is not null)
            {
                Array.Resize(ref Weights, capacity);
            }
        }
    }
}
