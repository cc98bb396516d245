using System.Text;
using PolicyBot.Domain;

namespace PolicyBot.Web.Components.Services;

/// <summary>One question of a console conversation and its answer as it streams in.</summary>
public sealed class ChatExchange(string question)
{
    private readonly StringBuilder _streamed = new();

    public string Question { get; } = question;

    /// <summary>The whole answer once the stream has finished; null while it is streaming or when it failed.</summary>
    public PolicyAnswer? Answer { get; private set; }

    /// <summary>A one-line message when the answer could not be produced.</summary>
    public string? Error { get; private set; }

    public bool IsStreaming => Answer is null && Error is null;

    /// <summary>What to show now: the final answer's text, or the deltas received so far.</summary>
    public string Text => Answer?.Text ?? _streamed.ToString();

    /// <summary>The feedback given (<see cref="FeedbackEntry.UsefulRating"/> …), or null.</summary>
    public string? Rating { get; set; }

    public void Append(string delta) => _streamed.Append(delta);

    public void Complete(PolicyAnswer answer) => Answer = answer;

    public void Fail(string message) => Error = message;

    /// <summary>The conversation as the answerer reads it: every earlier exchange, then this question.</summary>
    public static IReadOnlyList<ChatTurn> Conversation(IReadOnlyList<ChatExchange> exchanges, int upTo)
    {
        var turns = new List<ChatTurn>();
        for (var i = 0; i <= upTo && i < exchanges.Count; i++)
        {
            turns.Add(new ChatTurn(ChatTurn.User, exchanges[i].Question));
            if (i < upTo && exchanges[i].Answer is { } a) turns.Add(new ChatTurn(ChatTurn.Assistant, a.Text));
        }
        return turns;
    }
}
