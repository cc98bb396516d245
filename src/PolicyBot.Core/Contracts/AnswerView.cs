using PolicyBot.Domain;

namespace PolicyBot.Contracts;

/// <summary>The reply of <c>ask --json</c> and <c>POST /api/chat</c>: <c>{answer, grounded, citations, passages}</c> and extras.</summary>
public sealed record AnswerView(string Answer, bool Grounded, IReadOnlyList<Citation> Citations, IReadOnlyList<PassageView> Passages)
{
    public string? Id { get; init; }
    public IReadOnlyList<Citation> Related { get; init; } = [];
    public string Mode { get; init; } = "extractive";
    public string? Notice { get; init; }

    public static AnswerView From(PolicyAnswer a, string? id = null) =>
        new(a.Text, a.Grounded, a.Citations, a.Passages.Select(PassageView.From).ToArray())
        { Id = id, Related = a.Related, Mode = a.Mode, Notice = a.Notice };
}
