using System.Collections.Generic;
using System.Linq;

namespace Metrics.Orleans.Evaluation;

/// <summary>
/// The order in which an evaluation merges its shards' states: pairwise by shard index (0+1, 2+3, …, an odd last one
/// carried up; then pairs of pairs). It depends only on the shards' order in the request, never on which silo
/// finished first, so a value computed elsewhere from the same shard states with this method has the same bits.
/// </summary>
public static class ShardMerge
{
    /// <summary>Merges the shards' collections in the evaluation's order; the arguments are left as they were.</summary>
    /// <param name="shards">The shards' collections, in the request's shard order (at least one).</param>
    /// <returns>A new collection holding the merged state.</returns>
    /// <exception cref="ArgumentException">No shard was given.</exception>
    public static MetricCollection InShardOrder(IEnumerable<MetricCollection> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        return Owned([.. shards.Select(shard => MetricCollectionState.Read(MetricCollectionState.ToBytes(shard)))]);
    }

    // Merges into the first collection of each pair, so the caller hands over collections nobody else holds. Log2(S)
    // levels instead of S - 1 merges into one growing accumulator, which made sample-keeping states (exact AUC)
    // quadratic in the shard count.
    internal static MetricCollection Owned(List<MetricCollection> level)
    {
        if (level.Count == 0)
        {
            throw new ArgumentException("There is no shard to merge.", "shards");
        }

        while (level.Count > 1)
        {
            var next = new List<MetricCollection>((level.Count + 1) / 2);
            for (var i = 0; i < level.Count; i += 2)
            {
                if (i + 1 < level.Count)
                {
                    level[i].Merge(level[i + 1]);
                }

                next.Add(level[i]);
            }

            level = next;
        }

        return level[0];
    }
}
