using System.Numerics.Tensors;
using PolicyBot.Retrieve.Embeddings.Local;
using PolicyBot.Retrieve.Lexical;

namespace PolicyBot.Core.Tests.Retrieve;

public sealed class LocalEmbeddingTests
{
    private static float Similarity(string a, string b)
    {
        var e = Gazette.LocalEmbedder.GenerateAsync([a, b]).Result;
        return TensorPrimitives.Dot(e[0].Vector.Span, e[1].Vector.Span);
    }

    [Fact]
    public async Task Embeddings_are_unit_length_and_deterministic()
    {
        var a = await Gazette.LocalEmbedder.GenerateAsync(["失能老年人照护服务"]);
        var b = await Gazette.LocalEmbedder.GenerateAsync(["失能老年人照护服务"]);
        Assert.Equal(Gazette.LocalEmbedder.Model.Dimensions, a[0].Vector.Length);
        Assert.Equal(1f, TensorPrimitives.Norm(a[0].Vector.Span), 3);
        Assert.Equal(a[0].Vector.ToArray(), b[0].Vector.ToArray());
    }

    [Fact]
    public void Related_texts_are_closer_than_unrelated_ones()
    {
        Assert.True(Similarity("养老院护理补贴", "养老机构运营奖补") > Similarity("养老院护理补贴", "车险综合改革"));
        Assert.True(Similarity("骗保", "欺诈骗取医保基金") > Similarity("骗保", "乡村旅游民宿"));
        Assert.True(Similarity("看病报销", "就医结算") > Similarity("看病报销", "景区门票"));
    }

    [Fact]
    public void The_builder_learns_from_co_occurrence_and_round_trips_through_a_file()
    {
        var folder = Directory.CreateTempSubdirectory("policybot-model-");
        try
        {
            var lines = new List<string>();
            for (var i = 0; i < 60; i++)
            {
                lines.Add("养老机构为失能老年人提供照护服务，护理员上门照护老年人。");
                lines.Add("保险公司开展车险综合改革，保险机构提升理赔服务。");
                lines.Add("景区发展乡村旅游，游客入住乡村民宿。");
            }
            var corpus = Path.Combine(folder.FullName, "corpus.txt");
            File.WriteAllLines(corpus, lines);
            var model = LocalEmbeddingModelBuilder.Build([corpus], Thesaurus.Empty,
                new LocalEmbeddingModelBuilder.Options { Dimensions = 8, Sketch = 16, MinCount = 2 });
            var path = Path.Combine(folder.FullName, "model.bin");
            model.Save(path);
            var loaded = LocalEmbeddingModel.Load(path);
            Assert.Equal(model.Words, loaded.Words);

            var care = loaded.WordVector("养老机构")!;
            Assert.True(TensorPrimitives.Dot(care, loaded.WordVector("照护")!) > TensorPrimitives.Dot(care, loaded.WordVector("景区")!));
            Assert.Throws<InvalidDataException>(() => LocalEmbeddingModel.Load(corpus));
        }
        finally { folder.Delete(recursive: true); }
    }
}
