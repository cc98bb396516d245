using System.Text.Json.Nodes;
using PolicyBot.Retrieve.Embeddings;

namespace PolicyBot.Core.Tests.Embeddings;

public sealed class OpenAiEmbeddingGeneratorTests : IDisposable
{
    private readonly LoopbackEmbeddingsServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Posts_model_and_input_array_to_v1_embeddings()
    {
        using var generator = OpenAiEmbeddingGenerator.Create(_server.BaseUrl, "bge-m3", "secret-key");

        await generator.GenerateAsync(["养老服务补贴", "农资仓储能力"]);

        var (path, authorization, body) = Assert.Single(_server.Requests);
        Assert.Equal("/v1/embeddings", path);
        Assert.Equal("Bearer secret-key", authorization);
        Assert.Equal("bge-m3", body["model"]!.GetValue<string>());
        Assert.Equal(["养老服务补贴", "农资仓储能力"], body["input"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Maps_the_reply_to_one_vector_per_input_in_order(bool serverIgnoresEncodingFormat)
    {
        _server.IgnoreEncodingFormat = serverIgnoresEncodingFormat;
        using var generator = OpenAiEmbeddingGenerator.Create(_server.BaseUrl, "nomic-embed-text", apiKey: null);
        string[] texts = ["第一条", "第二条比较长一些", "三"];

        var embeddings = await generator.GenerateAsync(texts);

        Assert.Equal(texts.Length, embeddings.Count);
        for (var i = 0; i < texts.Length; i++)
            Assert.Equal(LoopbackEmbeddingsServer.VectorFor(texts[i]), embeddings[i].Vector.ToArray());
    }

    [Fact]
    public async Task An_error_reply_becomes_a_one_line_message_with_status_and_reason()
    {
        _server.Respond = _ => (401, """{"error":{"message":"Incorrect API key provided.","type":"invalid_request_error"}}""");
        using var generator = OpenAiEmbeddingGenerator.Create(_server.BaseUrl, "m", "wrong");

        var e = await Assert.ThrowsAsync<EmbeddingServiceException>(() => generator.GenerateAsync(["x"]));

        Assert.Contains("401", e.Message);
        Assert.Contains("Incorrect API key provided.", e.Message);
        Assert.Contains(_server.BaseUrl.ToString(), e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task An_unknown_model_reply_names_what_the_server_said()
    {
        _server.Respond = body => (404, $$"""{"error":"model \"{{body["model"]}}\" not found, try pulling it first"}""");
        using var generator = OpenAiEmbeddingGenerator.Create(_server.BaseUrl, "missing-model", null);

        var e = await Assert.ThrowsAsync<EmbeddingServiceException>(() => generator.GenerateAsync(["x"]));

        Assert.Contains("404", e.Message);
        Assert.Contains("missing-model", e.Message);
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_reported_plainly()
    {
        var closed = _server.BaseUrl;
        _server.Dispose();
        using var generator = OpenAiEmbeddingGenerator.Create(closed, "m", null);

        var e = await Assert.ThrowsAsync<EmbeddingServiceException>(() => generator.GenerateAsync(["x"]));

        Assert.Contains("cannot be reached", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }
}
