using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Metrics.Orleans.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Orleans.Storage;

namespace Metrics.Orleans.Evaluation;

/// <summary>The evaluation grain: see <see cref="IEvaluationGrain"/>.</summary>
internal sealed partial class EvaluationGrain : Grain, IEvaluationGrain, IDisposable
{
    private readonly IPersistentState<EvaluationState> _state;
    private readonly ShardStateStore _shardStates;
    private readonly ILogger<EvaluationGrain> _logger;

    // Shard runs interleave on the grain's scheduler at their awaits; one write of the evaluation's record at a time
    // keeps it consistent.
    private readonly SemaphoreSlim _writes = new(1, 1);

    // The accepts under way by shard id, so that a second delivery of a shard waits for the first.
    private readonly Dictionary<string, Task<bool>> _accepting = new(StringComparer.Ordinal);

    // Shards whose records are stored and that wait for the evaluation's record to list them.
    private readonly List<StoredShard> _unrecorded = [];

    // The states this activation accepted, merged as they arrive; the final merge reads back from storage only those of
    // earlier activations (or all, when a failed write dropped the tree).
    private ShardMergeTree? _merged;
    private CancellationTokenSource? _stop;
    private Task? _run;

    // What storage holds, as progress: a state counts once its write is done, not while it is in flight.
    private EvaluationProgress _stored = new();

    // Completed for the waiters of WaitAsync when the stored status leaves Running (or the activation stops).
    private TaskCompletionSource? _settled;

    public EvaluationGrain(IPersistentStateFactory states, IGrainContext context, IOptions<EvaluationOptions> options, ILogger<EvaluationGrain> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (stateName, storageName) = (options.Value.StateName, options.Value.StorageName);
        _state = states.Create<EvaluationState>(context, new StateConfiguration(stateName, storageName));
        var storage = context.ActivationServices.GetKeyedService<IGrainStorage>(storageName)
            ?? throw new InvalidOperationException($"No grain storage is registered as '{storageName}' on this silo (EvaluationOptions.StorageName; e.g. AddMemoryGrainStorage(\"{storageName}\")).");
        _shardStates = new ShardStateStore(storage, stateName, context.GrainId);
        _logger = logger;
    }

