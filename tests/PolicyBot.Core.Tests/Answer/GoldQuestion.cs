using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyBot.Domain;

namespace PolicyBot.Core.Tests.Answer;

/// <summary>One line of shared/eval/dev.jsonl.</summary>
public sealed record GoldQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("turns")] string[] Turns,
    [property: JsonPropertyName("doc_numbers")] string[] DocNumbers,
    [property: JsonPropertyName("answer_facts")] string[] AnswerFacts)
{
    public bool IsAnswerable => Type != "unanswerable";

    public IReadOnlyList<ChatTurn> Conversation => Turns.Select(t => new ChatTurn(ChatTurn.User, t)).ToArray();

    public override string ToString() => $"{Id} {Turns[^1]}";

    public static IReadOnlyList<GoldQuestion> LoadDev()
    {
        var path = Path.Combine(GazetteFixture.SharedRoot, "eval", "dev.jsonl");
        return File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize<GoldQuestion>(l)!).ToList();
    }
}
