using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Metrics.Orleans.Evaluation;
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

    // Orleans' name for EvaluationGrain: the class name without "Grain", lower-cased.
    private const string EvaluationGrainType = "evaluation";

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

        // Wait until the database holds two accepted shard states (the grain's progress may count a state whose write
        // is still in flight, so the row itself is polled).
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        (byte[] Payload, int Version) midway;
        EvaluationState midwayState;
        do
        {
            await Task.Delay(20, limit.Token);
            var rows = await PostgreSqlRows.StoredStates(cluster.Options.ServiceId, EvaluationGrainType);
            midway = rows.Count == 1 ? rows[0] : default;
            midwayState = midway.Payload is null ? new EvaluationState() : Assert.IsType<EvaluationState>(storage.Deserialize<EvaluationState>(new BinaryData(midway.Payload)));
        }
        while (midwayState.States.Count < 2);

        Assert.Equal(EvaluationStatus.Running, midwayState.Status);
        Assert.InRange(midwayState.States.Count, 2, 7);

        // Stop the silo that hosts the evaluation grain: the next call activates it on another silo, from PostgreSQL.
        Assert.True(cluster.TryGetGrainContext(evaluation.GetGrainId(), out var context));
        var host = cluster.Silos.Single(s => s.SiloAddress.Equals(context!.Address.SiloAddress));
        await cluster.StopSiloAsync(host);
        var reactivated = await evaluation.GetProgressAsync();
        var result = await evaluation.WaitForResultAsync(TimeSpan.FromMilliseconds(20), cancellationToken: limit.Token);

        Assert.True(cluster.TryGetGrainContext(evaluation.GetGrainId(), out var moved));
        Assert.NotEqual(host.SiloAddress, moved!.Address.SiloAddress);
        Assert.InRange(reactivated.ShardsDone, midwayState.States.Count, 8);
        Assert.Equal(800_000, result.Rows);
        var expected = MetricCollectionState.ToBytes(Shards.InOneProcess(Shards.WithAuc, shards));
        Assert.Equal(expected, MetricCollectionState.ToBytes(result.Collection));

        // The completed record in the database holds every shard and the merged bytes; the stopped silo is dead in the membership table.
        var completed = Assert.Single(await PostgreSqlRows.StoredStates(cluster.Options.ServiceId, EvaluationGrainType));
        var completedState = Assert.IsType<EvaluationState>(storage.Deserialize<EvaluationState>(new BinaryData(completed.Payload)));
        Assert.Equal(EvaluationStatus.Completed, completedState.Status);
        Assert.Equal(8, completedState.States.Count);
        Assert.Equal(expected, completedState.Result);
        Assert.True(completed.Version > midway.Version, $"The record was not rewritten: version {midway.Version}, then {completed.Version}.");
        var statuses = await PostgreSqlRows.SiloStatuses(cluster.Options.ClusterId);
        Assert.Equal(3, statuses.Count);
        Assert.Equal(2, statuses.Count(s => s == Active));
    }
}
