using PolicyBot.Domain;
using PolicyBot.Text;

namespace PolicyBot.Retrieve;

/// <summary>How a <see cref="SearchFilter"/> applies to a document's metadata; shared by every store.</summary>
public static class SearchFilters
{
    public static bool Matches(SearchFilter filter, string docNumber, string? issuer, int? year, string? type)
    {
        if (filter.DocNumber is { } n && !SameDocNumber(n, docNumber)) return false;
        if (filter.Issuer is { } i && (issuer is null || !ChineseText.Normalize(issuer).Contains(ChineseText.Normalize(i), StringComparison.Ordinal))) return false;
        if (filter.Year is { } y && year != y) return false;
        if (filter.Type is { } t && !string.Equals(ChineseText.Normalize(t), ChineseText.Normalize(type), StringComparison.Ordinal)) return false;
        return true;
    }

    public static bool Matches(SearchFilter filter, PolicyDocument d) => Matches(filter, d.DocNumber, d.Issuer, YearOf(d), d.Type);

    /// <summary>The year a document belongs to: its date's, else its 文号's.</summary>
    public static int? YearOf(PolicyDocument d) =>
        d.Date?.Year ?? (DocumentNumber.TryParse(d.DocNumber, out var n) ? n.Year : null);

    private static bool SameDocNumber(string wanted, string actual)
    {
        if (string.Equals(wanted.Trim(), actual, StringComparison.Ordinal)) return true;
        return DocumentNumber.TryParse(wanted, out var w) && DocumentNumber.TryParse(actual, out var a) && w == a;
    }
}
