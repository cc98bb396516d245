using PolicyBot.Domain;
using PolicyBot.Retrieve.Lexical;
using Qdrant.Client.Grpc;

namespace PolicyBot.Qdrant.Tests;

public class ClausePointsTests
{
    private static readonly IReadOnlyList<PolicyDocument> Documents = GazetteSample.Documents();
    private static readonly PolicyDocument ElderlyCare = Documents.Single(d => d.DocNumber == GazetteSample.ElderlyCare);
    private static readonly float[] Dense = [.. Enumerable.Repeat(0.05f, 384)];

    private static PointStruct Point(PolicyDocument document, int position) =>
        ClausePoints.ToPoint(document, document.Clauses[position], Dense, new ChineseAnalyzer(), "hash-1");

    [Fact]
    public void The_payload_holds_what_a_citation_and_a_filter_need()
    {
        var clause = ElderlyCare.Clauses[1];
        var payload = Point(ElderlyCare, 1).Payload;

        Assert.Equal("鲁政办字〔2024〕110号", payload["docNumber"].StringValue);
        Assert.Equal(ElderlyCare.Title, payload["title"].StringValue);
        Assert.Equal("二、完善失能失智老年人照护服务体系", payload["section"].StringValue);
        Assert.Equal("山东省人民政府办公厅", payload["issuer"].StringValue);
        Assert.Equal("2024-09-04", payload["date"].StringValue);
        Assert.Equal(2024, payload["year"].IntegerValue);
        Assert.Equal("通知", payload["type"].StringValue);
        Assert.Equal(clause.Id, payload["clauseId"].StringValue);
        Assert.Equal(clause.Text, payload["text"].StringValue);
        Assert.Equal(1, payload["position"].IntegerValue);
        Assert.Equal("hash-1", payload["docHash"].StringValue);
    }

    [Fact]
    public void Without_a_date_the_year_comes_from_the_document_number_and_unknown_fields_are_left_out()
    {
        var undated = Documents.Single(d => d.DocNumber == GazetteSample.SupplyCooperatives);
        var noNumber = undated with { DocNumber = "doc-notice", Date = null, Issuer = null };

        Assert.Equal(2024, Point(undated, 0).Payload["year"].IntegerValue);
        Assert.False(Point(undated, 0).Payload.ContainsKey("date"));
        var payload = ClausePoints.ToPoint(noNumber, undated.Clauses[0], Dense, new ChineseAnalyzer(), "h").Payload;
        Assert.False(payload.ContainsKey("year"));
        Assert.False(payload.ContainsKey("issuer"));
    }

    [Fact]
    public void The_point_carries_both_named_vectors_and_a_deterministic_id()
    {
        var point = Point(ElderlyCare, 0);
        var expectedLexical = SparseTermVector.ForDocument(new ChineseAnalyzer(), ClausePoints.IndexedText(ElderlyCare, ElderlyCare.Clauses[0]));

        Assert.Equal(ClausePointId.For("鲁政办字〔2024〕110号-000").ToString(), point.Id.Uuid);
        var vectors = point.Vectors.Vectors_.Vectors;
        Assert.Equal(Dense, vectors["dense"].Dense.Data);
        Assert.Equal(expectedLexical.Indices, vectors["lexical"].Sparse.Indices);
        Assert.Equal(expectedLexical.Values, vectors["lexical"].Sparse.Values);
    }

    [Fact]
    public void The_lexical_vector_covers_title_headings_and_text()
    {
        var text = ClausePoints.IndexedText(ElderlyCare, ElderlyCare.Clauses[1]);

        Assert.Contains("失能失智老年人照护服务工作的若干措施", text);
        Assert.Contains("二、完善失能失智老年人照护服务体系", text);
        Assert.Contains("家庭养老床位", text);
    }

    [Fact]
    public void Payload_maps_back_to_the_same_clause_and_document_metadata()
    {
        var original = ElderlyCare.Clauses[1];
        var payload = Point(ElderlyCare, 1).Payload;

        var clause = ClausePoints.ClauseFrom(payload);
        var document = ClausePoints.DocumentFrom(payload);

        Assert.Equal(original.Id, clause.Id);
        Assert.Equal(original.DocNumber, clause.DocNumber);
        Assert.Equal(original.Position, clause.Position);
        Assert.Equal(original.Section, clause.Section);
        Assert.Equal(original.Text, clause.Text);
        Assert.Equal(ElderlyCare with { Clauses = [] }, document with { Clauses = [] });
    }

    [Fact]
    public void Hits_become_passages_ranked_in_qdrants_order_preferring_the_local_snapshot()
    {
        var insurance = Documents.Single(d => d.DocNumber == GazetteSample.Insurance);
        ScoredPoint Hit(PolicyDocument d, int position, float score)
        {
            var hit = new ScoredPoint { Id = ClausePointId.For(d.Clauses[position].Id), Score = score };
            hit.Payload.Add(Point(d, position).Payload);
            return hit;
        }
        var local = insurance.Clauses[1] with { Label = "（三）" };
        (PolicyDocument, Clause)? Lookup(string id) => id == local.Id ? (insurance, local) : null;

        var passages = ClausePoints.ToPassages([Hit(insurance, 1, 0.9f), Hit(ElderlyCare, 0, 0.5f)], Lookup);

        Assert.Equal([1, 2], passages.Select(p => p.Rank));
        Assert.Equal(0.9, passages[0].Score, 5);
        Assert.Same(local, passages[0].Clause);
        Assert.Same(insurance, passages[0].Document);
        Assert.Equal(GazetteSample.ElderlyCare, passages[1].DocNumber);
        Assert.Equal(ElderlyCare.Clauses[0].Text, passages[1].Text);
        Assert.Equal(ElderlyCare.Title, passages[1].Title);
    }

    [Fact]
    public void A_document_is_written_with_its_first_clause_last()
    {
        var points = Enumerable.Range(0, 2).Select(i => Point(ElderlyCare, i)).ToList();

        var order = QdrantClauseStore.UpsertOrder(points).Select(p => p.Payload["position"].IntegerValue);

        Assert.Equal([1L, 0L], order);
    }
}
