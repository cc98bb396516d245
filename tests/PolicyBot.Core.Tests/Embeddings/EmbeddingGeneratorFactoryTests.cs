using Microsoft.Extensions.AI;
using PolicyBot.Configuration;
using PolicyBot.Retrieve.Embeddings;

namespace PolicyBot.Core.Tests.Embeddings;

public class EmbeddingGeneratorFactoryTests(MiniLmModelFiles files) : IClassFixture<MiniLmModelFiles>
{
    private static IEmbeddingGenerator<string, Embedding<float>> NoLocal() =>
        throw new InvalidOperationException("the local embedder should not be made");

    [Theory]
    [InlineData(null)]
    [InlineData("Local")]
    [InlineData("local")]
    public void Local_is_the_default(string? provider)
    {
        using var local = OpenAiEmbeddingGenerator.Create(new Uri("http://127.0.0.1:9/v1"), "stands-for-local", null);
        var made = EmbeddingGeneratorFactory.Create(new EmbeddingOptions { Provider = provider! }, () => local);
        Assert.Same(local, made);
    }

    [Fact]
    public async Task Onnx_loads_the_configured_model()
    {
        using var made = EmbeddingGeneratorFactory.Create(
            new EmbeddingOptions { Provider = "Onnx", ModelPath = files.ModelPath, VocabPath = files.VocabPath, Pooling = "cls" }, NoLocal);

        Assert.IsType<OnnxEmbeddingGenerator>(made);
        Assert.Equal(384, (await made.GenerateAsync(["x"]))[0].Vector.Length);
    }

    [Fact]
    public async Task OpenAI_talks_to_the_configured_endpoint()
    {
        using var server = new LoopbackEmbeddingsServer();
        using var made = EmbeddingGeneratorFactory.Create(
            new EmbeddingOptions { Provider = "OpenAI", Endpoint = server.BaseUrl.ToString(), Model = "bge-m3" }, NoLocal);

        var e = await made.GenerateAsync(["文号"]);

        Assert.Equal(LoopbackEmbeddingsServer.VectorFor("文号"), e[0].Vector.ToArray());
    }

    [Theory]
    [InlineData("Onnx", null, "v.txt", null, null, "ModelPath")]
    [InlineData("Onnx", "m.onnx", null, null, null, "VocabPath")]
    [InlineData("Onnx", "/nowhere/m.onnx", "/nowhere/v.txt", null, null, "no such file")]
    [InlineData("OpenAI", null, null, null, "m", "Endpoint")]
    [InlineData("OpenAI", null, null, "http://localhost:11434/v1", null, "Model")]
    [InlineData("OpenAI", null, null, "localhost:11434", "m", "not an http(s) URL")]
    [InlineData("Bert", null, null, null, null, "Unknown embeddings provider")]
    public void Incomplete_configuration_gets_a_one_line_error(string provider, string? model, string? vocab, string? endpoint,
        string? modelName, string expected)
    {
        var options = new EmbeddingOptions { Provider = provider, ModelPath = model, VocabPath = vocab, Endpoint = endpoint, Model = modelName };

        var e = Assert.Throws<InvalidOperationException>(() => EmbeddingGeneratorFactory.Create(options, NoLocal));

        Assert.Contains(expected, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }
}
