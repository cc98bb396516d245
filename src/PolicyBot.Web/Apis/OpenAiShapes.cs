using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyBot.Web.Apis;

/// <summary>The wire shapes of OpenAI's chat completions API that <c>/v1</c> speaks (snake_case, see <see cref="Json"/>).</summary>
public static class OpenAiShapes
{
    public const string Model = "policybot";

    /// <summary>OpenAI's JSON conventions: snake_case names, nulls written, Chinese unescaped.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record Request(string? Model, IReadOnlyList<Message>? Messages, bool? Stream);

    /// <summary>A request message; <see cref="Content"/> is a string or an array of <c>{type:"text", text}</c> parts.</summary>
    public sealed record Message(string? Role, JsonElement Content)
    {
        public string? Text() => Content.ValueKind switch
        {
            JsonValueKind.String => Content.GetString(),
            JsonValueKind.Array => string.Concat(Content.EnumerateArray()
                .Where(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("type", out var t) && t.ValueEquals("text")
                            && p.TryGetProperty("text", out var x) && x.ValueKind == JsonValueKind.String)
                .Select(p => p.GetProperty("text").GetString())),
            _ => null,
        };
    }

    public sealed record Completion(string Id, string Object, long Created, string Model, IReadOnlyList<Choice> Choices, Usage Usage);

    public sealed record Choice(int Index, AssistantMessage Message, string FinishReason);

    public sealed record AssistantMessage(string Role, string Content);

    public sealed record Usage(int PromptTokens, int CompletionTokens, int TotalTokens);

    public sealed record Chunk(string Id, string Object, long Created, string Model, IReadOnlyList<ChunkChoice> Choices);

    public sealed record ChunkChoice(int Index, Delta Delta, string? FinishReason);

    public sealed record Delta
    {
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Role { get; init; }
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Content { get; init; }
    }

    public sealed record ModelList(string Object, IReadOnlyList<ModelCard> Data);

    public sealed record ModelCard(string Id, string Object, long Created, string OwnedBy);

    public sealed record ErrorReply(ErrorBody Error);

    public sealed record ErrorBody(string Message, string Type, string? Param, string? Code);
}
