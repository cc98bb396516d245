using Qdrant.Client;

namespace PolicyBot.Qdrant;

/// <summary>
/// A cheap check that Qdrant answers (its gRPC health call), for the web host's <c>/health</c> and for falling back to
/// the embedded search while Qdrant is down. <see cref="IsAvailable"/> holds the last check's outcome.
/// </summary>
public sealed class QdrantHealth(QdrantClient client, string endpoint)
{
    /// <summary>How long a check waits for an answer.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public bool IsAvailable => Last?.IsAvailable ?? false;

    public QdrantStatus? Last { get; private set; }

    public async Task<QdrantStatus> CheckAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        QdrantStatus status;
        try
        {
            var reply = await client.HealthAsync(timeout.Token).ConfigureAwait(false);
            status = new QdrantStatus(true, $"Qdrant {reply.Version} at {endpoint}");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var detail = e is Grpc.Core.RpcException rpc ? $"{rpc.StatusCode}: {rpc.Status.Detail}" : e.Message;
            status = new QdrantStatus(false, $"Qdrant at {endpoint} is unreachable ({detail.ReplaceLineEndings(" ")})");
        }
        Last = status;
        return status;
    }
}
