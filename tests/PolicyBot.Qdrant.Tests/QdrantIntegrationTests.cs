using PolicyBot.Domain;
using PolicyBot.Index;
using PolicyBot.Retrieve;
using PolicyBot.Retrieve.Lexical;

namespace PolicyBot.Qdrant.Tests;

/// <summary>Hybrid search and index sync against a real Qdrant (<see cref="QdrantServer"/>); skipped without one.</summary>
public sealed class QdrantIntegrationTests(QdrantServer server) : IClassFixture<QdrantServer>
{
    private readonly BigramHashEmbeddingGenerator _embedder = new();
    private readonly ChineseAnalyzer _analyzer = new();

    private async Task<(QdrantClauseStore Store, QdrantIndexSync Sync, QdrantPolicySearch Search)> SyncedAsync(IReadOnlyList<PolicyDocument> documents)
    {
        Skip.If(server.Url is null, QdrantServer.SkipReason);
        var store = server.NewStore();
        var sync = new QdrantIndexSync(store, _embedder, _analyzer);
        var result = await sync.SyncAsync(new IndexSnapshot(1, documents), CancellationToken.None);
        Assert.Equal(documents.Count, result.Added);
        return (store, sync, new QdrantPolicySearch(store, _embedder, _analyzer));
    }

    [SkippableFact]
    public async Task Health_check_sees_the_server()
    {
        Skip.If(server.Url is null, QdrantServer.SkipReason);
        var health = new QdrantHealth(server.Client, server.Url!);

        Assert.True((await health.CheckAsync()).IsAvailable);
    }

    [SkippableFact]
    public async Task Finds_the_clause_that_answers_with_its_document_number()
    {
        var (_, _, search) = await SyncedAsync(GazetteSample.Documents());

        var passages = await search.SearchAsync(new SearchQuery("供销合作社农资仓储能力要达到多少") { Top = 3 });

        Assert.Equal(GazetteSample.SupplyCooperatives, passages[0].DocNumber);
        Assert.Contains("农资仓储能力达到1万吨", passages[0].Text);
        Assert.Equal("一、主要目标", passages[0].Section);
        Assert.Equal([1, 2, 3], passages.Select(p => p.Rank));
    }

    [SkippableFact]
    public async Task A_follow_up_is_read_in_the_context_of_the_earlier_question()
    {
        var (_, _, search) = await SyncedAsync(GazetteSample.Documents());
        var conversation = new List<ChatTurn>
        {
            new(ChatTurn.User, "文登区供销合作社的农资保供目标是什么？"),
            new(ChatTurn.Assistant, "到2026年……"),
            new(ChatTurn.User, "仓储能力要达到多少？"),
        };

        var passages = await search.SearchAsync(SearchQuery.FromConversation(conversation, top: 3));

        Assert.Equal(GazetteSample.SupplyCooperatives, passages[0].DocNumber);
    }

    [SkippableFact]
    public async Task Filters_restrict_hits_to_the_issuer_year_and_document_asked_for()
    {
        var (_, _, search) = await SyncedAsync(GazetteSample.Documents());

        var byIssuer = await search.SearchAsync(new SearchQuery("保险 养老 农资") { Filter = new SearchFilter(Issuer: "国务院") });
        var byNumber = await search.SearchAsync(new SearchQuery("服务") { Filter = new SearchFilter(DocNumber: "鲁政办字[2024]110号") });
        var byYear = await search.SearchAsync(new SearchQuery("服务") { Filter = new SearchFilter(Year: 2019) });

        Assert.NotEmpty(byIssuer);
        Assert.All(byIssuer, p => Assert.Equal(GazetteSample.Insurance, p.DocNumber));
        Assert.NotEmpty(byNumber);
        Assert.All(byNumber, p => Assert.Equal(GazetteSample.ElderlyCare, p.DocNumber));
        Assert.Empty(byYear);
    }

    [SkippableFact]
    public async Task Syncing_again_writes_nothing_and_changes_replace_or_remove_documents()
    {
        var documents = GazetteSample.Documents();
        var (store, sync, search) = await SyncedAsync(documents);

        var again = await sync.SyncAsync(new IndexSnapshot(2, documents), CancellationToken.None);
        Assert.Equal(new QdrantSyncResult(0, 0, 0, documents.Count), again);

        var insurance = documents.Single(d => d.DocNumber == GazetteSample.Insurance);
        var edited = insurance with { Clauses = [insurance.Clauses[0] with { Text = "巨灾保险试点扩大到全部沿海城市。" }] };
        var next = documents.Where(d => d.DocNumber == GazetteSample.ElderlyCare).Append(edited).ToList();
        var changed = await sync.SyncAsync(new IndexSnapshot(3, next), CancellationToken.None);

        Assert.Equal(new QdrantSyncResult(0, 1, 1, 1), changed);
        var hashes = await store.ReadDocumentHashesAsync(CancellationToken.None);
        Assert.Equal([GazetteSample.ElderlyCare, GazetteSample.Insurance], hashes.Keys.Order());
        Assert.Empty(await search.SearchAsync(new SearchQuery("农资") { Filter = new SearchFilter(DocNumber: GazetteSample.SupplyCooperatives) }));
        var insuranceHits = await search.SearchAsync(new SearchQuery("巨灾保险") { Filter = new SearchFilter(DocNumber: GazetteSample.Insurance) });
        Assert.Equal("巨灾保险试点扩大到全部沿海城市。", Assert.Single(insuranceHits).Text);
    }

    [SkippableFact]
    public async Task A_search_before_anything_is_synced_finds_nothing()
    {
        Skip.If(server.Url is null, QdrantServer.SkipReason);
        var search = new QdrantPolicySearch(server.NewStore(), _embedder, _analyzer);

        Assert.Empty(await search.SearchAsync(new SearchQuery("农资")));
    }
}
