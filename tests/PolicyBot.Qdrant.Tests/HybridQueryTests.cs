using PolicyBot.Retrieve;
using Qdrant.Client.Grpc;

namespace PolicyBot.Qdrant.Tests;

public class HybridQueryTests
{
    private static readonly float[] Dense = [0.6f, 0.8f, 0f];
    private static readonly SparseTermVector Lexical = new([3u, 17u, 4000000000u], [1f, 1f, 0.3f]);

    [Fact]
    public void Prefetches_dense_and_sparse_then_fuses_by_rrf()
    {
        var q = HybridQuery.Build("policybot", Dense, Lexical, filter: null, top: 10);

        Assert.Equal("policybot", q.CollectionName);
        Assert.Equal(Fusion.Rrf, q.Query.Fusion);
        Assert.Equal(10ul, q.Limit);
        Assert.True(q.WithPayload.Enable);
        Assert.Equal(["dense", "lexical"], q.Prefetch.Select(p => p.Using));
        Assert.Equal(Dense, q.Prefetch[0].Query.Nearest.Dense.Data);
        Assert.Equal(Lexical.Indices, q.Prefetch[1].Query.Nearest.Sparse.Indices);
        Assert.Equal(Lexical.Values, q.Prefetch[1].Query.Nearest.Sparse.Values);
        Assert.All(q.Prefetch, p => Assert.Equal((ulong)HybridQuery.MinCandidates, p.Limit));
        Assert.Null(q.Filter);
    }

    [Fact]
    public void Each_side_fetches_more_candidates_than_hits_asked_for()
    {
        var q = HybridQuery.Build("c", Dense, Lexical, null, top: 40);
        Assert.All(q.Prefetch, p => Assert.Equal(200ul, p.Limit));
    }

    [Fact]
    public void The_filter_applies_to_both_sides_and_the_fusion()
    {
        var q = HybridQuery.Build("c", Dense, Lexical, new SearchFilter(Issuer: "国务院"), top: 5);

        Assert.Equal("国务院", q.Filter.Must.Single().Field.Match.Keyword);
        Assert.All(q.Prefetch, p => Assert.Equal(q.Filter, p.Filter));
    }

    [Fact]
    public void A_question_without_index_terms_searches_the_dense_side_alone()
    {
        var q = HybridQuery.Build("c", Dense, new SparseTermVector([], []), null, top: 5);
        Assert.Equal(["dense"], q.Prefetch.Select(p => p.Using));
    }
}