    private EvaluationState State => _state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stored = Snapshot();
        if (State.Status == EvaluationStatus.Running)
        {
            EnsureRunning();
        }

        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _stop?.Cancel();
        Settle();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _stop?.Dispose();
        _writes.Dispose();
    }

    public async Task<EvaluationProgress> StartAsync(EvaluationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        if (State.Request is { } started)
        {
            if (started.ConfigJson != request.ConfigJson || !started.ShardList.Select(s => s.Id).SequenceEqual(request.ShardList.Select(s => s.Id)))
            {
                throw new InvalidOperationException(
                    $"Evaluation '{this.GetPrimaryKeyString()}' was started with another configuration or other shards; use a new evaluation id.");
            }

            return await GetProgressAsync().ConfigureAwait(true);
        }

        await Write(() =>
        {
            State.Request = request;
            State.Shards = [.. request.ShardList];
            State.Status = EvaluationStatus.Running;
        }).ConfigureAwait(true);
        EnsureRunning();
        return Progress();
    }

    public Task<EvaluationProgress> GetProgressAsync()
    {
        if (State.Status == EvaluationStatus.Running)
        {
            EnsureRunning();
        }

        return Task.FromResult(Progress());
    }

    public async Task<EvaluationProgress> WaitAsync(TimeSpan maxWait)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWait, TimeSpan.Zero);
        if (State.Status == EvaluationStatus.Running)
        {
            EnsureRunning();
        }

        if (_stored.Status == EvaluationStatus.Running)
        {
            _settled ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await _settled.Task.WaitAsync(maxWait).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext | ConfigureAwaitOptions.SuppressThrowing);
        }

        return Progress();
    }

    public Task<bool> AcceptShardAsync(ShardResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var request = State.Request ?? throw new InvalidOperationException($"Evaluation '{this.GetPrimaryKeyString()}' has not been started.");
        if (State.Shards.All(s => s.Id != result.ShardId))
        {
            throw new ArgumentException($"Evaluation '{this.GetPrimaryKeyString()}' has no shard '{result.ShardId}'.", nameof(result));
        }

        var state = result.State ?? throw new ArgumentException($"The result of shard '{result.ShardId}' holds no state.", nameof(result));
        if (!state.GetConfig().Equals(CollectionConfig.FromJson(request.ConfigJson)))
        {
            throw new ArgumentException(
                $"The state of shard '{result.ShardId}' is of another collection than evaluation '{this.GetPrimaryKeyString()}' configures.", nameof(result));
        }

        // The state arrived through a grain call, so this activation holds its own copy and may merge into it.
        return Accept(result.ShardId, PackedState.Pack(MetricCollectionState.ToBytes(state)), state, result.Rows);
    }

    public async Task<EvaluationProgress> ResumeAsync(Shard[]? replacements = null)
    {
        if (State.Request is null)
        {
            throw new InvalidOperationException($"Evaluation '{this.GetPrimaryKeyString()}' has not been started.");
        }

        foreach (var shard in replacements ?? [])
        {
            var index = State.Shards.FindIndex(s => s.Id == shard.Id);
            if (index < 0)
            {
                throw new ArgumentException($"Evaluation '{this.GetPrimaryKeyString()}' has no shard '{shard.Id}' to replace.", nameof(replacements));
            }

            if (State.Rows.ContainsKey(shard.Id))
            {
                throw new ArgumentException($"Shard '{shard.Id}' was already accepted; its state is kept and it cannot be replaced.", nameof(replacements));
            }
        }

        if (State.Status == EvaluationStatus.Failed)
        {
            await Write(() =>
            {
                foreach (var shard in replacements ?? [])
                {
                    State.Shards[State.Shards.FindIndex(s => s.Id == shard.Id)] = shard;
                }

                State.Failure = null;
                State.Status = EvaluationStatus.Running;
            }).ConfigureAwait(true);
        }

        if (State.Status == EvaluationStatus.Running)
        {
            EnsureRunning();
        }

        return Progress();
    }

    public Task<EvaluationResult> GetResultAsync()
    {
        if (State is not { Status: EvaluationStatus.Completed, Result: { } bytes })
        {
            throw new InvalidOperationException($"Evaluation '{this.GetPrimaryKeyString()}' has no result yet ({Progress()}).");
        }

        return Task.FromResult(new EvaluationResult
        {
            Collection = State.ResultPacked ? PackedState.ReadCollection(bytes) : MetricCollectionState.Read(bytes),
            Rows = State.Rows.Values.Sum(),
            Shards = State.Shards.Count,
        });
    }

    // Retries are counted as they happen; they are not a state whose durability matters.
    private EvaluationProgress Progress() => new()
    {
        Status = _stored.Status,
        ShardsDone = _stored.ShardsDone,
        ShardsTotal = _stored.ShardsTotal,
        Rows = _stored.Rows,
        Failure = _stored.Failure,
        Retries = State.Retries,
    };

    private EvaluationProgress Snapshot() => new()
    {
        Status = State.Status,
        ShardsDone = State.Rows.Count,
        ShardsTotal = State.Shards.Count,
        Rows = State.Rows.Values.Sum(),
        Failure = State.Failure,
        Retries = State.Retries,
    };

    private void EnsureRunning()
    {
        if (_run is { IsCompleted: false })
        {
            return;
        }

        _stop?.Dispose();
        _stop = new CancellationTokenSource();
        _run = RunAsync(_stop.Token);
    }

    private async Task RunAsync(CancellationToken stop)
    {
        // Worker keys are new for every run, so that no attempt queues behind a worker of an earlier activation.
        var run = Guid.NewGuid().ToString("N");
        var request = State.Request!;
        using var slots = new SemaphoreSlim(request.Parallelism > 0 ? request.Parallelism : State.Shards.Count);
        var pending = State.Shards.Where(s => !State.Rows.ContainsKey(s.Id)).ToArray();
        await Task.WhenAll(pending.Select(shard => RunShardAsync(shard, run, request, slots, stop))).ConfigureAwait(true);
    }

    private async Task RunShardAsync(Shard shard, string run, EvaluationRequest request, SemaphoreSlim slots, CancellationToken stop)
    {
        Exception? last = null;
        for (var attempt = 1; attempt <= request.MaxAttempts; attempt++)
        {
            try
            {
                await slots.WaitAsync(stop).ConfigureAwait(true);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                if (State.Status != EvaluationStatus.Running)
                {
                    return;
                }

                var worker = GrainFactory.GetGrain<IShardWorkerGrain>($"{this.GetPrimaryKeyString()}/{shard.Id}/{run}/{attempt}");
                var outcome = await worker.EvaluateAsync(request.ConfigJson, shard).WaitAsync(request.ShardTimeout, stop).ConfigureAwait(true);
                if (outcome.Failure is { } failure)
                {
                    await Fail(failure).ConfigureAwait(true);
                }
                else
                {
                    // Read before it is accepted (bytes that fail their checksum are retried, never stored), and off the
                    // grain's scheduler: shards that arrive together are read side by side, not queued one after another.
                    var packed = outcome.PackedState!;
                    var collection = await Task.Run(() => PackedState.ReadCollection(packed), stop).ConfigureAwait(true);
                    await Accept(shard.Id, packed, collection, outcome.Rows).ConfigureAwait(true);
                }

                return;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A worker reports bad data as a result: whatever the call throws (a timeout, a dead silo) is retried.
            catch (Exception e)
#pragma warning restore CA1031
            {
                last = e;
                State.Retries++;
                LogRetry(_logger, shard.Id, attempt, request.MaxAttempts, e);
            }
            finally
            {
                slots.Release();
            }
        }

        await Fail(new ShardFailure(shard.Id, $"no worker finished {shard.Describe()} in {request.MaxAttempts} attempts; the last error: {last?.Message}"))
            .ConfigureAwait(true);
    }

    // The shard's own record is written first; only then does the evaluation's record list it (and progress count it).
    // A stop in between leaves a record nobody counts, which the shard's next run writes over. Shard records are written
    // side by side; the evaluation's record is written once for all the shards whose records were stored meanwhile.
    private async Task<bool> Accept(string shardId, byte[] packed, MetricCollection collection, long rows)
    {
        // A second delivery of a shard waits for the first: it is a duplicate once that one is accepted, a retry if it failed.
        while (_accepting.TryGetValue(shardId, out var first))
        {
            await ((Task)first).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext | ConfigureAwaitOptions.SuppressThrowing);
        }

        if (State.Rows.ContainsKey(shardId))
        {
            return false;
        }

        var accepting = AcceptOnce(shardId, packed, collection, rows);
        _accepting[shardId] = accepting;
        try
        {
            return await accepting.ConfigureAwait(true);
        }
        finally
        {
            _accepting.Remove(shardId);
        }
    }

    private async Task<bool> AcceptOnce(string shardId, byte[] packed, MetricCollection collection, long rows)
    {
        await _shardStates.WriteAsync(shardId, packed, rows).ConfigureAwait(true);
        var stored = new StoredShard(shardId, collection, rows);
        _unrecorded.Add(stored);
        await _writes.WaitAsync().ConfigureAwait(true);
        try
        {
            // An earlier holder of the lock may have written this shard's acceptance with its own.
            if (stored is { Recorded: false, Failure: null })
            {
                await WriteStoredShards().ConfigureAwait(true);
            }
        }
        finally
        {
            _writes.Release();
        }

        return stored.Failure is { } failure
            ? throw new InvalidOperationException($"The acceptance of shard '{shardId}' was not stored: {failure.Message}", failure)
            : true;
    }

    // Records every shard whose record is stored as accepted, in one write of the evaluation's record (the result with
    // it when they complete the evaluation). The lock is held.
    private async Task WriteStoredShards()
    {
        var batch = _unrecorded.ToArray();
        _unrecorded.Clear();
        try
        {
            _merged ??= new ShardMergeTree(State.Shards.Count);
            foreach (var shard in batch)
            {
                _merged.Add(State.Shards.FindIndex(s => s.Id == shard.Id), shard.Collection);
            }

            var result = State.Rows.Count + batch.Length == State.Shards.Count ? await MergeInShardOrder(_merged).ConfigureAwait(true) : null;
            await WriteHoldingLock(() =>
            {
                foreach (var shard in batch)
                {
                    State.Rows[shard.Id] = shard.Rows;
                }

                if (result is not null)
                {
                    State.Result = result;
                    State.ResultPacked = true;
                    State.Status = EvaluationStatus.Completed;
                    State.Failure = null;
                }
            }).ConfigureAwait(true);
        }
        catch (Exception e)
        {
            // The tree holds shards that are not recorded as accepted (or is merged already): the merge starts over from storage.
            _merged = null;
            foreach (var shard in batch)
            {
                shard.Failure = e;
            }

            return;
        }

        foreach (var shard in batch)
        {
            shard.Recorded = true;
        }

        if (State.Status == EvaluationStatus.Completed)
        {
            _merged = null;
        }
    }

    // The tree completed with the shards of earlier activations, read back from storage; the result packed, as stored.
    private async Task<byte[]> MergeInShardOrder(ShardMergeTree tree)
    {
        for (var index = 0; index < State.Shards.Count; index++)
        {
            if (!tree.Contains(index))
            {
                tree.Add(index, MetricCollectionState.Read(await _shardStates.ReadAsync(State.Shards[index].Id).ConfigureAwait(true)));
            }
        }

        return PackedState.Pack(MetricCollectionState.ToBytes(tree.Root!));
    }

    private Task Fail(ShardFailure failure) => Write(() =>
    {
        if (State.Status == EvaluationStatus.Running)
        {
            State.Status = EvaluationStatus.Failed;
            State.Failure = failure;
        }
    });

    private async Task Write(Action change)
    {
        await _writes.WaitAsync().ConfigureAwait(true);
        try
        {
            await WriteHoldingLock(change).ConfigureAwait(true);
        }
        finally
        {
            _writes.Release();
        }
    }

    // Applies a change and persists it, then publishes it as progress; a failed write restores the state read back from storage.
    private async Task WriteHoldingLock(Action change)
    {
        change();
        try
        {
            await _state.WriteStateAsync().ConfigureAwait(true);
        }
        catch
        {
            await _state.ReadStateAsync().ConfigureAwait(true);
            throw;
        }

        _stored = Snapshot();
        if (_stored.Status != EvaluationStatus.Running)
        {
            Settle();
        }
    }

    private void Settle()
    {
        _settled?.TrySetResult();
        _settled = null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shard {ShardId}: attempt {Attempt} of {MaxAttempts} failed; retrying")]
    private static partial void LogRetry(ILogger logger, string shardId, int attempt, int maxAttempts, Exception error);

    // A shard whose record is stored, until the evaluation's record lists it (or that write fails).
    private sealed class StoredShard(string id, MetricCollection collection, long rows)
    {
        public string Id { get; } = id;

        public MetricCollection Collection { get; } = collection;

        public long Rows { get; } = rows;

        public bool Recorded { get; set; }

        public Exception? Failure { get; set; }
    }

    private sealed record StateConfiguration(string StateName, string? StorageName) : IPersistentStateConfiguration;
}
