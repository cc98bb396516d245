using Microsoft.Extensions.AI;
using PolicyBot.Domain;
using PolicyBot.Index;
using PolicyBot.Retrieve.Lexical;
using Qdrant.Client.Grpc;

namespace PolicyBot.Qdrant;

/// <summary>
/// Brings the Qdrant collection in line with an index snapshot: documents that are new or changed (by
/// <see cref="DocumentFingerprint"/>) are embedded and written, documents no longer in the snapshot are deleted,
/// the rest is left alone. Running it twice on the same snapshot writes nothing the second time.
/// </summary>
public sealed class QdrantIndexSync(QdrantClauseStore store, IEmbeddingGenerator<string, Embedding<float>> embedder, ChineseAnalyzer analyzer)
{
    /// <summary>Texts per embedding request.</summary>
    public const int EmbeddingBatchSize = 64;

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<QdrantSyncResult> SyncAsync(IndexSnapshot snapshot, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var embedderId = EmbedderId();
            var probe = await embedder.GenerateAsync(["文号"], cancellationToken: cancellationToken).ConfigureAwait(false);
            await store.EnsureCollectionAsync(probe[0].Vector.Length, cancellationToken).ConfigureAwait(false);
            var stored = await store.ReadDocumentHashesAsync(cancellationToken).ConfigureAwait(false);

            int added = 0, updated = 0, unchanged = 0;
            var wanted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var document in snapshot.Documents.Where(d => d.Clauses.Count > 0))
            {
                wanted.Add(document.DocNumber);
                var hash = DocumentFingerprint.Of(document, embedderId);
                if (stored.TryGetValue(document.DocNumber, out var storedHash) && storedHash == hash)
                {
                    unchanged++;
                    continue;
                }
                var points = await PointsAsync(document, hash, cancellationToken).ConfigureAwait(false);
                await store.ReplaceDocumentAsync(document.DocNumber, points, cancellationToken).ConfigureAwait(false);
                if (storedHash is null) added++;
                else updated++;
            }

            var removed = 0;
            foreach (var gone in stored.Keys.Where(k => !wanted.Contains(k)))
            {
                await store.DeleteDocumentAsync(gone, cancellationToken).ConfigureAwait(false);
                removed++;
            }
            return new QdrantSyncResult(added, updated, removed, unchanged);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<IReadOnlyList<PointStruct>> PointsAsync(PolicyDocument document, string hash, CancellationToken cancellationToken)
    {
        var points = new List<PointStruct>(document.Clauses.Count);
        foreach (var batch in document.Clauses.Chunk(EmbeddingBatchSize))
        {
            var vectors = await embedder.GenerateAsync(batch.Select(c => ClausePoints.IndexedText(document, c)),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < batch.Length; i++)
                points.Add(ClausePoints.ToPoint(document, batch[i], vectors[i].Vector.ToArray(), analyzer, hash));
        }
        return points;
    }

    /// <summary>
    /// Names the embedder in document fingerprints (provider, where the model lives, model, size), so switching
    /// models rewrites every vector.
    /// </summary>
    private string EmbedderId()
    {
        var metadata = embedder.GetService<EmbeddingGeneratorMetadata>();
        return $"{metadata?.ProviderName ?? embedder.GetType().Name}|{metadata?.ProviderUri}|{metadata?.DefaultModelId}|{metadata?.DefaultModelDimensions}";
    }
}
