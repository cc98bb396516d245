using PolicyBot.Domain;

namespace PolicyBot.Evaluation;

/// <summary>
/// What the product returned for one gold question, in the terms the metrics read: its ranked passages and its
/// answer (<c>answer</c>, <c>grounded</c>, the cited 文号).
/// </summary>
public sealed record ProductReply(IReadOnlyList<ReplyPassage> Passages, string Answer, bool Grounded, IReadOnlyList<string> CitedDocNumbers)
{
    public static ProductReply From(IReadOnlyList<Passage> passages, PolicyAnswer answer) =>
        new(passages.Select(ReplyPassage.From).ToArray(), answer.Text, answer.Grounded, answer.Citations.Select(c => c.DocNumber).ToArray());
}

/// <summary>One ranked passage as the metrics see it.</summary>
public sealed record ReplyPassage(string DocNumber, string Title, string Section, string Text)
{
    public static ReplyPassage From(Passage p) => new(p.DocNumber, p.Title, p.Section, p.Text);
}
