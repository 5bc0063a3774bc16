using System.Collections.Generic;
using System.Linq;

namespace Metrics.Orleans.Evaluation;

/// <summary>
/// What an evaluation computes: a collection configuration and the shards whose rows it reads, in the order their
/// states are merged; and how hard it tries (attempts and time per shard, shards at once).
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("Metrics.Orleans.EvaluationRequest")]
public sealed class EvaluationRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="config">The collection every shard evaluates.</param>
    /// <param name="shards">The shards, in merge order; ids unique.</param>
    /// <exception cref="ArgumentException">No shard, or two with one id.</exception>
    public EvaluationRequest(CollectionConfig config, IEnumerable<Shard> shards)
        : this((config ?? throw new ArgumentNullException(nameof(config))).ToJson(), shards)
    {
    }

    /// <summary>Creates a request from a collection configuration's JSON (<see cref="CollectionConfig.ToJson"/>).</summary>
    /// <param name="configJson">The collection every shard evaluates, as JSON.</param>
    /// <param name="shards">The shards, in merge order; ids unique.</param>
    /// <exception cref="ArgumentException">The JSON is not a valid collection configuration, no shard, or two with one id.</exception>
    public EvaluationRequest(string configJson, IEnumerable<Shard> shards)
    {
        ArgumentNullException.ThrowIfNull(configJson);
        ArgumentNullException.ThrowIfNull(shards);
        ConfigJson = configJson;
        ShardList = shards.ToArray();
        Validate();
    }

    /// <summary>The collection configuration as JSON.</summary>
    [Id(0)]
    public string ConfigJson { get; }

    /// <summary>The shards, in merge order.</summary>
    public IReadOnlyList<Shard> Shards => ShardList;

    /// <summary>How many times a shard is tried when its worker times out or its silo dies (default 3).</summary>
    [Id(2)]
    public int MaxAttempts { get; init; } = 3;

    /// <summary>How long one attempt at a shard may take before it is tried again elsewhere (default 10 minutes).</summary>
    [Id(3)]
    public TimeSpan ShardTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The most shards evaluated at once; 0 (the default) starts every shard at once.</summary>
    [Id(4)]
    public int Parallelism { get; init; }

    [Id(1)]
    internal Shard[] ShardList { get; }

    /// <summary>Checks what a request that arrived over the wire (no constructor ran) must hold.</summary>
    /// <exception cref="ArgumentException">The configuration, the shards or a setting is invalid.</exception>
    internal void Validate()
    {
        _ = MetricCollection.FromConfig(CollectionConfig.FromJson(ConfigJson));
        if (ShardList is not { Length: > 0 })
        {
            throw new ArgumentException("An evaluation needs at least one shard.", "shards");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ShardList.Length; i++)
        {
            var shard = ShardList[i] ?? throw new ArgumentException($"Shard {i} is null.", "shards");
            if (!ids.Add(shard.Id))
            {
                throw new ArgumentException($"The shard id '{shard.Id}' is given to more than one shard (shard {i}).", "shards");
            }
        }

        if (MaxAttempts < 1)
        {
            throw new ArgumentException($"MaxAttempts must be at least 1, not {MaxAttempts}.", nameof(MaxAttempts));
        }

        if (ShardTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"ShardTimeout must be positive, not {ShardTimeout}.", nameof(ShardTimeout));
        }

        if (Parallelism < 0)
        {
            throw new ArgumentException($"Parallelism must be 0 (every shard at once) or positive, not {Parallelism}.", nameof(Parallelism));
        }
    }
}
