using PolicyBot.Domain;

namespace PolicyBot.Contracts;

/// <summary>A row of <c>docs --json</c> and <c>GET /api/documents</c>.</summary>
public sealed record DocumentSummary(string DocNumber, string Title, string? Issuer, string? Date, int ClauseCount, string Source)
{
    public string? AttachedTitle { get; init; }
    public string? Type { get; init; }

    public static DocumentSummary From(PolicyDocument d) =>
        new(d.DocNumber, d.Title, d.Issuer, FormatDate(d.Date), d.Clauses.Count, d.Source) { AttachedTitle = d.AttachedTitle, Type = d.Type };

    public static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
