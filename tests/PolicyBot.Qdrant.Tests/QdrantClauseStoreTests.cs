using Grpc.Core;
using PolicyBot.Retrieve.Lexical;
using Qdrant.Client.Grpc;

namespace PolicyBot.Qdrant.Tests;

/// <summary>The requests <see cref="QdrantClauseStore"/> sends, checked against <see cref="RecordingQdrant"/>.</summary>
public class QdrantClauseStoreTests
{
    private readonly RecordingQdrant _qdrant = new();
    private readonly QdrantClauseStore _store;

    public QdrantClauseStoreTests() => _store = new QdrantClauseStore(_qdrant.Client, "policybot", "http://qdrant:6334");

    private void Existing(int denseSize)
    {
        _qdrant.On("Collections/CollectionExists", _ => new CollectionExistsResponse { Result = new CollectionExists { Exists = true } });
        var create = QdrantSchema.CreateCollection("policybot", denseSize);
        _qdrant.On("Collections/Get", _ => new GetCollectionInfoResponse
        {
            Result = new CollectionInfo
            {
                Config = new CollectionConfig { Params = new CollectionParams { VectorsConfig = create.VectorsConfig, SparseVectorsConfig = create.SparseVectorsConfig } },
            },
        });
    }

    [Fact]
    public async Task A_missing_collection_is_created_with_its_payload_indexes_once()
    {
        await _store.EnsureCollectionAsync(384, CancellationToken.None);
        await _store.EnsureCollectionAsync(384, CancellationToken.None);

        var create = Assert.Single(_qdrant.Sent<CreateCollection>());
        Assert.Equal(384ul, create.VectorsConfig.ParamsMap.Map["dense"].Size);
        Assert.Equal(Modifier.Idf, create.SparseVectorsConfig.Map["lexical"].Modifier);
        var indexes = _qdrant.Sent<CreateFieldIndexCollection>().ToDictionary(i => i.FieldName, i => i.FieldType);
        Assert.Equal(FieldType.Keyword, indexes["docNumber"]);
        Assert.Equal(FieldType.Keyword, indexes["issuer"]);
        Assert.Equal(FieldType.Keyword, indexes["type"]);
        Assert.Equal(FieldType.Integer, indexes["year"]);
        Assert.Single(_qdrant.Sent<CollectionExistsRequest>());
    }

    [Fact]
    public async Task An_existing_collection_of_the_right_size_is_kept()
    {
        Existing(384);

        await _store.EnsureCollectionAsync(384, CancellationToken.None);

        Assert.Empty(_qdrant.Sent<CreateCollection>());
        Assert.Empty(_qdrant.Sent<DeleteCollection>());
    }

    [Fact]
    public async Task A_new_embedder_size_recreates_the_collection()
    {
        Existing(384);

        await _store.EnsureCollectionAsync(512, CancellationToken.None);

        Assert.Equal("policybot", Assert.Single(_qdrant.Sent<DeleteCollection>()).CollectionName);
        Assert.Equal(512ul, Assert.Single(_qdrant.Sent<CreateCollection>()).VectorsConfig.ParamsMap.Map["dense"].Size);
    }

    [Fact]
    public async Task A_collection_of_someone_else_is_never_deleted()
    {
        _qdrant.On("Collections/CollectionExists", _ => new CollectionExistsResponse { Result = new CollectionExists { Exists = true } });
        _qdrant.On("Collections/Get", _ => new GetCollectionInfoResponse
        {
            Result = new CollectionInfo { Config = new CollectionConfig { Params = new CollectionParams { VectorsConfig = new VectorsConfig { Params = new VectorParams { Size = 384 } } } } },
        });

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => _store.EnsureCollectionAsync(384, CancellationToken.None));

