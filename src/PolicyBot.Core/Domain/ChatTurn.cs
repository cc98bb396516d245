namespace PolicyBot.Domain;

/// <summary>One message of a conversation: <c>user</c> or <c>assistant</c> (a <c>system</c> message is ignored).</summary>
public sealed record ChatTurn(string Role, string Content)
{
    public const string User = "user";
    public const string Assistant = "assistant";

    public bool IsUser => string.Equals(Role, User, StringComparison.OrdinalIgnoreCase);
}
