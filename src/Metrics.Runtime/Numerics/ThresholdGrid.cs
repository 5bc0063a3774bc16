using System.Runtime.CompilerServices;

namespace Metrics.Numerics;

/// <summary>
/// The threshold grid of a binned curve metric, as Keras builds it, and the bucket of a score: the number of
/// thresholds strictly below it, so that a score is positive at threshold i iff its bucket is greater than i.
/// Counting scores per bucket and taking suffix sums gives every threshold's confusion counts in O(n + thresholds).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>AUC grid (<c>withEndpoints</c>): −1e-7, then i/(n−1) for i = 1…n−2, then 1 + 1e-7 (n thresholds in all); or
/// −1e-7, the explicit thresholds, 1 + 1e-7.</item>
/// <item>Rate grid (the at-X metrics): i/(n−1) for i = 0…n−1; a single threshold is 0.5.</item>
/// </list>
/// Evenly spaced grids find the bucket by direct index, corrected by at most a step against the exact thresholds;
/// explicit lists by binary search.
/// </remarks>
public readonly struct ThresholdGrid
{
    /// <summary>Keras's epsilon for the endpoints of the AUC grid.</summary>
    public const double Epsilon = 1e-7;

    private readonly int _numThresholds;
    private readonly double[]? _explicit;
    private readonly bool _withEndpoints;

    /// <summary>Creates the grid.</summary>
    /// <param name="numThresholds">The size of an evenly spaced grid (ignored when <paramref name="thresholds"/> is given).</param>
    /// <param name="thresholds">An explicit list, or the default for the evenly spaced grid.</param>
    /// <param name="withEndpoints">Whether the grid is the AUC grid with the ±1e-7 endpoints.</param>
    public ThresholdGrid(int numThresholds, CurveThresholds thresholds, bool withEndpoints)
    {
        _numThresholds = numThresholds;
        _explicit = thresholds.Sorted;
        _withEndpoints = withEndpoints;
    }

    /// <summary>The number of thresholds.</summary>
    public int Count => _explicit is null ? _numThresholds : _explicit.Length + (_withEndpoints ? 2 : 0);

    /// <summary>Threshold <paramref name="i"/>, ascending.</summary>
    /// <param name="i">The index, in [0, <see cref="Count"/>).</param>
    public double this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_withEndpoints)
            {
                if (i == 0)
                {
                    return -Epsilon;
                }

                if (i == Count - 1)
                {
                    return 1 + Epsilon;
                }

                return _explicit is null ? i * 1.0 / (_numThresholds - 1) : _explicit[i - 1];
            }

            return _explicit is not null ? _explicit[i] : _numThresholds == 1 ? 0.5 : i * 1.0 / (_numThresholds - 1);
        }
    }

    /// <summary>The number of thresholds strictly below <paramref name="score"/> (0 for NaN).</summary>
    /// <param name="score">The score.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Bucket(double score)
    {
        var count = Count;
        int bucket;
        if (_explicit is null && _numThresholds > 1)
        {
            var estimate = Math.Ceiling(score * (_numThresholds - 1));
            bucket = estimate >= count ? count : estimate > 0 ? (int)estimate : 0;
            while (bucket > 0 && !(this[bucket - 1] < score))
            {
                bucket--;
            }

            while (bucket < count && this[bucket] < score)
            {
                bucket++;
            }

            return bucket;
        }

        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (this[mid] < score)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// Turns per-bucket counts (cell 2b + label) into per-threshold counts of predicted positives: true positives and
    /// false positives at each threshold (a score is positive iff it is &gt; the threshold).
    /// </summary>
    /// <param name="cells">The per-bucket counts, <c>2 * (Count + 1)</c> cells.</param>
    /// <param name="truePositives">Receives TP per threshold.</param>
    /// <param name="falsePositives">Receives FP per threshold.</param>
    /// <returns>The total weights of positives and negatives.</returns>
    public (double Positives, double Negatives) Confusion(ReadOnlySpan<double> cells, Span<double> truePositives, Span<double> falsePositives)
    {
        var count = Count;
        double tp = 0, fp = 0;
        for (var b = count; b >= 1; b--)
        {
            tp += cells.IsEmpty ? 0 : cells[(2 * b) + 1];
            fp += cells.IsEmpty ? 0 : cells[2 * b];
            truePositives[b - 1] = tp;
            falsePositives[b - 1] = fp;
        }

        return (tp + (cells.IsEmpty ? 0 : cells[1]), fp + (cells.IsEmpty ? 0 : cells[0]));
    }
}
