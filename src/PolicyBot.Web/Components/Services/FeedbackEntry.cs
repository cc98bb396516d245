using PolicyBot.Domain;

namespace PolicyBot.Web.Components.Services;

/// <summary>One line of <c>{index}/feedback.jsonl</c>: what was asked, what was answered, and the agent's verdict.</summary>
public sealed record FeedbackEntry
{
    public const string UsefulRating = "useful";
    public const string NotUsefulRating = "not-useful";

    public required DateTimeOffset Time { get; init; }

    /// <summary><see cref="UsefulRating"/> or <see cref="NotUsefulRating"/>.</summary>
    public required string Rating { get; init; }

    public string? Note { get; init; }

    /// <summary>The conversation up to and including the question answered.</summary>
    public required IReadOnlyList<ChatTurn> Conversation { get; init; }

    public required string Answer { get; init; }
    public required bool Grounded { get; init; }
    public IReadOnlyList<string> CitedClauseIds { get; init; } = [];
    public string Mode { get; init; } = "extractive";
}
