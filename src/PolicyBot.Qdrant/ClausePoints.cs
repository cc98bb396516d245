using System.Globalization;
using Google.Protobuf.Collections;
using PolicyBot.Domain;
using PolicyBot.Retrieve.Lexical;
using Qdrant.Client.Grpc;

namespace PolicyBot.Qdrant;

/// <summary>Maps clauses to Qdrant points (vectors and payload) and scored points back to clauses and documents.</summary>
public static class ClausePoints
{
    /// <summary>What both vectors are computed from: the document title, the headings above the clause and its text.</summary>
    public static string IndexedText(PolicyDocument document, Clause clause) =>
        clause.Section.IsRoot
            ? $"{document.DisplayTitle}\n{clause.Text}"
            : $"{document.DisplayTitle}\n{clause.Section}\n{clause.Text}";

    public static PointStruct ToPoint(PolicyDocument document, Clause clause, float[] dense, ChineseAnalyzer analyzer, string documentHash)
    {
        var lexical = SparseTermVector.ForDocument(analyzer, IndexedText(document, clause));
        var vectors = new Dictionary<string, Vector> { [QdrantSchema.DenseVector] = dense };
        if (!lexical.IsEmpty) vectors[QdrantSchema.LexicalVector] = (lexical.Values, lexical.Indices);
        var point = new PointStruct { Id = ClausePointId.For(clause.Id), Vectors = vectors };
        WritePayload(point.Payload, document, clause, documentHash);
        return point;
    }

    internal static void WritePayload(MapField<string, Value> payload, PolicyDocument document, Clause clause, string documentHash)
    {
        payload[QdrantSchema.DocNumber] = document.DocNumber;
        payload[QdrantSchema.Title] = document.Title;
        payload[QdrantSchema.ClauseId] = clause.Id;
        payload[QdrantSchema.Position] = (long)clause.Position;
        payload[QdrantSchema.Section] = clause.Section.ToString();
        payload[QdrantSchema.Text] = clause.Text;
        payload[QdrantSchema.DocumentHash] = documentHash;
        payload[QdrantSchema.InAttachment] = clause.InAttachment;
        if (!string.IsNullOrEmpty(document.Source)) payload[QdrantSchema.Source] = document.Source;
        if (document.AttachedTitle is { } attached) payload[QdrantSchema.AttachedTitle] = attached;
        if (document.Issuer is { } issuer) payload[QdrantSchema.Issuer] = issuer;
        if (document.Type is { } type) payload[QdrantSchema.Type] = type;
        if (document.Date is { } date) payload[QdrantSchema.Date] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (YearOf(document) is { } year) payload[QdrantSchema.Year] = (long)year;
        if (clause.Label is { } label) payload[QdrantSchema.Label] = label;
    }

    /// <summary>The year a search filter matches: the date of issue's, else the 文号's bracketed year.</summary>
    public static int? YearOf(PolicyDocument document) =>
        document.Date?.Year ?? (DocumentNumber.TryParse(document.DocNumber, out var number) ? number.Year : null);

    /// <summary>The clause a point stands for, rebuilt from its payload (no responsibility note or citations).</summary>
    public static Clause ClauseFrom(MapField<string, Value> payload) => new()
    {
        Id = String(payload, QdrantSchema.ClauseId) ?? throw new InvalidDataException("A Qdrant point has no clauseId in its payload."),
        DocNumber = String(payload, QdrantSchema.DocNumber) ?? "",
        Position = (int)(Integer(payload, QdrantSchema.Position) ?? 0),
        Section = SectionPath.Parse(String(payload, QdrantSchema.Section)),
        Text = String(payload, QdrantSchema.Text) ?? "",
        Label = String(payload, QdrantSchema.Label),
        InAttachment = payload.TryGetValue(QdrantSchema.InAttachment, out var a) && a.KindCase == Value.KindOneofCase.BoolValue && a.BoolValue,
    };

    /// <summary>The document a point belongs to, rebuilt from its payload (metadata only, no clauses).</summary>
    public static PolicyDocument DocumentFrom(MapField<string, Value> payload) => new()
    {
        DocNumber = String(payload, QdrantSchema.DocNumber) ?? "",
        Title = String(payload, QdrantSchema.Title) ?? "",
        AttachedTitle = String(payload, QdrantSchema.AttachedTitle),
        Issuer = String(payload, QdrantSchema.Issuer),
        Type = String(payload, QdrantSchema.Type),
        Source = String(payload, QdrantSchema.Source) ?? "",
        Date = DateOnly.TryParseExact(String(payload, QdrantSchema.Date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null,
    };

    /// <summary>
    /// Search hits as passages, ranked 1…n in Qdrant's order. Clause and document come from
    /// <paramref name="lookup"/> (the local index snapshot) when it has the clause, else from the payload.
    /// </summary>
    public static IReadOnlyList<Passage> ToPassages(IReadOnlyList<ScoredPoint> points, Func<string, (PolicyDocument, Clause)?> lookup)
    {
        var passages = new List<Passage>(points.Count);
        foreach (var point in points)
        {
            var clauseId = String(point.Payload, QdrantSchema.ClauseId);
            if (clauseId is null) continue;
            var (document, clause) = lookup(clauseId) ?? (DocumentFrom(point.Payload), ClauseFrom(point.Payload));
            passages.Add(new Passage(passages.Count + 1, point.Score, clause, document));
        }
        return passages;
    }

    internal static string? String(MapField<string, Value> payload, string key) =>
        payload.TryGetValue(key, out var v) && v.KindCase == Value.KindOneofCase.StringValue ? v.StringValue : null;

    internal static long? Integer(MapField<string, Value> payload, string key) =>
        payload.TryGetValue(key, out var v) && v.KindCase == Value.KindOneofCase.IntegerValue ? v.IntegerValue : null;
}
