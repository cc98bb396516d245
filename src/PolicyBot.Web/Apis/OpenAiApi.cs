using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PolicyBot.Answer;
using PolicyBot.Domain;
using PolicyBot.Web.Hosting;
using static PolicyBot.Web.Apis.OpenAiShapes;

namespace PolicyBot.Web.Apis;

/// <summary>
/// OpenAI-compatible chat completions (<c>POST /v1/chat/completions</c>, plain and <c>stream: true</c>) and
/// <c>GET /v1/models</c>, so any OpenAI client can talk to PolicyBot as model <c>policybot</c>. The content ends with
/// the cited 文号 and titles.
/// </summary>
public static class OpenAiApi
{
    private static readonly long Created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public static IEndpointRouteBuilder MapOpenAiApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1").WithTags("OpenAI-compatible");
        group.MapGet("/models", () => TypedResults.Json(new ModelList("list", [new ModelCard(Model, "model", Created, "policybot")]), Json))
            .WithName("ListModels")
            .WithSummary("The one model PolicyBot serves: policybot");
        group.MapPost("/chat/completions", CompleteAsync)
            .WithName("ChatCompletions")
            .WithSummary("OpenAI-compatible chat completion (stream: true for server-sent chunks ending with [DONE])")
            .Accepts<Request>("application/json")
            .Produces<Completion>(contentType: "application/json");
        return app;
    }

    public static async Task<IResult> CompleteAsync(
        HttpRequest request, IAnswerer answerer, ChatLog log, IOptions<WebOptions> options, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (request.ContentLength > limits.MaxRequestBytes) return Error(413, $"The request body is larger than {limits.MaxRequestBytes} bytes.");
        var bytes = await JsonBody.ReadLimitedAsync(request, limits.MaxRequestBytes, cancellationToken);
        if (bytes is null) return Error(413, $"The request body is larger than {limits.MaxRequestBytes} bytes.");
        Request? body;
        try
        {
            body = bytes.Value.Length == 0 ? null : JsonSerializer.Deserialize<Request>(bytes.Value.Span, Json);
        }
        catch (JsonException)
        {
            return Error(400, "The request body is not valid JSON for a chat completion.");
        }
        if (body is null) return Error(400, "The request body is empty.");
        if (string.IsNullOrWhiteSpace(body.Model)) return Error(400, "model is required (use \"policybot\").", "model");
        if (!string.Equals(body.Model, Model, StringComparison.OrdinalIgnoreCase))
            return Error(404, $"The model {body.Model} does not exist; use \"{Model}\".", "model", "model_not_found");
        var messages = body.Messages?.Select(m => new ChatTurn(RoleOf(m.Role), m.Text() ?? "")).ToArray();
        var (turns, error) = ConversationRules.Check(messages, limits.MaxTurns, limits.MaxQuestionChars);
        if (error is not null) return Error(400, error, "messages");

        log.Asked("openai", turns![^1].Content, turns.Count);
        var id = "chatcmpl-" + Guid.NewGuid().ToString("N")[..24];
        if (body.Stream == true) return TypedResults.ServerSentEvents(StreamAsync(id, turns, answerer, log, cancellationToken));
        var answer = await answerer.AnswerAsync(turns, cancellationToken);
        log.Answered("openai", answer.Mode, answer.Grounded, answer.Citations.Count, answer.Notice);
        var content = answer.Text + SourcesBlock(answer);
        var prompt = turns.Sum(t => t.Content.Length);
        return TypedResults.Json(
            new Completion(id, "chat.completion", DateTimeOffset.UtcNow.ToUnixTimeSeconds(), Model,
                [new Choice(0, new AssistantMessage(ChatTurn.Assistant, content), "stop")],
                new Usage(prompt, content.Length, prompt + content.Length)),
            Json);
    }

    /// <summary>The text that ends every reply that cites: one line per cited document, its 文号 then its title.</summary>
    public static string SourcesBlock(PolicyAnswer answer)
    {
        var cited = answer.Citations.DistinctBy(c => c.DocNumber).ToArray();
        if (cited.Length == 0) return "";
        var text = new StringBuilder("\n\n依据：");
        foreach (var c in cited) text.Append('\n').Append(c.DocNumber).Append(' ').Append(c.Title);
        return text.ToString();
    }

    private static async IAsyncEnumerable<SseItem<string>> StreamAsync(
        string id, IReadOnlyList<ChatTurn> turns, IAnswerer answerer, ChatLog log, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        SseItem<string> ChunkOf(Delta delta, string? finish) =>
            new(JsonSerializer.Serialize(new Chunk(id, "chat.completion.chunk", created, Model, [new ChunkChoice(0, delta, finish)]), Json));

        yield return ChunkOf(new Delta { Role = ChatTurn.Assistant, Content = "" }, null);
        await using var updates = answerer.StreamAsync(turns, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            AnswerUpdate? update = null;
            var failed = false;
            try
            {
                if (!await updates.MoveNextAsync()) break;
                update = updates.Current;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.Failed("openai", e);
                failed = true;
            }
            if (failed)
            {
                yield return new SseItem<string>(JsonSerializer.Serialize(
                    new ErrorReply(new ErrorBody("PolicyBot could not finish this answer.", "server_error", null, null)), Json));
                break;
            }
            if (update!.Final is { } final)
            {
                log.Answered("openai", final.Mode, final.Grounded, final.Citations.Count, final.Notice);
                if (SourcesBlock(final) is { Length: > 0 } sources) yield return ChunkOf(new Delta { Content = sources }, null);
                yield return ChunkOf(new Delta(), "stop");
                break;
            }
            if (!string.IsNullOrEmpty(update.Delta)) yield return ChunkOf(new Delta { Content = update.Delta }, null);
        }
        yield return new SseItem<string>("[DONE]");
    }

    /// <summary>OpenAI maps instructions to system/developer; PolicyBot keeps its own, so both are dropped.</summary>
    private static string RoleOf(string? role) => role?.Trim().ToLowerInvariant() == "developer" ? "system" : role ?? "";

    private static JsonHttpResult<ErrorReply> Error(int status, string message, string? param = null, string? code = null) =>
        TypedResults.Json(new ErrorReply(new ErrorBody(message, status >= 500 ? "server_error" : "invalid_request_error", param, code)), Json, statusCode: status);
}
