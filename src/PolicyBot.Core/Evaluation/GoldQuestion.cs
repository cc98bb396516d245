using System.Text.Json.Serialization;

namespace PolicyBot.Evaluation;

/// <summary>
/// One line of a gold file (<c>shared/eval/dev.jsonl</c>): the user's turns, the 文号 the answer must cite, and the
/// facts a correct answer contains. The gold applies to the last turn.
/// </summary>
public sealed record GoldQuestion
{
    public const string Unanswerable = "unanswerable";

    public required string Id { get; init; }

    /// <summary><c>fact</c>, <c>definition</c>, <c>responsibility</c>, <c>locate</c>, <c>multi</c>, <c>followup</c> or <c>unanswerable</c>.</summary>
    public required string Type { get; init; }

    public required IReadOnlyList<string> Turns { get; init; }

    [JsonPropertyName("doc_numbers")]
    public IReadOnlyList<string> DocNumbers { get; init; } = [];

    public string Section { get; init; } = "";

    [JsonPropertyName("answer_facts")]
    public IReadOnlyList<string> AnswerFacts { get; init; } = [];

    public string Evidence { get; init; } = "";

    /// <summary>False for questions the corpus does not answer: the right reply says so and cites nothing.</summary>
    public bool IsAnswerable => !string.Equals(Type, Unanswerable, StringComparison.OrdinalIgnoreCase);
}
