using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace PolicyBot.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public class ChatTests(PolicyBotApiFactory factory)
{
    [Fact]
    public async Task Chat_answers_the_subsidy_question_with_the_exact_figure_and_its_document()
    {
        var client = await factory.ReadyClientAsync();
        var response = await client.PostAsync("/api/chat", Requests.Chat(Requests.Subsidy));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await Requests.JsonOf(response);
        Assert.Contains("每月不低于200元", (string?)answer["answer"]);
        Assert.True((bool)answer["grounded"]!);
        Assert.Contains(answer["citations"]!.AsArray(), c => (string?)c!["docNumber"] == "鲁政办字〔2024〕110号");
        Assert.All(answer["citations"]!.AsArray(), c => Assert.NotNull((string?)c!["clauseId"]));
        Assert.InRange(answer["passages"]!.AsArray().Count, 1, 5);
        Assert.Equal("extractive", (string?)answer["mode"]);
    }

    [Fact]
    public async Task Chat_streams_deltas_then_a_done_event_holding_the_whole_answer()
    {
        var client = await factory.ReadyClientAsync();
        var response = await client.SendAsync(Requests.Post("/api/chat", Requests.Chat(Requests.Subsidy), "text/event-stream"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = ServerSentEvent.ParseAll(await response.Content.ReadAsStringAsync());

        Assert.Equal("done", events[^1].Type);
        var deltas = events.Take(events.Count - 1).ToArray();
        Assert.NotEmpty(deltas);
        Assert.All(deltas, e => Assert.Equal("delta", e.Type));
        var final = JsonNode.Parse(events[^1].Data)!;
        Assert.Equal((string?)final["answer"], string.Concat(deltas.Select(d => d.Data)));
        Assert.Contains("每月不低于200元", (string?)final["answer"]);
        Assert.Contains(final["citations"]!.AsArray(), c => (string?)c!["docNumber"] == "鲁政办字〔2024〕110号");
    }

    [Fact]
    public async Task A_follow_up_turn_is_answered_in_the_context_of_the_conversation()
    {
        var client = await factory.ReadyClientAsync();
        var first = await Requests.JsonOf(await client.PostAsync("/api/chat", Requests.Chat("文登区推动供销社高质量发展，到2026年定了哪些目标？")));
        var follow = await client.PostAsync("/api/chat",
            Requests.Chat("文登区推动供销社高质量发展，到2026年定了哪些目标？", (string)first["answer"]!, "那农资仓储能力要达到多少？"));
        Assert.Equal(HttpStatusCode.OK, follow.StatusCode);
        var answer = await Requests.JsonOf(follow);
        Assert.Contains("1万吨", (string?)answer["answer"]);
        Assert.Contains(answer["citations"]!.AsArray(), c => (string?)c!["docNumber"] == "威文政发〔2024〕10号");
    }

    [Theory]
    [InlineData("{\"messages\": [")]
    [InlineData("{\"messages\": 42}")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"messages\": []}")]
    [InlineData("{}")]
    [InlineData("{\"messages\": [{\"role\": \"robot\", \"content\": \"你好\"}]}")]
    [InlineData("{\"messages\": [{\"role\": \"user\", \"content\": \"  \"}]}")]
    [InlineData("{\"messages\": [{\"role\": \"user\", \"content\": \"你好\"}, {\"role\": \"assistant\", \"content\": \"你好\"}]}")]
    public async Task Malformed_chat_bodies_are_400_problems_without_internals(string body)
    {
        var client = await factory.ReadyClientAsync();
        var response = await client.PostAsync("/api/chat", Requests.RawJson(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("PolicyBot.", text);
    }

    [Fact]
    public async Task A_question_past_the_length_limit_is_400()
    {
        var client = await factory.ReadyClientAsync();
        var response = await client.PostAsync("/api/chat", Requests.Chat(new string('养', 2001)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2000", (string?)(await Requests.JsonOf(response))["detail"]);
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        var client = await factory.ReadyClientAsync();
        var huge = "{\"messages\":[{\"role\":\"user\",\"content\":\"" + new string('a', 300 * 1024) + "\"}]}";
        var response = await client.PostAsync("/api/chat", Requests.RawJson(huge));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var client = await factory.ReadyClientAsync();
        var response = await client.PostAsync("/api/chat", new StringContent(Requests.Subsidy, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Questions_are_not_logged_unless_configured()
    {
        var client = await factory.ReadyClientAsync();
        const string question = "普惠养老机构每月补贴由哪个部门牵头发放？";
        await client.PostAsync("/api/chat", Requests.Chat(question));
        Assert.Contains("chat question (1 turns, ", factory.Logs.Text);
        Assert.DoesNotContain(question, factory.Logs.Text);
    }
}
