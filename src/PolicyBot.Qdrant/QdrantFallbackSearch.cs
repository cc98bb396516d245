using Microsoft.Extensions.Logging;
using PolicyBot.Domain;
using PolicyBot.Retrieve;

namespace PolicyBot.Qdrant;

/// <summary>
/// Qdrant first; while Qdrant is unreachable, the embedded search over the local index keeps answering (logged once
/// per outage, visible in <see cref="Degraded"/> and /health), and Qdrant is used again as soon as it answers.
/// </summary>
public sealed class QdrantFallbackSearch(QdrantPolicySearch qdrant, IPolicySearch embedded, ILogger<QdrantFallbackSearch>? logger = null)
    : IPolicySearch
{
    private volatile bool _degraded;

    /// <summary>True while the last Qdrant call failed and answers come from the embedded search.</summary>
    public bool Degraded => _degraded;

    public async Task<IReadOnlyList<Passage>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        try
        {
            var passages = await qdrant.SearchAsync(query, cancellationToken).ConfigureAwait(false);
            if (_degraded)
            {
                _degraded = false;
                logger?.LogInformation("Qdrant answers again; searching there.");
            }
            return passages;
        }
        catch (QdrantUnavailableException e) when (!cancellationToken.IsCancellationRequested)
        {
            if (!_degraded) logger?.LogWarning("Qdrant is unreachable ({Reason}); searching the embedded index until it returns.", e.Message);
            _degraded = true;
            return await embedded.SearchAsync(query, cancellationToken).ConfigureAwait(false);
        }
    }
}
