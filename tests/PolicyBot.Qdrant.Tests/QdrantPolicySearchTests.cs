using PolicyBot.Domain;
using PolicyBot.Retrieve;
using PolicyBot.Retrieve.Lexical;
using Qdrant.Client.Grpc;

namespace PolicyBot.Qdrant.Tests;

/// <summary>What <see cref="QdrantPolicySearch"/> asks Qdrant and how it reads the answer (<see cref="RecordingQdrant"/>).</summary>
public class QdrantPolicySearchTests
{
    private readonly RecordingQdrant _qdrant = new();
    private readonly BigramHashEmbeddingGenerator _embedder = new();
    private readonly ChineseAnalyzer _analyzer = new();
    private readonly PolicyDocument _cooperatives = GazetteSample.Documents().Single(d => d.DocNumber == GazetteSample.SupplyCooperatives);
    private readonly QdrantPolicySearch _search;

    public QdrantPolicySearchTests()
    {
        _search = new QdrantPolicySearch(new QdrantClauseStore(_qdrant.Client, "policybot", "http://qdrant:6334"), _embedder, _analyzer);
        _qdrant.On("Points/Query", _ =>
        {
            var reply = new QueryResponse();
            foreach (var (position, score) in new[] { (0, 0.033f), (1, 0.016f) })
            {
                var point = ClausePoints.ToPoint(_cooperatives, _cooperatives.Clauses[position], [1f], _analyzer, "h");
                var hit = new ScoredPoint { Id = point.Id, Score = score };
                hit.Payload.Add(point.Payload);
                reply.Result.Add(hit);
            }
            return reply;
        });
    }

    [Fact]
    public async Task Sends_one_hybrid_query_with_the_questions_vectors_filter_and_size()
    {
        await _search.SearchAsync(new SearchQuery("农资仓储能力要达到多少") { Top = 7, Filter = new SearchFilter(Year: 2024) });

        var query = Assert.Single(_qdrant.Sent<QueryPoints>());
        Assert.Equal("policybot", query.CollectionName);
        Assert.Equal(7ul, query.Limit);
        Assert.Equal(Fusion.Rrf, query.Query.Fusion);
        var expectedDense = (await _embedder.GenerateAsync(["农资仓储能力要达到多少"]))[0].Vector.ToArray();
        Assert.Equal(expectedDense, query.Prefetch.Single(p => p.Using == "dense").Query.Nearest.Dense.Data);
        var expectedSparse = SparseTermVector.ForQuery(_analyzer, "农资仓储能力要达到多少", []);
        Assert.Equal(expectedSparse.Indices, query.Prefetch.Single(p => p.Using == "lexical").Query.Nearest.Sparse.Indices);
        Assert.Equal(2024, query.Filter.Must.Single().Field.Match.Integer);
    }

    [Fact]
    public async Task A_follow_up_carries_the_earlier_user_turns_terms_at_lower_weight()
    {
        var conversation = new List<ChatTurn>
        {
            new(ChatTurn.User, "供销合作社的目标"),
            new(ChatTurn.Assistant, "农资保供稳价作用更加明显"),
            new(ChatTurn.User, "仓储能力呢"),
        };

        await _search.SearchAsync(SearchQuery.FromConversation(conversation));

        var sparse = Assert.Single(_qdrant.Sent<QueryPoints>()).Prefetch.Single(p => p.Using == "lexical").Query.Nearest.Sparse;
        float Weight(string term) => sparse.Values[sparse.Indices.IndexOf(TermIndex.Of(term))];
        Assert.Equal(1f, Weight(_analyzer.Analyze("仓储")[0]));
        Assert.Equal(SparseTermVector.HistoryWeight, Weight(_analyzer.Analyze("供销")[0]));
        Assert.DoesNotContain(TermIndex.Of(_analyzer.Analyze("保供")[0]), sparse.Indices); // assistant turns lend nothing
    }

    [Fact]
    public async Task Hits_come_back_as_ranked_passages_with_their_document_number()
    {
        var passages = await _search.SearchAsync(new SearchQuery("农资仓储能力要达到多少"));

        Assert.Equal([1, 2], passages.Select(p => p.Rank));
        Assert.All(passages, p => Assert.Equal(GazetteSample.SupplyCooperatives, p.DocNumber));
        Assert.Contains("农资仓储能力达到1万吨", passages[0].Text);
        Assert.Equal(_cooperatives.Title, passages[0].Title);
    }

    [Fact]
    public async Task An_empty_question_asks_qdrant_nothing()
    {
        Assert.Empty(await _search.SearchAsync(new SearchQuery("  ")));
        Assert.Empty(_qdrant.Requests);
    }
}
