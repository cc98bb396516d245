using PolicyBot.Domain;

namespace PolicyBot.Contracts;

/// <summary>A row of <c>docs --json</c> and <c>GET /api/documents</c>.</summary>
public sealed record DocumentSummary(string DocNumber, string Title, string? Issuer, string? Date, int ClauseCount, string Source)
{
    public string? AttachedTitle { get; init; }
    public string? Type { get; init; }

    /// <summary>Level of legal force (法律, 行政法规, 司法解释, 部门规章, 地方性法规规章, 政策文件), see <see cref="LegalAuthority"/>.</summary>
    public string? Level { get; init; }

    /// <summary>The place a local body's document applies in (北京市, 威海市文登区); null for national ones.</summary>
    public string? Place { get; init; }

    public static DocumentSummary From(PolicyDocument d)
    {
        var authority = LegalAuthority.Of(d);
        return new(d.DocNumber, d.Title, d.Issuer, FormatDate(d.Date), d.Clauses.Count, d.Source)
        {
            AttachedTitle = d.AttachedTitle, Type = d.Type, Level = authority.Label, Place = authority.Place,
        };
    }

    public static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
