using PolicyBot.Domain;

namespace PolicyBot.Contracts;

/// <summary><c>GET /api/documents/{docNumber}</c>: the document's metadata and its clauses in order.</summary>
public sealed record DocumentView(
    string DocNumber, string Title, string? AttachedTitle, string? Issuer, string? Date, string? Type,
    string? Addressees, string? PublicationNote, string Source, IReadOnlyList<ClauseView> Clauses)
{
    /// <summary>Level of legal force (法律 … 政策文件), see <see cref="LegalAuthority"/>.</summary>
    public string? Level { get; init; }

    /// <summary>The place a local body's document applies in; null for national ones.</summary>
    public string? Place { get; init; }

    public static DocumentView From(PolicyDocument d)
    {
        var authority = LegalAuthority.Of(d);
        return new(d.DocNumber, d.Title, d.AttachedTitle, d.Issuer, DocumentSummary.FormatDate(d.Date), d.Type, d.Addressees,
            d.PublicationNote, d.Source, d.Clauses.Select(c => ClauseView.From(d, c)).ToArray())
        {
            Level = authority.Label, Place = authority.Place,
        };
    }
}
