using PolicyBot.Domain;

namespace PolicyBot.Contracts;

/// <summary>A row of <c>export --json</c>, and a clause of <c>GET /api/documents/{docNumber}</c>.</summary>
public sealed record ClauseView(string ClauseId, string DocNumber, string Title, string Section, string Text)
{
    public string? Label { get; init; }
    public Responsibility? Responsibility { get; init; }
    public IReadOnlyList<string> Cites { get; init; } = [];

    public static ClauseView From(PolicyDocument d, Clause c) =>
        new(c.Id, d.DocNumber, d.Title, c.Section.ToString(), c.Text) { Label = c.Label, Responsibility = c.Responsibility, Cites = c.Cites };
}
