using PolicyBot.Domain;
using PolicyBot.Index;
using PolicyBot.Retrieve.Lexical;
using Qdrant.Client.Grpc;

namespace PolicyBot.Qdrant.Tests;

/// <summary>Index sync against <see cref="RecordingQdrant"/>, which reports back the fingerprints written so far.</summary>
public class QdrantIndexSyncTests
{
    private readonly RecordingQdrant _qdrant = new();
    private readonly Dictionary<string, string> _stored = new(StringComparer.Ordinal);
    private readonly QdrantIndexSync _sync;
    private readonly IReadOnlyList<PolicyDocument> _documents = GazetteSample.Documents();

    public QdrantIndexSyncTests()
    {
        var exists = false;
        _qdrant.On("Collections/CollectionExists", _ => new CollectionExistsResponse { Result = new CollectionExists { Exists = exists } });
        _qdrant.On("Collections/Create", _ =>
        {
            exists = true;
            return new CollectionOperationResponse { Result = true };
        });
        _qdrant.On("Collections/Get", _ =>
        {
            var create = QdrantSchema.CreateCollection("c", BigramHashEmbeddingGenerator.Dimensions);
            return new GetCollectionInfoResponse
            {
                Result = new CollectionInfo { Config = new CollectionConfig { Params = new CollectionParams { VectorsConfig = create.VectorsConfig, SparseVectorsConfig = create.SparseVectorsConfig } } },
            };
        });
        _qdrant.On("Points/Upsert", request =>
        {
            foreach (var point in ((UpsertPoints)request).Points.Where(p => p.Payload["position"].IntegerValue == 0))
                _stored[point.Payload["docNumber"].StringValue] = point.Payload["docHash"].StringValue;
            return new PointsOperationResponse { Result = new UpdateResult { Status = UpdateStatus.Completed } };
        });
        _qdrant.On("Points/Delete", request =>
        {
            _stored.Remove(((DeletePoints)request).Points.Filter.Must.Single().Field.Match.Keyword);
            return new PointsOperationResponse { Result = new UpdateResult { Status = UpdateStatus.Completed } };
        });
        _qdrant.On("Points/Scroll", _ =>
        {
            var reply = new ScrollResponse();
            foreach (var (number, hash) in _stored)
            {
                var point = new RetrievedPoint { Id = Guid.NewGuid() };
                point.Payload["docNumber"] = number;
                point.Payload["docHash"] = hash;
                reply.Result.Add(point);
            }
            return reply;
        });
        _sync = new QdrantIndexSync(new QdrantClauseStore(_qdrant.Client, "c", "http://qdrant:6334"), new BigramHashEmbeddingGenerator(), new ChineseAnalyzer());
    }

    [Fact]
    public async Task The_first_sync_writes_every_clause_of_every_document()
    {
        var result = await _sync.SyncAsync(new IndexSnapshot(1, _documents), CancellationToken.None);

        Assert.Equal(new QdrantSyncResult(3, 0, 0, 0), result);
        Assert.Equal((ulong)BigramHashEmbeddingGenerator.Dimensions, Assert.Single(_qdrant.Sent<CreateCollection>()).VectorsConfig.ParamsMap.Map["dense"].Size);
        var written = _qdrant.Sent<UpsertPoints>().SelectMany(u => u.Points).Select(p => p.Payload["clauseId"].StringValue).Order();
        Assert.Equal(_documents.SelectMany(d => d.Clauses).Select(c => c.Id).Order(), written);
    }

    [Fact]
    public async Task Syncing_the_same_index_again_writes_nothing()
    {
        await _sync.SyncAsync(new IndexSnapshot(1, _documents), CancellationToken.None);
        _qdrant.Requests.Clear();

        var result = await _sync.SyncAsync(new IndexSnapshot(2, GazetteSample.Documents()), CancellationToken.None);

        Assert.Equal(new QdrantSyncResult(0, 0, 0, 3), result);
        Assert.Empty(_qdrant.Sent<UpsertPoints>());
        Assert.Empty(_qdrant.Sent<DeletePoints>());
    }

    [Fact]
    public async Task A_changed_document_is_replaced_and_a_removed_one_deleted()
    {
        await _sync.SyncAsync(new IndexSnapshot(1, _documents), CancellationToken.None);
        _qdrant.Requests.Clear();
        var insurance = _documents.Single(d => d.DocNumber == GazetteSample.Insurance);
        var edited = insurance with { Clauses = [insurance.Clauses[0] with { Text = "巨灾保险试点扩大到全部沿海城市。" }] };
        var next = new[] { edited, _documents.Single(d => d.DocNumber == GazetteSample.ElderlyCare) };

        var result = await _sync.SyncAsync(new IndexSnapshot(2, next), CancellationToken.None);

        Assert.Equal(new QdrantSyncResult(0, 1, 1, 1), result);
        Assert.Equal([GazetteSample.Insurance, GazetteSample.SupplyCooperatives],
            _qdrant.Sent<DeletePoints>().Select(d => d.Points.Filter.Must.Single().Field.Match.Keyword));
        var rewritten = Assert.Single(_qdrant.Sent<UpsertPoints>().SelectMany(u => u.Points));
        Assert.Equal("巨灾保险试点扩大到全部沿海城市。", rewritten.Payload["text"].StringValue);
        Assert.Equal(new HashSet<string> { GazetteSample.Insurance, GazetteSample.ElderlyCare }, _stored.Keys.ToHashSet());
    }
}
