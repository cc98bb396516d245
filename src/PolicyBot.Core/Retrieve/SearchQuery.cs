using PolicyBot.Domain;

namespace PolicyBot.Retrieve;

/// <summary>
/// A question to search for. <see cref="History"/> holds the earlier turns of the conversation (oldest first), so a
/// follow-up such as 那农资仓储能力要达到多少？ is read in their context.
/// </summary>
public sealed record SearchQuery(string Text)
{
    public IReadOnlyList<ChatTurn> History { get; init; } = [];
    public int Top { get; init; } = 10;
    public SearchFilter? Filter { get; init; }

    /// <summary>A query for the last user turn of <paramref name="conversation"/>, the rest as history.</summary>
    public static SearchQuery FromConversation(IReadOnlyList<ChatTurn> conversation, int top = 10)
    {
        var lastUser = conversation.Count - 1;
        while (lastUser >= 0 && !conversation[lastUser].IsUser) lastUser--;
        if (lastUser < 0) throw new ArgumentException("The conversation has no user message.", nameof(conversation));
        return new SearchQuery(conversation[lastUser].Content) { History = conversation.Take(lastUser).ToArray(), Top = top };
    }
}

/// <summary>Restricts a search; every set field must match.</summary>
public sealed record SearchFilter(string? DocNumber = null, string? Issuer = null, int? Year = null, string? Type = null)
{
    public bool IsEmpty => DocNumber is null && Issuer is null && Year is null && Type is null;
}
