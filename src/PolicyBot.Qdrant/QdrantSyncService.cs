using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PolicyBot.Index;

namespace PolicyBot.Qdrant;

/// <summary>
/// Keeps Qdrant current with the host's index: syncs the snapshot at start and after every change (ingest, delete),
/// newest snapshot first, and retries while Qdrant is unreachable. The unloaded start snapshot (version 0) is never
/// synced, so a host that has not loaded its index yet cannot empty a shared collection.
/// </summary>
public sealed class QdrantSyncService(QdrantIndexSync sync, IIndexSnapshotSource snapshots, ILogger<QdrantSyncService> logger)
    : BackgroundService
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    private readonly Channel<IndexSnapshot> _pending =
        Channel.CreateBounded<IndexSnapshot>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        snapshots.Changed += Enqueue;
        try
        {
            Enqueue(snapshots.Current);
            await foreach (var snapshot in _pending.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    var result = await sync.SyncAsync(snapshot, stoppingToken).ConfigureAwait(false);
                    logger.LogInformation("Qdrant synced with index version {Version}: {Result}.", snapshot.Version, result);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning("Qdrant sync of index version {Version} failed, retrying in {Seconds} s: {Reason}",
                        snapshot.Version, RetryAfter.TotalSeconds, e.Message.ReplaceLineEndings(" "));
                    await Task.Delay(RetryAfter, stoppingToken).ConfigureAwait(false);
                    if (!_pending.Reader.TryPeek(out _)) Enqueue(snapshots.Current);
                }
            }
        }
        finally
        {
            snapshots.Changed -= Enqueue;
        }
    }

    private void Enqueue(IndexSnapshot snapshot)
    {
        if (snapshot.Version > 0) _pending.Writer.TryWrite(snapshot);
    }
}
