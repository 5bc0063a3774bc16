using System.Globalization;
using System.Runtime.CompilerServices;

namespace Metrics;

/// <summary>
/// A growing state field that keeps every accumulated (score, label, weight) sample, merged by concatenation
/// (<see cref="AppendAttribute"/>). Exact metrics rank the kept scores when they compute.
/// </summary>
/// <remarks>
/// <para>In an <c>Update</c> function a contribution is written <c>SampleBuffer.Of(score, label)</c>: one sample, no
/// allocation. Appending grows the storage by doubling, so a steady stream of updates allocates nothing once the
/// capacity suffices. Storage is compact: scores are kept as floats while every score is exactly a float (always so for
/// float inputs) and as doubles from the first one that is not (<see cref="HasSingleScores"/>); labels as bytes while
/// every label is an integer from 0 to 255 (<see cref="HasByteLabels"/>); weights only once a weight other than 1 has
/// been appended. The storage kind never changes a value: <see cref="ScoreAt"/> and <see cref="LabelAt"/> give the
/// appended doubles exactly.</para>
/// <para>The buffer behaves as a value: a copy of the struct is a view of the first <see cref="Count"/> samples of a
/// shared storage, and appending to a view that no longer ends the storage first copies its samples (copy on write),
/// so appending to one copy never changes another. An update that throws half-way leaves the metric's view unchanged.</para>
/// </remarks>
public partial struct SampleBuffer : IEquatable<SampleBuffer>
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

    /// <summary>Copies the scores of sample <paramref name="index"/> (one score, or its row) into <paramref name="destination"/>.</summary>
    /// <param name="index">The sample's position.</param>
    /// <param name="destination">Receives <see cref="Width"/> scores.</param>
    public readonly void CopyRow(int index, Span<double> destination)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        var width = _storage!.Width;
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, width, nameof(destination));
        for (var i = 0; i < width; i++)
        {
            destination[i] = _storage.ScoreAt((index * width) + i);
        }
    }

    /// <summary>The number of samples kept.</summary>
    public readonly int Count => _count;

    /// <summary>Whether a weight other than 1 has been stored; <see cref="Weights"/> is empty otherwise.</summary>
    public readonly bool IsWeighted => _storage?.Weights is not null;

    /// <summary>
    /// Whether the scores are stored as floats (every score kept is exactly a float): <see cref="SingleScores"/> holds
    /// them; otherwise <see cref="DoubleScores"/> does.
    /// </summary>
    public readonly bool HasSingleScores => _storage is null || _storage.Singles is not null;

    /// <summary>The scores when <see cref="HasSingleScores"/>, in the order they were appended (row samples: row-major, <see cref="Width"/> per sample); empty otherwise.</summary>
    public readonly ReadOnlySpan<float> SingleScores =>
        _storage?.Singles is { } singles ? singles.AsSpan(0, _count * _storage.Width) : default;

    /// <summary>The scores when not <see cref="HasSingleScores"/>, in the order they were appended (row samples: row-major, <see cref="Width"/> per sample); empty otherwise.</summary>
    public readonly ReadOnlySpan<double> DoubleScores =>
        _storage?.Doubles is { } doubles ? doubles.AsSpan(0, _count * _storage.Width) : default;

    /// <summary>The number of scores kept: <see cref="Count"/> × <see cref="Width"/>.</summary>
    public readonly int ScoreCount => _storage is null ? 0 : _count * _storage.Width;

    /// <summary>Score <paramref name="index"/> in append order (row samples: row-major), whatever the storage.</summary>
    /// <param name="index">The position among the <see cref="ScoreCount"/> scores.</param>
    public readonly double ScoreAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)ScoreCount, nameof(index));
        return _storage!.ScoreAt(index);
    }

    /// <summary>Copies the <see cref="ScoreCount"/> scores, as doubles, into <paramref name="destination"/>.</summary>
    /// <param name="destination">At least <see cref="ScoreCount"/> long.</param>
    public readonly void CopyScores(Span<double> destination)
    {
        var singles = SingleScores;
        if (singles.IsEmpty)
        {
            DoubleScores.CopyTo(destination);
            return;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, singles.Length, nameof(destination));
        for (var i = 0; i < singles.Length; i++)
        {
            destination[i] = singles[i];
        }
    }

    /// <summary>
    /// Whether the labels are stored as bytes (every label kept is an integer from 0 to 255): <see cref="ByteLabels"/>
    /// holds them; otherwise <see cref="DoubleLabels"/> does.
    /// </summary>
    public readonly bool HasByteLabels => _storage is null || _storage.SmallLabels is not null;

    /// <summary>The labels when <see cref="HasByteLabels"/>, in the order they were appended; empty otherwise.</summary>
    public readonly ReadOnlySpan<byte> ByteLabels =>
        _storage?.SmallLabels is { } labels ? labels.AsSpan(0, _count) : default;

    /// <summary>The labels when not <see cref="HasByteLabels"/>, in the order they were appended; empty otherwise.</summary>
    public readonly ReadOnlySpan<double> DoubleLabels =>
        _storage?.WideLabels is { } labels ? labels.AsSpan(0, _count) : default;

    /// <summary>The label of sample <paramref name="index"/>, whatever the storage.</summary>
    /// <param name="index">The sample's position.</param>
    public readonly double LabelAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        return _storage!.LabelAt(index);
    }

    /// <summary>Copies the <see cref="Count"/> labels, as doubles, into <paramref name="destination"/>.</summary>
    /// <param name="destination">At least <see cref="Count"/> long.</param>
    public readonly void CopyLabels(Span<double> destination)
    {
        var small = ByteLabels;
        if (small.IsEmpty)
        {
            DoubleLabels.CopyTo(destination);
            return;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, small.Length, nameof(destination));
        for (var i = 0; i < small.Length; i++)
        {
            destination[i] = small[i];
        }
    }

    /// <summary>The sample weights, or an empty span when every weight is 1 (<see cref="IsWeighted"/> is false).</summary>
    public readonly ReadOnlySpan<double> Weights =>
        _storage?.Weights is { } weights ? weights.AsSpan(0, _count) : default;

    /// <summary>The weight of sample <paramref name="index"/>.</summary>
    /// <param name="index">The sample's position.</param>
    public readonly double WeightAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        return _storage?.Weights is { } weights ? weights[index] : 1.0;
    }

    /// <summary>Appends the sample of a contribution made with <see cref="Of"/>, with its weight.</summary>
    /// <param name="contribution">The contribution.</param>
    /// <param name="weight">The sample weight, 1 by default.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(SampleBuffer contribution, double weight = 1.0)
    {
        if (!contribution._isContribution || contribution._isRow)
        {
            ThrowNotScalar();
        }

        // The common case (a float score, a small label, capacity reserved by the batch) stays inline.
        if (_storage is not { } storage || storage.Count != _count || !storage.TryAdd(contribution._score, contribution._label, weight))
        {
            AppendSlow(contribution._score, contribution._label, weight);
        }

        _count++;
    }

    private static void ThrowNotScalar() =>
        throw new ArgumentException("Only a contribution made with SampleBuffer.Of can be appended without a row.", "contribution");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AppendSlow(double score, double label, double weight)
    {
        Own(1);
        _storage!.Add(score, label, weight);
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
            var kept = _count > 0 ? _storage!.Width : Math.Max(width, 1);
            var capacity = Capacity(_count, 1, kept, Math.Max(InitialCapacity, 2L * _count));
            _storage = Storage.CopyOf(_storage, _count, capacity, width);
        }
    }

    /// <summary>The most samples a buffer can hold when each has <paramref name="width"/> scores: one array's worth.</summary>
    /// <param name="width">The scores per sample (1 for scalar samples).</param>
    public static int MaxCount(int width) => Array.MaxLength / Math.Max(width, 1);

    /// <summary>
    /// The capacity for <paramref name="count"/> + <paramref name="additional"/> samples, at least
    /// <paramref name="preferred"/> if that fits; throws, before anything is allocated or changed, when they cannot fit.
    /// </summary>
    private static int Capacity(int count, long additional, int width, long preferred)
    {
        var required = count + additional;
        var limit = MaxCount(width);
        if (required > limit)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"A sample buffer holds at most {limit} samples of {width} score(s) (Array.MaxLength / {width}); it holds {count} and {additional} more were added. Evaluate the data in parts and combine their values instead."));
        }

        return (int)Math.Min(Math.Max(required, preferred), limit);
    }

    /// <summary>
    /// Makes room for <paramref name="additional"/> more samples, so that appending them allocates nothing. Generated
    /// batch updates call it with the batch length before the loop; the capacity still at least doubles when it grows.
    /// </summary>
    /// <param name="additional">The number of samples about to be appended.</param>
    /// <exception cref="InvalidOperationException">The samples would not fit in one array (<see cref="MaxCount"/>); nothing changed.</exception>
    public void Reserve(int additional)
    {
        if (additional <= 0)
        {
            return;
        }

        var width = _count > 0 ? _storage!.Width : 1;
        var required = Capacity(_count, additional, width, 0);
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
        var width = _count > 0 ? _storage!.Width : other._storage?.Width ?? 1;
        var total = Capacity(_count, other._count, width, 1);
        var storage = Storage.CopyOf(_storage, _count, total, other._storage?.Width ?? 1);
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

        if (!SameScores(other) || !SameLabels(other))
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

    private readonly bool SameScores(SampleBuffer other)
    {
        if (HasSingleScores == other.HasSingleScores)
        {
            return HasSingleScores ? SingleScores.SequenceEqual(other.SingleScores) : DoubleScores.SequenceEqual(other.DoubleScores);
        }

        for (var i = 0; i < ScoreCount; i++)
        {
            if (!ScoreAt(i).Equals(other.ScoreAt(i)))
            {
                return false;
            }
        }

        return true;
    }

    private readonly bool SameLabels(SampleBuffer other)
    {
        if (HasByteLabels == other.HasByteLabels)
        {
            return HasByteLabels ? ByteLabels.SequenceEqual(other.ByteLabels) : DoubleLabels.SequenceEqual(other.DoubleLabels);
        }

        for (var i = 0; i < _count; i++)
        {
            if (!LabelAt(i).Equals(other.LabelAt(i)))
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
            hash.Add(_storage!.ScoreAt(i));
            hash.Add(_storage.LabelAt(i));
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
}
