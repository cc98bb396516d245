using Qdrant.Client.Grpc;

namespace PolicyBot.Qdrant.Tests;

public class QdrantSchemaTests
{
    [Fact]
    public void Collection_has_a_cosine_dense_vector_of_the_embedders_size_and_an_idf_sparse_vector()
    {
        var create = QdrantSchema.CreateCollection("policybot", 512);

        Assert.Equal("policybot", create.CollectionName);
        var dense = create.VectorsConfig.ParamsMap.Map["dense"];
        Assert.Equal(512ul, dense.Size);
        Assert.Equal(Distance.Cosine, dense.Distance);
        Assert.Equal(Modifier.Idf, create.SparseVectorsConfig.Map["lexical"].Modifier);
    }

    [Fact]
    public void Filtered_fields_are_indexed_by_kind()
    {
        var indexes = QdrantSchema.PayloadIndexes.ToDictionary(i => i.Field, i => i.Type);

        Assert.Equal(PayloadSchemaType.Keyword, indexes["docNumber"]);
        Assert.Equal(PayloadSchemaType.Keyword, indexes["issuer"]);
        Assert.Equal(PayloadSchemaType.Keyword, indexes["type"]);
        Assert.Equal(PayloadSchemaType.Integer, indexes["year"]);
    }

    [Fact]
    public void A_collection_not_laid_out_for_policybot_is_recognised()
    {
        var ours = new CollectionInfo { Config = new CollectionConfig { Params = new CollectionParams() } };
        var create = QdrantSchema.CreateCollection("c", 384);
        ours.Config.Params.VectorsConfig = create.VectorsConfig;
        ours.Config.Params.SparseVectorsConfig = create.SparseVectorsConfig;
        var foreign = new CollectionInfo { Config = new CollectionConfig { Params = new CollectionParams { VectorsConfig = new VectorsConfig { Params = new VectorParams { Size = 384 } } } } };

        Assert.Equal(384, QdrantSchema.DenseSize(ours));
        Assert.Null(QdrantSchema.DenseSize(foreign));
    }

    [Fact]
    public void A_zero_size_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => QdrantSchema.CreateCollection("c", 0));
}
