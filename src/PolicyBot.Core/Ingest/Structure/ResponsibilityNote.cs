using System.Text.RegularExpressions;
using PolicyBot.Domain;

namespace PolicyBot.Ingest.Structure;

/// <summary>
/// Reads the responsibility note that ends many clauses: <c>（省民政厅牵头，省财政厅、省卫生健康委按职责分工负责）</c>,
/// <c>（责任单位：市医保局，各区市政府）</c>, <c>（牵头单位：区文化和旅游局；责任单位：区广电网络公司）</c>,
/// <c>（省医保局负责）</c>. Without 牵头, every unit named leads; in a 责任单位 list the first unit leads.
/// </summary>
internal static partial class ResponsibilityNote
{
    /// <summary>The note at the end of <paramref name="text"/>, parsed, or null when the text does not end with one.</summary>
    public static Responsibility? Find(string text)
    {
        var note = TrailingBracket(text);
        if (note is null) return null;
        var inner = note[1..^1].Trim();
        if (!Marker().IsMatch(inner)) return null;
        return Parse(inner, note);
    }

    /// <summary>True when the whole paragraph is a responsibility note (it then belongs to the clause before it).</summary>
    public static bool IsWholeNote(string paragraph)
    {
        var t = paragraph.Trim();
        return TrailingBracket(t) is { } note && note.Length == t.Length && Marker().IsMatch(note);
    }

    private static Responsibility? Parse(string inner, string note)
    {
        // Drop explanations after the list: "市医保局，各区市政府。排第一位为牵头单位，下同".
        var cut = inner.IndexOfAny(['。', '；', ';']);
        var lead = new List<string>();
        var co = new List<string>();
        var labelled = LabelledLists().Matches(inner);
        if (labelled.Count > 0)
        {
            var hasLeadList = labelled.Any(m => m.Groups["label"].Value == "牵头单位");
            foreach (Match m in labelled)
            {
                var units = Units(m.Groups["units"].Value);
                if (m.Groups["label"].Value == "牵头单位") lead.AddRange(units);
                else if (lead.Count == 0 && !hasLeadList) { lead.AddRange(units.Take(1)); co.AddRange(units.Skip(1)); }
                else co.AddRange(units);
            }
        }
        else
        {
            var body = cut >= 0 ? inner[..cut] : inner;
            var m = LeadPhrase().Match(body);
            if (m.Success)
            {
                lead.AddRange(Units(m.Groups["lead"].Value));
                co.AddRange(Units(CoPhraseEnd().Replace(m.Groups["rest"].Value, "")));
            }
            else
            {
                lead.AddRange(Units(CoPhraseEnd().Replace(body, "")));
            }
        }
        lead.RemoveAll(string.IsNullOrWhiteSpace);
        co.RemoveAll(string.IsNullOrWhiteSpace);
        return lead.Count == 0 && co.Count == 0 ? null : new Responsibility(lead, co, note);
    }

    private static List<string> Units(string list)
    {
        list = Parenthetical().Replace(list, "");
        var cut = list.IndexOfAny(['。', '；', ';']);
        if (cut >= 0) list = list[..cut];
        return list.Split(['、', '，', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(u => u.Trim('“', '”', '"', ' '))
            .Where(u => u.Length > 1)
            .ToList();
    }

    /// <summary>The bracketed group that closes <paramref name="text"/>, brackets included, matching nested pairs.</summary>
    private static string? TrailingBracket(string text)
    {
        var t = text.TrimEnd();
        if (t.Length < 3 || t[^1] is not ('）' or ')' or '〕' or ']')) return null;
        var depth = 0;
        for (var i = t.Length - 1; i >= 0 && t.Length - i <= 400; i--)
        {
            var c = t[i];
            if (c is '）' or ')' or '〕' or ']') depth++;
            else if (c is '（' or '(' or '〔' or '[')
            {
                depth--;
                if (depth == 0) return t[i..];
            }
        }
        return null;
    }

    [GeneratedRegex(@"牵头|负责|责任单位|配合|承办")]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?<label>牵头单位|责任单位|配合单位)\s*[:：]\s*(?<units>[^;；]+)")]
    private static partial Regex LabelledLists();

    [GeneratedRegex(@"^(?<lead>.+?)牵头[，,、]?(?<rest>.*)$")]
    private static partial Regex LeadPhrase();

    [GeneratedRegex(@"(?:按职责分工|按照职责分工|按职责|分别)?(?:负责|配合|参与|落实)$")]
    private static partial Regex CoPhraseEnd();

    [GeneratedRegex(@"[（(][^（()）]*[)）]")]
    private static partial Regex Parenthetical();
}
