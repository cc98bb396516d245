using System.Text;
using PolicyBot.Text;

namespace PolicyBot.Ingest;

/// <summary>
/// Ids for documents without a 文号: the title (normalised) and, when known, the date of the version, e.g.
/// <c>中华人民共和国铁路法（2015-04-24）</c>. Stable across runs; the date tells apart versions of one law.
/// </summary>
public static class DocumentIds
{
    private const int MaxTitleLength = 80;

    public static string FromTitle(string title, DateOnly? date = null)
    {
        var t = ChineseText.Normalize(title);
        var sb = new StringBuilder(t.Length + 14);
        foreach (var c in t)
        {
            if (sb.Length >= MaxTitleLength) break;
            // Characters that would break a URL path segment or a clause id.
            if (c is '/' or '\\' or '?' or '#' or '%' or '<' or '>' or '"' or '|' or ':' or '*') continue;
            sb.Append(c);
        }
        if (sb.Length == 0) sb.Append("文档");
        if (date is DateOnly d) sb.Append('（').Append(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('）');
        return sb.ToString();
    }
}
