using PolicyBot.Domain;

namespace PolicyBot.Web.Apis;

/// <summary>
/// Checks a conversation sent by a client: roles <c>user</c>, <c>assistant</c> or <c>system</c> (system messages are
/// dropped: PolicyBot's instructions are its own), text in every turn, a last turn from the user that is not too long.
/// </summary>
public static class ConversationRules
{
    /// <summary>The turns to answer, or a one-line reason why the conversation is refused.</summary>
    public static (IReadOnlyList<ChatTurn>? Turns, string? Error) Check(IReadOnlyList<ChatTurn>? messages, int maxTurns, int maxQuestionChars)
    {
        if (messages is null || messages.Count == 0) return (null, "messages must hold at least one {role, content} turn.");
        if (messages.Count > maxTurns) return (null, $"A conversation may hold at most {maxTurns} turns.");
        var turns = new List<ChatTurn>(messages.Count);
        for (var i = 0; i < messages.Count; i++)
        {
            var m = messages[i];
            if (m is null) return (null, $"messages[{i}] is null.");
            var role = m.Role?.Trim().ToLowerInvariant();
            if (role is not (ChatTurn.User or ChatTurn.Assistant or "system"))
                return (null, $"messages[{i}].role must be user, assistant or system.");
            if (string.IsNullOrWhiteSpace(m.Content)) return (null, $"messages[{i}].content is empty.");
            if (role != "system") turns.Add(new ChatTurn(role, m.Content.Trim()));
        }
        if (turns.Count == 0 || !turns[^1].IsUser) return (null, "The last message must come from the user.");
        if (turns[^1].Content.Length > maxQuestionChars) return (null, $"The question is longer than {maxQuestionChars} characters.");
        return (turns, null);
    }
}
