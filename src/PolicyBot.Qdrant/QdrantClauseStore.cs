using Grpc.Core;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace PolicyBot.Qdrant;

/// <summary>
/// PolicyBot's clause collection in Qdrant: creates it (<see cref="QdrantSchema"/>), writes and deletes documents'
/// points in batches, reads which documents it holds, and runs queries. Calls that cannot reach Qdrant throw
/// <see cref="QdrantUnavailableException"/>.
/// </summary>
public sealed class QdrantClauseStore(QdrantClient client, string collection, string endpoint)
{
    /// <summary>Points per upsert request.</summary>
    public const int UpsertBatchSize = 256;

    private int? _denseSize;

    public string Collection { get; } = collection;

    /// <summary>Creates the collection and its payload indexes if missing; recreates it when the embedder's size changed.</summary>
    public async Task EnsureCollectionAsync(int denseSize, CancellationToken cancellationToken)
    {
        if (_denseSize == denseSize) return;
        await Guard(async () =>
        {
            if (await client.CollectionExistsAsync(Collection, cancellationToken).ConfigureAwait(false))
            {
                var info = await client.GetCollectionInfoAsync(Collection, cancellationToken).ConfigureAwait(false);
                var existing = QdrantSchema.DenseSize(info)
                    ?? throw new InvalidOperationException(
                        $"The Qdrant collection “{Collection}” is not laid out for PolicyBot (no “dense” and “lexical” vectors); choose another PolicyBot:Qdrant:Collection.");
                if (existing == denseSize)
                {
                    _denseSize = denseSize;
                    return;
                }
                // The embedder changed: every stored vector is stale, and the index rebuilds it all.
                await client.DeleteCollectionAsync(Collection, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            try
            {
                await client.CreateCollectionAsync(QdrantSchema.CreateCollection(Collection, denseSize), cancellationToken).ConfigureAwait(false);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.AlreadyExists)
            {
                // another host sharing the cluster created it a moment ago
            }
            foreach (var (field, type) in QdrantSchema.PayloadIndexes)
                await client.CreatePayloadIndexAsync(Collection, field, type, cancellationToken: cancellationToken).ConfigureAwait(false);
            _denseSize = denseSize;
        }).ConfigureAwait(false);
    }

    /// <summary>The fingerprint of every document stored completely, by 文号 (empty when there is no collection yet).</summary>
    public Task<IReadOnlyDictionary<string, string>> ReadDocumentHashesAsync(CancellationToken cancellationToken) => Guard(async () =>
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!await client.CollectionExistsAsync(Collection, cancellationToken).ConfigureAwait(false)) return (IReadOnlyDictionary<string, string>)hashes;
        PointId? offset = null;
        do
        {
            var page = await client.ScrollAsync(Collection, QdrantFilters.FirstClauses(), limit: 1000, offset: offset,
                payloadSelector: new[] { QdrantSchema.DocNumber, QdrantSchema.DocumentHash }, cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var point in page.Result)
            {
                if (ClausePoints.String(point.Payload, QdrantSchema.DocNumber) is { } number
                    && ClausePoints.String(point.Payload, QdrantSchema.DocumentHash) is { } hash)
                    hashes[number] = hash;
            }
            offset = page.NextPageOffset;
        }
        while (offset is not null);
        return hashes;
    });

    /// <summary>
    /// Replaces a document's points with <paramref name="points"/>. The first clause's point, which carries the
    /// document's fingerprint for <see cref="ReadDocumentHashesAsync"/>, is written last, so a write cut short leaves
    /// the document looking absent and the next sync writes it again.
    /// </summary>
    public Task ReplaceDocumentAsync(string docNumber, IReadOnlyList<PointStruct> points, CancellationToken cancellationToken) => Guard(async () =>
    {
        await client.DeleteAsync(Collection, QdrantFilters.ByDocument(docNumber), wait: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var batch in UpsertOrder(points).Chunk(UpsertBatchSize))
            await client.UpsertAsync(Collection, batch, wait: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        return true;
    });

    public Task DeleteDocumentAsync(string docNumber, CancellationToken cancellationToken) => Guard(async () =>
    {
        await client.DeleteAsync(Collection, QdrantFilters.ByDocument(docNumber), wait: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        return true;
    });

    /// <summary>Runs a query built by <see cref="HybridQuery"/>; no hits when the collection does not exist yet.</summary>
    public Task<IReadOnlyList<ScoredPoint>> QueryAsync(QueryPoints request, CancellationToken cancellationToken) => Guard(async () =>
    {
        try
        {
            return await client.QueryAsync(request.CollectionName, request.Query, request.Prefetch, filter: request.Filter,
                limit: request.Limit, payloadSelector: request.WithPayload, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return (IReadOnlyList<ScoredPoint>)[];
        }
    });

    /// <summary>The points in write order: the document's first clause last.</summary>
    internal static IEnumerable<PointStruct> UpsertOrder(IReadOnlyList<PointStruct> points) =>
        points.OrderBy(p => ClausePoints.Integer(p.Payload, QdrantSchema.Position) == 0 ? 1 : 0);

    private async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Unauthenticated)
        {
            var why = e.StatusCode == StatusCode.Unauthenticated ? "refused the API key" : "is unreachable";
            throw new QdrantUnavailableException($"Qdrant at {endpoint} {why}: {OneLine(e.Status.Detail)}", e);
        }
        catch (RpcException e)
        {
            throw new InvalidOperationException($"Qdrant at {endpoint} refused a request on “{Collection}” ({e.StatusCode}): {OneLine(e.Status.Detail)}", e);
        }
    }

    private static string OneLine(string? text) => (text ?? "").ReplaceLineEndings(" ");

    private Task Guard(Func<Task> call) => Guard(async () =>
    {
        await call().ConfigureAwait(false);
        return true;
    });
}