        Assert.Contains("not laid out for PolicyBot", e.Message);
        Assert.Empty(_qdrant.Sent<DeleteCollection>());
    }

    [Fact]
    public async Task Replacing_a_document_deletes_its_points_then_upserts_in_batches_first_clause_last()
    {
        var document = GazetteSample.Documents()[0];
        var clauses = Enumerable.Range(0, 600).Select(i => document.Clauses[0] with { Id = Domain.Clause.MakeId(document.DocNumber, i), Position = i }).ToList();
        var points = clauses.Select(c => ClausePoints.ToPoint(document, c, [1f, 0f], new ChineseAnalyzer(), "h")).ToList();

        await _store.ReplaceDocumentAsync(document.DocNumber, points, CancellationToken.None);

        Assert.Equal(["Points/Delete", "Points/Upsert", "Points/Upsert", "Points/Upsert"], _qdrant.Methods());
        var delete = Assert.Single(_qdrant.Sent<DeletePoints>());
        Assert.Equal(document.DocNumber, delete.Points.Filter.Must.Single().Field.Match.Keyword);
        Assert.True(delete.Wait);
        var upserts = _qdrant.Sent<UpsertPoints>();
        Assert.Equal([256, 256, 88], upserts.Select(u => u.Points.Count));
        Assert.All(upserts, u => Assert.True(u.Wait));
        Assert.Equal(0, upserts[^1].Points[^1].Payload["position"].IntegerValue);
        Assert.Equal(600, upserts.SelectMany(u => u.Points).Select(p => p.Id.Uuid).Distinct().Count());
    }

    [Fact]
    public async Task Stored_fingerprints_are_read_page_by_page_from_first_clauses()
    {
        _qdrant.On("Collections/CollectionExists", _ => new CollectionExistsResponse { Result = new CollectionExists { Exists = true } });
        _qdrant.On("Points/Scroll", request =>
        {
            var scroll = (ScrollPoints)request;
            var first = scroll.Offset is null;
            var reply = new ScrollResponse { Result = { Marker(first ? "国发〔2024〕21号" : "鲁政办字〔2024〕110号", first ? "a" : "b") } };
            if (first) reply.NextPageOffset = Guid.NewGuid();
            return reply;
        });

        var hashes = await _store.ReadDocumentHashesAsync(CancellationToken.None);

        Assert.Equal("a", hashes["国发〔2024〕21号"]);
        Assert.Equal("b", hashes["鲁政办字〔2024〕110号"]);
        var scrolls = _qdrant.Sent<ScrollPoints>();
        Assert.Equal(2, scrolls.Count);
        Assert.All(scrolls, s => Assert.Equal(0, s.Filter.Must.Single().Field.Match.Integer));
    }

    [Fact]
    public async Task Without_a_collection_there_are_no_documents_and_no_hits()
    {
        _qdrant.On("Points/Query", _ => throw new RpcException(new Status(StatusCode.NotFound, "Collection `policybot` doesn't exist!")));

        Assert.Empty(await _store.ReadDocumentHashesAsync(CancellationToken.None));
        Assert.Empty(await _store.QueryAsync(HybridQuery.Build("policybot", [1f], new SparseTermVector([], []), null, 5), CancellationToken.None));
    }

    [Theory]
    [InlineData(StatusCode.Unavailable, typeof(QdrantUnavailableException))]
    [InlineData(StatusCode.DeadlineExceeded, typeof(QdrantUnavailableException))]
    [InlineData(StatusCode.InvalidArgument, typeof(InvalidOperationException))]
    public async Task Server_failures_become_one_line_errors(StatusCode status, Type expected)
    {
        _qdrant.On("Points/Query", _ => throw new RpcException(new Status(status, "Wrong input: Vector dimension error:\nexpected dim: 384, got 256")));

        var e = await Assert.ThrowsAnyAsync<Exception>(
            () => _store.QueryAsync(HybridQuery.Build("policybot", [1f], new SparseTermVector([], []), null, 5), CancellationToken.None));

        Assert.IsType(expected, e);
        Assert.Contains("http://qdrant:6334", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    private static RetrievedPoint Marker(string docNumber, string hash)
    {
        var point = new RetrievedPoint { Id = Guid.NewGuid() };
        point.Payload["docNumber"] = docNumber;
        point.Payload["docHash"] = hash;
        return point;
    }
}
