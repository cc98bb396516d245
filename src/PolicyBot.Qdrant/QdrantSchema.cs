using Qdrant.Client.Grpc;

namespace PolicyBot.Qdrant;

/// <summary>
/// How PolicyBot lays out its Qdrant collection: one point per clause with a dense vector <c>dense</c> (the
/// embedder's, cosine), a sparse vector <c>lexical</c> (terms, IDF applied by Qdrant) and the payload fields below,
/// keyword/integer-indexed where searches filter on them.
/// </summary>
public static class QdrantSchema
{
    public const string DenseVector = "dense";
    public const string LexicalVector = "lexical";

    public const string DocNumber = "docNumber";
    public const string Title = "title";
    public const string AttachedTitle = "attachedTitle";
    public const string Section = "section";
    public const string Issuer = "issuer";
    public const string Date = "date";
    public const string Year = "year";
    public const string Type = "type";
    public const string Source = "source";
    public const string ClauseId = "clauseId";
    public const string Text = "text";
    public const string Label = "label";
    public const string Position = "position";
    public const string InAttachment = "inAttachment";

    /// <summary>The document's fingerprint (content and embedder), on every point of the document.</summary>
    public const string DocumentHash = "docHash";

    /// <summary>Payload fields with an index, and their kind.</summary>
    public static readonly IReadOnlyList<(string Field, PayloadSchemaType Type)> PayloadIndexes =
    [
        (DocNumber, PayloadSchemaType.Keyword),
        (Issuer, PayloadSchemaType.Keyword),
        (Type, PayloadSchemaType.Keyword),
        (Year, PayloadSchemaType.Integer),
        (Position, PayloadSchemaType.Integer),
    ];

    /// <summary>The request that creates the collection for vectors of <paramref name="denseSize"/> dimensions.</summary>
    public static CreateCollection CreateCollection(string name, int denseSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(denseSize, 1);
        return new CreateCollection
        {
            CollectionName = name,
            VectorsConfig = new VectorsConfig
            {
                ParamsMap = new VectorParamsMap
                {
                    Map = { [DenseVector] = new VectorParams { Size = (ulong)denseSize, Distance = Distance.Cosine } },
                },
            },
            SparseVectorsConfig = new SparseVectorConfig
            {
                Map = { [LexicalVector] = new SparseVectorParams { Modifier = Modifier.Idf } },
            },
        };
    }

    /// <summary>The dense size of an existing collection, or null when it is not laid out as PolicyBot's.</summary>
    public static int? DenseSize(CollectionInfo info)
    {
        var vectors = info.Config?.Params?.VectorsConfig;
        if (vectors?.ParamsMap is null || !vectors.ParamsMap.Map.TryGetValue(DenseVector, out var dense)) return null;
        var sparse = info.Config!.Params.SparseVectorsConfig;
        if (sparse is null || !sparse.Map.ContainsKey(LexicalVector)) return null;
        return (int)dense.Size;
    }
}
