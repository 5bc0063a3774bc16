using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Metrics.Orleans.Evaluation;
using Metrics.Orleans.Tests.Cluster;

namespace Metrics.Orleans.Tests;

/// <summary>Evaluations on a three-silo cluster: the merged bits, exactly once per shard, reactivation, bad data.</summary>
public sealed class EvaluationTests(ThreeSilos silos) : IClassFixture<ThreeSilos>
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    private IEvaluationGrain Evaluation(string id) => silos.Cluster.GrainFactory.GetGrain<IEvaluationGrain>(id);

    private static async Task<EvaluationResult> Wait(IEvaluationGrain evaluation)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        return await evaluation.WaitForResultAsync(Poll, cancellationToken: limit.Token);
    }

    private static void AssertSameBits(MetricCollection expected, EvaluationResult result)
    {
        Assert.Equal(MetricCollectionState.ToBytes(expected), MetricCollectionState.ToBytes(result.Collection));
        Assert.Equal(expected.Compute(), result.Collection.Compute());
    }

    [Fact]
    public async Task Ten_million_rows_in_sixteen_shards_give_the_bits_of_one_process()
    {
        var shards = Shards.Generated(16, 625_000);
        var evaluation = Evaluation(ThreeSilos.NewId());

        await evaluation.StartAsync(new EvaluationRequest(Shards.Binary, shards));
        var result = await Wait(evaluation);

        Assert.Equal(10_000_000, result.Rows);
        Assert.Equal(16, result.Shards);
        AssertSameBits(Shards.InOneProcess(Shards.Binary, shards), result);

        // Counts do not depend on the order of the rows: one pass over all ten million gives the same precision.
        var onePass = Shards.InOneProcess(Shards.Binary, Shards.Generated(1, 10_000_000));
        Assert.Equal(onePass.Compute("precision"), result.Collection.Compute("precision"));
        Assert.Equal(onePass.Compute("recall"), result.Collection.Compute("recall"));
    }

    [Fact]
    public async Task Histogram_states_of_an_odd_number_of_shards_finishing_in_reverse_order_give_the_bits_of_one_process()
    {
        // Later shards wait less, so they arrive first: the grain merges as they arrive, yet in the shard order's tree.
        var config = new MetricCollection("precision", "histogram_roc_auc").GetConfig();
        var shards = Enumerable.Range(0, 11).Select(i => Shard.FromSource(
            $"s{i:D2}", GeneratedRows.Name, string.Create(CultureInfo.InvariantCulture, $"{i * 20_000}:20000:{(10 - i) * 30}"))).ToArray();
        var evaluation = Evaluation(ThreeSilos.NewId());

        await evaluation.StartAsync(new EvaluationRequest(config, shards));
        var result = await Wait(evaluation);

        Assert.Equal(220_000, result.Rows);
        AssertSameBits(Shards.InOneProcess(config, shards), result);
    }

    [Fact]
    public async Task A_duplicated_shard_delivery_is_not_counted_twice()
    {
        // Shard 2's worker hangs 3 s before reading (the others read at once), so that a loaded machine still
        // delivers the tool's copy first.
        var shards = Shards.Generated(4, 50_000);
        shards[2] = Shard.FromSource(shards[2].Id, GeneratedRows.Name, $"100000:50000:0:-1:3000:{ThreeSilos.NewId()}");
        var shard2 = Shards.InOneProcess(Shards.WithAuc, [shards[2]]);
        var evaluation = Evaluation(ThreeSilos.NewId());
        await evaluation.StartAsync(new EvaluationRequest(Shards.WithAuc, shards));

        // A tool delivers shard 2 itself, twice, while its worker is still waiting to read it.
        var first = await evaluation.AcceptShardAsync(new ShardResult { ShardId = shards[2].Id, State = shard2, Rows = 50_000 });
        var second = await evaluation.AcceptShardAsync(new ShardResult { ShardId = shards[2].Id, State = shard2, Rows = 50_000 });
        var result = await Wait(evaluation);
        var third = await evaluation.AcceptShardAsync(new ShardResult { ShardId = shards[0].Id, State = shard2, Rows = 50_000 });

        Assert.True(first);
        Assert.False(second);
        Assert.False(third);
        Assert.Equal(200_000, result.Rows);
        AssertSameBits(Shards.InOneProcess(Shards.WithAuc, shards), await evaluation.GetResultAsync());
    }

    [Fact]
    public async Task Deliveries_of_one_shard_at_the_same_time_are_accepted_once()
    {
        // Shard 1's worker hangs 3 s before reading, so the tool's copies arrive while its record is not yet written.
        var shards = Shards.Generated(3, 20_000);
        shards[1] = Shard.FromSource(shards[1].Id, GeneratedRows.Name, $"20000:20000:0:-1:3000:{ThreeSilos.NewId()}");
        var shard1 = Shards.InOneProcess(Shards.WithAuc, [shards[1]]);
        var evaluation = Evaluation(ThreeSilos.NewId());
        await evaluation.StartAsync(new EvaluationRequest(Shards.WithAuc, shards));

        var accepted = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            evaluation.AcceptShardAsync(new ShardResult { ShardId = shards[1].Id, State = shard1, Rows = 20_000 })));
        var result = await Wait(evaluation);

        Assert.Equal(1, accepted.Count(a => a));
        Assert.Equal(60_000, result.Rows);
        AssertSameBits(Shards.InOneProcess(Shards.WithAuc, shards), result);
    }

    [Fact]
    public async Task A_waiting_client_is_told_when_the_evaluation_completes()
    {
        var shards = Shards.Generated(4, 50_000);
        var evaluation = Evaluation(ThreeSilos.NewId());
        var notStarted = await evaluation.WaitAsync(TimeSpan.FromSeconds(20));
        await evaluation.StartAsync(new EvaluationRequest(Shards.WithAuc, shards));

        // The evaluation takes well under 20 s: a wait that ran out instead of being told would see it still running.
        var done = await evaluation.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(EvaluationStatus.NotStarted, notStarted.Status);
        Assert.Equal((EvaluationStatus.Completed, 4, 200_000L), (done.Status, done.ShardsDone, done.Rows));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => evaluation.WaitAsync(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public async Task A_deactivated_evaluation_reactivates_from_storage_and_resumes()
    {
        var shards = Shards.Generated(8, 200_000, delayMs: 50);
        var evaluation = Evaluation(ThreeSilos.NewId());
        await evaluation.StartAsync(new EvaluationRequest(Shards.Binary, shards) { Parallelism = 2 });
        while ((await evaluation.GetProgressAsync()).ShardsDone < 2)
        {
            await Task.Delay(Poll);
        }

        await silos.Cluster.DeactivateAsync(evaluation);
        var reactivated = await evaluation.GetProgressAsync();
        var result = await Wait(evaluation);

        Assert.InRange(reactivated.ShardsDone, 2, 8);
        Assert.Equal(8, reactivated.ShardsTotal);
        AssertSameBits(Shards.InOneProcess(Shards.Binary, shards), result);
    }

    [Fact]
    public async Task A_bad_shard_fails_the_evaluation_naming_shard_file_and_row_and_resumes_once_replaced()
    {
        var directory = Directory.CreateTempSubdirectory("metrics-orleans-").FullName;
        try
        {
            var mapping = new Data.ColumnMapping("y", "p");
            var good = Path.Combine(directory, "good.csv");
            var bad = Path.Combine(directory, "bad.csv");
            var fixedFile = Path.Combine(directory, "fixed.csv");
            await File.WriteAllTextAsync(good, "y,p\n1,0.9\n0,0.2\n1,0.4\n");
            await File.WriteAllTextAsync(bad, "y,p\n0,0.3\n1,0.8\n1,abc\n0,0.1\n");
            await File.WriteAllTextAsync(fixedFile, "y,p\n0,0.3\n1,0.8\n1,0.6\n0,0.1\n");
            Shard[] shards =
            [
                Shard.File("good", good, mapping),
                Shard.File("bad", bad, mapping),
                .. Shards.Generated(2, 1000),
            ];
            var evaluation = Evaluation(ThreeSilos.NewId());
            await evaluation.StartAsync(new EvaluationRequest(Shards.WithAuc, shards));

            var failed = await Assert.ThrowsAsync<EvaluationFailedException>(() => Wait(evaluation));
            var progress = await evaluation.GetProgressAsync();

            Assert.Equal("bad", failed.Failure!.ShardId);
            Assert.Equal(bad, failed.Failure.File);
            Assert.Equal(4, failed.Failure.Row);
            Assert.Contains("Shard 'bad'", failed.Message, StringComparison.Ordinal);
            Assert.Contains("row 4", failed.Message, StringComparison.Ordinal);
            Assert.Contains(bad, failed.Message, StringComparison.Ordinal);
            Assert.Equal(EvaluationStatus.Failed, progress.Status);
            await Assert.ThrowsAsync<InvalidOperationException>(evaluation.GetResultAsync);

            await evaluation.ResumeAsync([Shard.File("bad", fixedFile, mapping)]);
            var result = await Wait(evaluation);

            Assert.Equal(4 + 3 + 2000, result.Rows);
            AssertSameBits(Shards.InOneProcess(Shards.WithAuc, shards.Select(s => s.Id == "bad" ? Shard.File("bad", fixedFile, mapping) : s)), result);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_shard_counts_in_the_progress_only_once_its_state_and_the_evaluation_record_are_stored()
    {
        // The worker waits 0.5 s before each of its 2 batches, so the holds are in place before it is done.
        var shards = Shards.Generated(1, 100_000, delayMs: 500);
        var id = ThreeSilos.NewId();
        var evaluation = Evaluation(id);
        await evaluation.StartAsync(new EvaluationRequest(Shards.Binary, shards));

        // The shard's own record ("evaluation.shard/evaluation/{id}/s00"), then the evaluation's ("evaluation/evaluation/{id}").
        using var shardRecord = WriteHold.Writes(key => key.EndsWith($"{id}/{shards[0].Id}", StringComparison.Ordinal));
        using var evaluationRecord = WriteHold.Writes(key => key.EndsWith($"/{id}", StringComparison.Ordinal));
        await Reached(shardRecord, "the shard's record");
        var whileStateWritten = await evaluation.GetProgressAsync();
        shardRecord.Dispose();
        await Reached(evaluationRecord, "the evaluation's record");
        var whileRecordWritten = await evaluation.GetProgressAsync();
        evaluationRecord.Dispose();
        var result = await Wait(evaluation);
        var done = await evaluation.GetProgressAsync();

        Assert.Equal((EvaluationStatus.Running, 0, 0L), (whileStateWritten.Status, whileStateWritten.ShardsDone, whileStateWritten.Rows));
        Assert.Equal((EvaluationStatus.Running, 0, 0L), (whileRecordWritten.Status, whileRecordWritten.ShardsDone, whileRecordWritten.Rows));
        Assert.Equal((EvaluationStatus.Completed, 1, 100_000L), (done.Status, done.ShardsDone, done.Rows));
        AssertSameBits(Shards.InOneProcess(Shards.Binary, shards), result);

        static async Task Reached(WriteHold hold, string what)
        {
            var finished = await Task.WhenAny(hold.Reached, Task.Delay(TimeSpan.FromSeconds(60)));
            Assert.True(finished == hold.Reached, $"No write of {what} arrived within 60 s.");
        }
    }

    [Fact]
    public async Task Starting_again_with_the_same_request_is_harmless_and_with_another_is_refused()
    {
        var shards = Shards.Generated(2, 1000);
        var evaluation = Evaluation(ThreeSilos.NewId());
        await evaluation.StartAsync(new EvaluationRequest(Shards.Binary, shards));
        await evaluation.StartAsync(new EvaluationRequest(Shards.Binary, shards));
        var result = await Wait(evaluation);

        await Assert.ThrowsAsync<InvalidOperationException>(() => evaluation.StartAsync(new EvaluationRequest(Shards.WithAuc, shards)));
        Assert.Equal(2000, result.Rows);
    }

    [Fact]
    public async Task A_worker_that_times_out_is_retried_and_its_late_answer_is_not_counted()
    {
        // Shard 1 hangs for 3 s on its first read; with a 1 s timeout it is retried on a new worker.
        var shards = Shards.Generated(3, 20_000);
        shards[1] = Shard.FromSource(shards[1].Id, GeneratedRows.Name, $"20000:20000:0:-1:3000:{ThreeSilos.NewId()}");
        var evaluation = Evaluation(ThreeSilos.NewId());
        await evaluation.StartAsync(new EvaluationRequest(Shards.Binary, shards) { ShardTimeout = TimeSpan.FromSeconds(1) });

        var result = await Wait(evaluation);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var progress = await evaluation.GetProgressAsync();

        Assert.True(progress.Retries >= 1, $"No retry: {progress}");
        Assert.Equal(60_000, progress.Rows);
        AssertSameBits(Shards.InOneProcess(Shards.Binary, Shards.Generated(3, 20_000)), result);
    }

    [Fact]
    public void A_request_names_what_is_wrong_with_it()
    {
        var shard = Shards.Generated(1, 10)[0];

        Assert.Contains("more than one shard", Assert.Throws<ArgumentException>(() => new EvaluationRequest(Shards.Binary, [shard, shard])).Message, StringComparison.Ordinal);
        Assert.Contains("at least one shard", Assert.Throws<ArgumentException>(() => new EvaluationRequest(Shards.Binary, [])).Message, StringComparison.Ordinal);
        Assert.ThrowsAny<ArgumentException>(() => new EvaluationRequest("{\"metrics\": [{\"name\": \"x\", \"class_name\": \"NoSuchMetric\"}]}", [shard]));
    }
}
