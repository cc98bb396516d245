using PolicyBot.Domain;

namespace PolicyBot.Contracts;

/// <summary><c>GET /api/documents/{docNumber}</c>: the document's metadata and its clauses in order.</summary>
public sealed record DocumentView(
    string DocNumber, string Title, string? AttachedTitle, string? Issuer, string? Date, string? Type,
    string? Addressees, string? PublicationNote, string Source, IReadOnlyList<ClauseView> Clauses)
{
    public static DocumentView From(PolicyDocument d) =>
        new(d.DocNumber, d.Title, d.AttachedTitle, d.Issuer, DocumentSummary.FormatDate(d.Date), d.Type, d.Addressees,
            d.PublicationNote, d.Source, d.Clauses.Select(c => ClauseView.From(d, c)).ToArray());
}
