using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Metrics.Orleans.Evaluation;
using Metrics.Orleans.Serialization;
using Metrics.Orleans.Tests.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Serialization;
using Orleans.Storage;

namespace Metrics.Orleans.Tests.PostgreSql;

/// <summary>An evaluation whose cluster membership and grain state are in PostgreSQL, through Orleans' ADO.NET providers.</summary>
public sealed class PostgreSqlEvaluationTests(PostgreSqlThreeSilos silos) : IClassFixture<PostgreSqlThreeSilos>
{
    private const int Active = 3;

    // The state names of the evaluation's record and of its shards' records (EvaluationOptions.StateName, ".shard"),
    // which the ADO.NET storage keeps as the row's grain type.
    private const string EvaluationRecord = "evaluation";
    private const string ShardRecords = "evaluation.shard";

    [PostgreSqlFact]
    public async Task An_evaluation_whose_silo_stops_reactivates_from_PostgreSQL_and_gives_the_bits_of_one_process()
    {
        var cluster = silos.Cluster ?? throw new InvalidOperationException(PostgreSqlDatabase.RequireConnectionString());
        var shards = Shards.Generated(8, 100_000, delayMs: 150);
        var id = ThreeSilos.NewId();
        var evaluation = cluster.GrainFactory.GetGrain<IEvaluationGrain>(id);
        var storage = new OrleansGrainStorageSerializer(cluster.Client.ServiceProvider.GetRequiredService<Serializer>());

        Assert.Equal([Active, Active, Active], await PostgreSqlRows.SiloStatuses(cluster.Options.ClusterId));

        await evaluation.StartAsync(new EvaluationRequest(Shards.WithAuc, shards) { Parallelism = 2 });

        // Wait until the evaluation's row lists two accepted shards.
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        (byte[] Payload, int Version) midway;
        EvaluationState midwayState;
        do
        {
            await Task.Delay(20, limit.Token);
            var rows = await PostgreSqlRows.StoredStates(cluster.Options.ServiceId, EvaluationRecord);
            midway = rows.Count == 1 ? rows[0] : default;
            midwayState = midway.Payload is null ? new EvaluationState() : Assert.IsType<EvaluationState>(storage.Deserialize<EvaluationState>(new BinaryData(midway.Payload)));
        }
        while (midwayState.Rows.Count < 2);

        Assert.Equal(EvaluationStatus.Running, midwayState.Status);
        Assert.InRange(midwayState.Rows.Count, 2, 7);

        // Stop the silo that hosts the evaluation grain: the next call activates it on another silo, from PostgreSQL.
        Assert.True(cluster.TryGetGrainContext(evaluation.GetGrainId(), out var context));
        var host = cluster.Silos.Single(s => s.SiloAddress.Equals(context!.Address.SiloAddress));
        await cluster.StopSiloAsync(host);
        var reactivated = await evaluation.GetProgressAsync();
        var result = await evaluation.WaitForResultAsync(TimeSpan.FromMilliseconds(20), cancellationToken: limit.Token);

        Assert.True(cluster.TryGetGrainContext(evaluation.GetGrainId(), out var moved));
        Assert.NotEqual(host.SiloAddress, moved!.Address.SiloAddress);
        Assert.InRange(reactivated.ShardsDone, midwayState.Rows.Count, 8);
        Assert.Equal(800_000, result.Rows);
        var expected = MetricCollectionState.ToBytes(Shards.InOneProcess(Shards.WithAuc, shards));
        Assert.Equal(expected, MetricCollectionState.ToBytes(result.Collection));

        // The completed record in the database lists every shard and holds the merged bytes (packed); each shard's state
        // is a row of its own (8 rows, whatever the retries: a shard's row is written over, never added twice) with the
        // packed bytes of that shard in one process; the stopped silo is dead in the membership table.
        var completed = Assert.Single(await PostgreSqlRows.StoredStates(cluster.Options.ServiceId, EvaluationRecord));
        var completedState = Assert.IsType<EvaluationState>(storage.Deserialize<EvaluationState>(new BinaryData(completed.Payload)));
        Assert.Equal(EvaluationStatus.Completed, completedState.Status);
        Assert.Equal(shards.Select(s => s.Id).Order(), completedState.Rows.Keys.Order());
        Assert.True(completedState.ResultPacked);
        Assert.Equal(expected, PackedState.Unpack(completedState.Result));
        var shardRows = (await PostgreSqlRows.StoredStates(cluster.Options.ServiceId, ShardRecords))
            .Select(row => Assert.IsType<ShardStateRecord>(storage.Deserialize<ShardStateRecord>(new BinaryData(row.Payload))))
            .ToArray();
        Assert.Equal(8, shardRows.Length);
        Assert.Equal(800_000, shardRows.Sum(r => r.Rows));
        Assert.Equal(
            shards.Select(s => Convert.ToHexString(MetricCollectionState.ToBytes(Shards.InOneProcess(Shards.WithAuc, [s])))).Order(),
            shardRows.Select(r => Convert.ToHexString(r.Packed ? PackedState.Unpack(r.State) : [])).Order());
        Assert.True(completed.Version > midway.Version, $"The record was not rewritten: version {midway.Version}, then {completed.Version}.");
        var statuses = await PostgreSqlRows.SiloStatuses(cluster.Options.ClusterId);
        Assert.Equal(3, statuses.Count);
        Assert.Equal(2, statuses.Count(s => s == Active));
    }
}
