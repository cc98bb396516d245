using PolicyBot.Retrieve;
using Qdrant.Client.Grpc;

namespace PolicyBot.Qdrant;

/// <summary>
/// One hybrid search as a Qdrant Query API request: a dense prefetch on <c>dense</c> and a sparse prefetch on
/// <c>lexical</c>, both under the search filter, fused by reciprocal rank fusion (RRF) into the top hits.
/// </summary>
public static class HybridQuery
{
    /// <summary>How many candidates each side contributes to fusion, at least.</summary>
    public const int MinCandidates = 50;

    /// <summary>Each side fetches this many times the hits asked for (or <see cref="MinCandidates"/>).</summary>
    public const int CandidateFactor = 5;

    public static QueryPoints Build(string collection, float[] dense, SparseTermVector lexical, SearchFilter? filter, int top)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var candidates = (ulong)Math.Max(MinCandidates, top * CandidateFactor);
        var qdrantFilter = QdrantFilters.From(filter);
        var request = new QueryPoints
        {
            CollectionName = collection,
            Query = new Query { Fusion = Fusion.Rrf },
            Limit = (ulong)top,
            WithPayload = true,
        };
        request.Prefetch.Add(Prefetch(QdrantSchema.DenseVector, dense, qdrantFilter, candidates));
        if (!lexical.IsEmpty)
            request.Prefetch.Add(Prefetch(QdrantSchema.LexicalVector, (lexical.Values, lexical.Indices), qdrantFilter, candidates));
        if (qdrantFilter is not null) request.Filter = qdrantFilter;
        return request;
    }

    private static PrefetchQuery Prefetch(string vector, Query query, Filter? filter, ulong limit)
    {
        var prefetch = new PrefetchQuery { Using = vector, Query = query, Limit = limit };
        if (filter is not null) prefetch.Filter = filter;
        return prefetch;
    }
}
