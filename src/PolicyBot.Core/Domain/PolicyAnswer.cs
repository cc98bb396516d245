namespace PolicyBot.Domain;

/// <summary>
/// PolicyBot's reply to the last user turn of a conversation. <see cref="Grounded"/> is false when the corpus does
/// not answer; then <see cref="Citations"/> is empty and <see cref="Text"/> says so plainly.
/// </summary>
public sealed record PolicyAnswer
{
    public required string Text { get; init; }
    public required bool Grounded { get; init; }
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>The top passages (at most 5) the answer drew from, ranked.</summary>
    public IReadOnlyList<Passage> Passages { get; init; } = [];

    /// <summary>Clauses near the question shown as "related", clearly not as the answer (refusals only).</summary>
    public IReadOnlyList<Citation> Related { get; init; } = [];

    /// <summary>How the answer was made: <c>extractive</c>, <c>llm</c>, or <c>extractive-fallback</c> with a reason in <see cref="Notice"/>.</summary>
    public string Mode { get; init; } = "extractive";

    /// <summary>A note for the reader on degradation (e.g. the LLM endpoint timed out), or null.</summary>
    public string? Notice { get; init; }
}
