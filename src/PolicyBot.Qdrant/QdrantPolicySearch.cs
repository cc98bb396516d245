using Microsoft.Extensions.AI;
using PolicyBot.Domain;
using PolicyBot.Index;
using PolicyBot.Retrieve;
using PolicyBot.Retrieve.Lexical;

namespace PolicyBot.Qdrant;

/// <summary>
/// Hybrid search run entirely inside Qdrant, so several web hosts can share one cluster: the question's dense
/// embedding and its sparse term vector (earlier user turns at lower weight, see <see cref="SparseTermVector.ForQuery"/>)
/// are prefetched side by side and fused by RRF (<see cref="HybridQuery"/>). Hits are mapped back to passages from
/// the local index snapshot when it has the clause, else from the stored payload.
/// </summary>
public sealed class QdrantPolicySearch(
    QdrantClauseStore store,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    ChineseAnalyzer analyzer,
    IIndexSnapshotSource? snapshots = null) : IPolicySearch
{
    /// <summary>How many earlier user turns lend their terms to a follow-up question.</summary>
    public const int HistoryTurns = 2;

    public async Task<IReadOnlyList<Passage>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query.Text) || query.Top < 1) return [];

        var text = IssueDateQuestions.TopicOf(query.Text);
        var embedding = await embedder.GenerateAsync([text], cancellationToken: cancellationToken).ConfigureAwait(false);
        var earlier = query.History.Where(t => t.IsUser).Select(t => t.Content).TakeLast(HistoryTurns);
        var lexical = SparseTermVector.ForQuery(analyzer, text, earlier);
        var request = HybridQuery.Build(store.Collection, embedding[0].Vector.ToArray(), lexical, query.Filter, query.Top);

        var points = await store.QueryAsync(request, cancellationToken).ConfigureAwait(false);
        var snapshot = snapshots?.Current;
        var passages = ClausePoints.ToPassages(points, id => snapshot?.FindClause(id))
            .Where(p => !Clause.IsSignature(p.Clause)).Select((p, i) => p with { Rank = i + 1 }).ToList();
        return IssueDateQuestions.Promote(query.Text, passages);
    }
}
