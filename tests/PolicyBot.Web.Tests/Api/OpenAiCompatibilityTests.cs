using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PolicyBot.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public class OpenAiCompatibilityTests(PolicyBotApiFactory factory)
{
    private static JsonContent Completion(bool stream, string model = "policybot") =>
        JsonContent.Create(new
        {
            model,
            stream,
            messages = new object[]
            {
                new { role = "system", content = "You are a helpful assistant." },
                new { role = "user", content = new object[] { new { type = "text", text = Requests.Subsidy } } },
            },
        });

    private static async Task AssertEndsWithSourceAsync(HttpClient client, string content)
    {
        var doc = await Requests.JsonOf(await client.GetAsync("/api/documents/" + Uri.EscapeDataString("鲁政办字〔2024〕110号")));
        var endings = new[] { (string?)doc["title"], (string?)doc["attachedTitle"] }.OfType<string>().Select(t => $"\n鲁政办字〔2024〕110号 {t}");
        Assert.True(endings.Any(content.EndsWith), $"the content ends with the cited 文号 and title: …{content[^Math.Min(80, content.Length)..]}");
    }

    [Fact]
    public async Task Models_lists_policybot()
    {
        var client = await factory.ReadyClientAsync();
        var models = await Requests.JsonOf(await client.GetAsync("/v1/models"));
        Assert.Equal("list", (string?)models["object"]);
        Assert.Equal("policybot", (string?)models["data"]![0]!["id"]);
        Assert.Equal("model", (string?)models["data"]![0]!["object"]);
    }

    [Fact]
    public async Task A_completion_has_OpenAI_shape_and_ends_with_the_cited_document()
    {
        var client = await factory.ReadyClientAsync();
        var response = await client.PostAsync("/v1/chat/completions", Completion(stream: false));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Requests.JsonOf(response);
        Assert.Equal("chat.completion", (string?)body["object"]);
        Assert.StartsWith("chatcmpl-", (string?)body["id"]);
        Assert.Equal("policybot", (string?)body["model"]);
        var choice = body["choices"]![0]!;
        Assert.Equal("stop", (string?)choice["finish_reason"]);
        Assert.Equal("assistant", (string?)choice["message"]!["role"]);
        var content = (string)choice["message"]!["content"]!;
        Assert.Contains("每月不低于200元", content);
        await AssertEndsWithSourceAsync(client, content);
        Assert.True((int)body["usage"]!["total_tokens"]! > 0);
    }

    [Fact]
    public async Task A_streamed_completion_sends_chunks_then_DONE()
    {
        var client = await factory.ReadyClientAsync();
        var response = await client.PostAsync("/v1/chat/completions", Completion(stream: true));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var raw = await response.Content.ReadAsStringAsync();
        var events = ServerSentEvent.ParseAll(raw);
        Assert.Equal("[DONE]", events[^1].Data);
        Assert.DoesNotContain("event:", raw);
        var chunks = events.Take(events.Count - 1).Select(e => JsonNode.Parse(e.Data)!).ToArray();
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", (string?)c["object"]));
        Assert.Single(chunks.Select(c => (string?)c["id"]).Distinct());
        Assert.Equal("assistant", (string?)chunks[0]["choices"]![0]!["delta"]!["role"]);
        Assert.Equal("stop", (string?)chunks[^1]["choices"]![0]!["finish_reason"]);
        var content = string.Concat(chunks.Select(c => (string?)c["choices"]![0]!["delta"]!["content"]));
        Assert.Contains("每月不低于200元", content);
        await AssertEndsWithSourceAsync(client, content);
    }

    [Fact]
    public async Task An_unknown_model_is_an_OpenAI_error()
    {
        var client = await factory.ReadyClientAsync();
        var response = await client.PostAsync("/v1/chat/completions", Completion(stream: false, model: "gpt-4o"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = (await Requests.JsonOf(response))["error"]!;
        Assert.Equal("model_not_found", (string?)error["code"]);
    }

    [Fact]
    public async Task A_malformed_completion_is_a_400_OpenAI_error()
    {
        var client = await factory.ReadyClientAsync();
        var response = await client.PostAsync("/v1/chat/completions", Requests.RawJson("{\"model\": \"policybot\", \"messages\": {"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request_error", (string?)(await Requests.JsonOf(response))["error"]!["type"]);
    }
}
