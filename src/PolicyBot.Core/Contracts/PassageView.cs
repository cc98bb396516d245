using PolicyBot.Domain;

namespace PolicyBot.Contracts;

/// <summary>A row of <c>search --json</c>, <c>GET /api/search</c> and an answer's <c>passages</c>.</summary>
public sealed record PassageView(int Rank, double Score, string ClauseId, string DocNumber, string Title, string Section, string Text)
{
    public static PassageView From(Passage p) =>
        new(p.Rank, Math.Round(p.Score, 6), p.ClauseId, p.DocNumber, p.Title, p.Section, p.Text);
}
