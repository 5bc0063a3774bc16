using System;
using System.Buffers;

namespace Metrics.Numerics;

/// <summary>
/// Walks kept (score, label, weight) samples from the highest score down, one distinct score at a time, giving the
/// cumulative weighted true and false positives when that score is the threshold (a sample is positive iff its score
/// is ≥ the threshold): scikit-learn's <c>_binary_clf_curve</c>, streamed. Tied scores form one step, which is how
/// scikit-learn averages ties. The ranking is <see cref="RadixRanking"/>'s O(n) sort.
/// </summary>
/// <remarks>Labels are 0 or 1. Dispose the walker to return its pooled ranking buffer.</remarks>
public ref struct RankedCurve
{
    private readonly ReadOnlySpan<double> _scores;
    private readonly ReadOnlySpan<double> _labels;
    private readonly ReadOnlySpan<double> _weights;
    private int[]? _order;
    private int _next;

    /// <summary>Ranks the samples of <paramref name="samples"/>.</summary>
    /// <param name="samples">The kept samples; no score may be NaN.</param>
    public RankedCurve(SampleBuffer samples)
    {
        _scores = samples.Scores;
        _labels = samples.Labels;
        _weights = samples.Weights;
        _order = ArrayPool<int>.Shared.Rent(Math.Max(_scores.Length, 1));
        RadixRanking.SortOrder(_scores, _order.AsSpan(0, _scores.Length));
        _next = _scores.Length - 1;
        Threshold = double.PositiveInfinity;
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

            var label = labels[index];
            var weight = weighted ? _weights[index] : 1.0;
            tp += weight * label;
            fp += weight - (weight * label);
        }

        _next = i;
        Threshold = threshold;
        TruePositives = tp;
        FalsePositives = fp;
        return true;
    }

    /// <summary>Returns the pooled ranking buffer.</summary>
    public void Dispose()
    {
        if (_order is not null)
        {
            ArrayPool<int>.Shared.Return(_order);
            _order = null;
        }
    }
}
