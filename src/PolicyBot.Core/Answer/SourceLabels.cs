using System.Globalization;
using System.Text.RegularExpressions;
using PolicyBot.Domain;
using PolicyBot.Text;

namespace PolicyBot.Answer;

/// <summary>How an answer names its sources: 《title》文号，二（五）, and a document's identity line.</summary>
public static partial class SourceLabels
{
    /// <summary>The title a reader knows the document by: the measures/plan it issues, else its own title.</summary>
    public static string TitleOf(PolicyDocument document) => document.AttachedTitle ?? document.Title;

    /// <summary>E.g. <c>《关于加强失能失智老年人照护服务工作的若干措施》鲁政办字〔2024〕110号，二（五）</c>.</summary>
    public static string SourceLine(PolicyDocument document, Clause clause)
    {
        var section = ShortSection(document, clause);
        return $"《{TitleOf(document)}》{document.DocNumber}" + (section.Length > 0 ? $"，{section}" : "");
    }

    /// <summary>The heading labels above a clause, e.g. 二（五）; an unnumbered heading is kept in words.</summary>
    public static string ShortSection(PolicyDocument document, Clause clause)
    {
        var parts = new List<string>();
        foreach (var heading in clause.Section.Headings)
        {
            var h = heading.Trim();
            if (IsTitle(document, h)) continue;
            var m = Numbered().Match(h);
            if (m.Success)
            {
                parts.Add(m.Groups["cn"].Success ? m.Groups["cn"].Value
                    : m.Groups["sub"].Success ? $"（{m.Groups["sub"].Value}）"
                    : m.Groups["art"].Success ? m.Groups["art"].Value
                    : m.Groups["item"].Value + ".");
            }
            else parts.Add((parts.Count > 0 ? " " : "") + Shorten(h));
        }
        if (clause.Label is { Length: > 0 } label && !parts.Any(p => p.Contains(label.TrimEnd('.', '．'), StringComparison.Ordinal)))
            parts.Add(label);
        return string.Concat(parts).Trim();
    }

    /// <summary>E.g. 《国务院关于…的若干意见》（国发〔2024〕21号），国务院，2024年9月8日印发。</summary>
    public static string IdentityLine(PolicyDocument document)
    {
        var line = $"《{document.Title}》，文号{document.DocNumber}";
        if (document.AttachedTitle is { } attached && attached != document.Title) line += $"，印发《{attached}》";
        if (document.Issuer is { Length: > 0 } issuer) line += $"，发文机关{issuer}";
        if (IssueDate(document) is { } date) line += $"，{FormatDate(date)}印发";
        return line + "。";
    }

    /// <summary>The document's date of issue: its metadata, else the date line of its signature.</summary>
    public static DateOnly? IssueDate(PolicyDocument document)
    {
        if (document.Date is { } d) return d;
        foreach (var clause in document.Clauses)
        {
            var m = FactPatterns.IssueDateLine().Match(clause.Text);
            if (m.Success && DateOnly.TryParseExact($"{m.Groups[1].Value}-{int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture):D2}-{int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture):D2}",
                    "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                return parsed;
        }
        return null;
    }

    public static string FormatDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private static bool IsTitle(PolicyDocument document, string heading)
    {
        static string Key(string s) => Text.ChineseText.Normalize(s).Trim('《', '》');
        var h = Key(heading);
        return h == Key(document.Title) || (document.AttachedTitle is { } a && h == Key(a)) || Key(document.Title).Contains(h, StringComparison.Ordinal);
    }

    private static string Shorten(string heading)
    {
        var h = heading.TrimEnd('。', '.', '；');
        return h.Length <= 24 ? h : h[..24] + "…";
    }

    [GeneratedRegex(@"^(?:(?<cn>[一二三四五六七八九十百]+)、|[(（](?<sub>[一二三四五六七八九十百]+)[)）]|(?<art>第[一二三四五六七八九十百千零〇\d]+条)|(?<item>\d+)[.．、])")]
    private static partial Regex Numbered();
}
