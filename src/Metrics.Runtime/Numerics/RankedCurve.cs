using System.Buffers;

namespace Metrics.Numerics;

/// <summary>
/// Walks kept (score, label, weight) samples from the highest score down, one distinct score at a time, giving the
/// cumulative weighted true and false positives when that score is the threshold (a sample is positive iff its score
/// is ≥ the threshold): scikit-learn's <c>_binary_clf_curve</c>, streamed. Tied scores form one step, which is how
/// scikit-learn averages ties. The ranking is <see cref="RadixRanking"/>'s O(n) sort.
/// </summary>
/// <remarks>
/// Labels are 0 or 1. When every score is a float (always so for float inputs), each sample is packed into one
/// 64-bit item, its 32-bit key above its position and label, and the items are radix-sorted by key: the walk then reads
/// the sorted items sequentially, with no random access except to weights. Otherwise a permutation is sorted and the
/// walk reads through it. Dispose the walker to return its pooled buffers.
/// </remarks>
public ref struct RankedCurve
{
    private readonly ReadOnlySpan<double> _scores;
    private readonly ReadOnlySpan<double> _labels;
    private readonly ReadOnlySpan<byte> _byteLabels;
    private readonly ReadOnlySpan<double> _weights;
    private readonly ReadOnlySpan<ulong> _packed;
    private int[]? _order;
    private ulong[]? _items;
    private ulong[]? _scratch;
    private int _next;

    /// <summary>Ranks the samples of <paramref name="samples"/>.</summary>
    /// <param name="samples">The kept samples; no score may be NaN.</param>
    /// <exception cref="ArgumentException">A score is NaN.</exception>
    public RankedCurve(SampleBuffer samples)
    {
        _weights = samples.Weights;
        _byteLabels = samples.ByteLabels;
        _labels = samples.DoubleLabels;
        var n = samples.Count;
        _next = n - 1;
        Threshold = double.PositiveInfinity;
        if (!samples.HasSingleScores)
        {
            _scores = samples.DoubleScores;
            _order = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
            RadixRanking.SortOrder(_scores, _order.AsSpan(0, n));
            return;
        }

        var scores = samples.SingleScores;
        _items = ArrayPool<ulong>.Shared.Rent(Math.Max(n, 1));
        _scratch = ArrayPool<ulong>.Shared.Rent(Math.Max(n, 1));
        var items = _items.AsSpan(0, n);
        var byteLabels = _byteLabels;
        var labels = _labels;
        for (var i = 0; i < items.Length; i++)
        {
            var score = scores[i];
            if (float.IsNaN(score))
            {
                Dispose();
                throw new ArgumentException($"scores[{i}] is NaN, which has no rank.", nameof(samples));
            }

            var positive = byteLabels.IsEmpty ? labels[i] != 0 : byteLabels[i] != 0;
            items[i] = ((ulong)RadixRanking.Key(score) << 32) | ((uint)i << 1) | (positive ? 1u : 0u);
        }

        _packed = RadixRanking.SortByHigh32(items, _scratch.AsSpan(0, n));
    }

    /// <summary>Ranks samples given as parallel spans.</summary>
    /// <param name="scores">The scores; none may be NaN.</param>
    /// <param name="labels">The labels, 0 or 1, as many as scores.</param>
    /// <param name="weights">The weights, as many as scores, or empty for all 1.</param>
    /// <exception cref="ArgumentException">A score is NaN, or the lengths differ.</exception>
    public RankedCurve(ReadOnlySpan<double> scores, ReadOnlySpan<double> labels, ReadOnlySpan<double> weights)
    {
        if (labels.Length != scores.Length || (!weights.IsEmpty && weights.Length != scores.Length))
        {
            throw new ArgumentException($"{scores.Length} scores need as many labels ({labels.Length}) and weights ({weights.Length}).", nameof(labels));
        }

        _scores = scores;
        _labels = labels;
        _weights = weights;
        var n = _scores.Length;
        _next = n - 1;
        Threshold = double.PositiveInfinity;
        var allSingle = true;
        for (var i = 0; i < n; i++)
        {
            var score = _scores[i];
            if (double.IsNaN(score))
            {
                throw new ArgumentException($"scores[{i}] is NaN, which has no rank.", nameof(scores));
            }

            allSingle &= (double)(float)score == score;
        }

        if (allSingle)
        {
            _items = ArrayPool<ulong>.Shared.Rent(Math.Max(n, 1));
            _scratch = ArrayPool<ulong>.Shared.Rent(Math.Max(n, 1));
            for (var i = 0; i < n; i++)
            {
                _items[i] = ((ulong)RadixRanking.Key((float)_scores[i]) << 32) | ((uint)i << 1) | (_labels[i] != 0 ? 1u : 0u);
            }

            _packed = RadixRanking.SortByHigh32(_items.AsSpan(0, n), _scratch.AsSpan(0, n));
        }
        else
        {
            _order = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
            RadixRanking.SortOrder(_scores, _order.AsSpan(0, n));
        }
    }

    /// <summary>The current threshold: the distinct score of the current step.</summary>
    public double Threshold { get; private set; }

    /// <summary>The weighted number of positives with a score ≥ <see cref="Threshold"/>.</summary>
    public double TruePositives { get; private set; }

    /// <summary>The weighted number of negatives with a score ≥ <see cref="Threshold"/>.</summary>
    public double FalsePositives { get; private set; }

    /// <summary>Advances to the next lower distinct score; false after the lowest.</summary>
    public bool MoveNext()
    {
        if (_next < 0)
        {
            return false;
        }

        return _order is null ? MovePacked() : MoveOrdered();
    }

    /// <summary>Returns the pooled buffers.</summary>
    public void Dispose()
    {
        if (_order is not null)
        {
            ArrayPool<int>.Shared.Return(_order);
            _order = null;
        }

        if (_items is not null)
        {
            ArrayPool<ulong>.Shared.Return(_items);
            ArrayPool<ulong>.Shared.Return(_scratch!);
            _items = null;
            _scratch = null;
        }
    }

    private bool MovePacked()
    {
        var packed = _packed;
        var weights = _weights;
        var key = (uint)(packed[_next] >> 32);
        double tp = TruePositives, fp = FalsePositives;
        var i = _next;
        if (weights.IsEmpty)
        {
            long positives = 0, count = 0;
            for (; i >= 0; i--)
            {
                var item = packed[i];
                if ((uint)(item >> 32) != key)
                {
                    break;
                }

                positives += (long)(item & 1);
                count++;
            }

            tp += positives;
            fp += count - positives;
        }
        else
        {
            for (; i >= 0; i--)
            {
                var item = packed[i];
                if ((uint)(item >> 32) != key)
                {
                    break;
                }

                var weight = weights[(int)((uint)item >> 1)];
                var positive = weight * (double)(item & 1);
                tp += positive;
                fp += weight - positive;
            }
        }

        _next = i;
        Threshold = RadixRanking.FromKey(key);
        TruePositives = tp;
        FalsePositives = fp;
        return true;
    }

    private bool MoveOrdered()
    {
        var order = _order!;
        var scores = _scores;
        var labels = _labels;
        var weighted = !_weights.IsEmpty;
        var threshold = scores[order[_next]];
        double tp = TruePositives, fp = FalsePositives;
        var i = _next;
        for (; i >= 0; i--)
        {
            var index = order[i];
            if (scores[index] != threshold)
            {
                break;
            }

            double label = _byteLabels.IsEmpty ? labels[index] : _byteLabels[index];
            var weight = weighted ? _weights[index] : 1.0;
            tp += weight * label;
            fp += weight - (weight * label);
        }

        _next = i;
        Threshold = threshold + 0.0;
        TruePositives = tp;
        FalsePositives = fp;
        return true;
    }
}
