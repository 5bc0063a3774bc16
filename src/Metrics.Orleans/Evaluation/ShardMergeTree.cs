using System.Collections.Generic;

namespace Metrics.Orleans.Evaluation;

/// <summary>
/// <see cref="ShardMerge"/>'s tree, merged as the shards arrive: a node is merged as soon as both its children are in,
/// whatever the order of arrival, so the root holds the same bits as <see cref="ShardMerge.Owned"/> over all shards and
/// the last shard to arrive costs at most one merge per level instead of the whole tree.
/// </summary>
internal sealed class ShardMergeTree
{
    // Level 0 holds the shards; level L + 1 has a node for each pair of level L (an odd last node is carried up).
    private readonly MetricCollection?[][] _levels;
    private readonly bool[] _added;

    public ShardMergeTree(int shards)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        var levels = new List<MetricCollection?[]> { new MetricCollection?[shards] };
        while (levels[^1].Length > 1)
        {
            levels.Add(new MetricCollection?[(levels[^1].Length + 1) / 2]);
        }

        _levels = [.. levels];
        _added = new bool[shards];
    }

    /// <summary>The merged collection once every shard is in, or null.</summary>
    public MetricCollection? Root => Array.TrueForAll(_added, added => added) ? _levels[^1][0] : null;

    /// <summary>Whether the shard at <paramref name="index"/> is in.</summary>
    public bool Contains(int index) => _added[index];

    /// <summary>Adds the state of the shard at <paramref name="index"/>, a collection nobody else holds (merges go into it).</summary>
    public void Add(int index, MetricCollection shard)
    {
        ArgumentNullException.ThrowIfNull(shard);
        if (_added[index])
        {
            throw new InvalidOperationException($"Shard {index} was already merged.");
        }

        _added[index] = true;
        Place(0, index, shard);
    }

    private void Place(int level, int index, MetricCollection node)
    {
        var nodes = _levels[level];
        if (nodes.Length == 1)
        {
            nodes[0] = node;
            return;
        }

        var sibling = index ^ 1;
        if (sibling >= nodes.Length)
        {
            Place(level + 1, index / 2, node);
            return;
        }

        if (nodes[sibling] is not { } other)
        {
            nodes[index] = node;
            return;
        }

        nodes[sibling] = null;
        var (left, right) = index % 2 == 0 ? (node, other) : (other, node);
        left.Merge(right);
        Place(level + 1, index / 2, left);
    }
}
