using System.Text.RegularExpressions;
using PolicyBot.Domain;

namespace PolicyBot.Ingest.Structure;

/// <summary>
/// The Markdown shape of laws and rules: <c># title</c>, an INFO block of promulgation and amendment lines closed by
/// <c>&lt;!-- INFO END --&gt;</c>, then <c>## 编</c> / <c>### 章</c> / <c>#### 节</c> headings and articles. The INFO
/// block is metadata (date of the version, decree number); a title and 文号 repeated after it are taken as the head.
/// </summary>
internal static partial class MarkdownDocument
{
    private const string InfoEnd = "<!-- INFO END -->";

    public static DocumentText? Recognize(IReadOnlyList<string> lines)
    {
        var first = 0;
        while (first < lines.Count && lines[first].Trim().Length == 0) first++;
        if (first == lines.Count || !lines[first].TrimStart().StartsWith("# ", StringComparison.Ordinal)) return null;
        // A code published in parts repeats the code's name, then the part's: # 中华人民共和国民法典 / # 合同编.
        var titleParts = new List<string> { lines[first].Trim()[2..].Trim() };
        while (first + 1 < lines.Count && (lines[first + 1].Trim().Length == 0 || lines[first + 1].TrimStart().StartsWith("# ", StringComparison.Ordinal)))
        {
            first++;
            if (lines[first].Trim().Length > 0) titleParts.Add(lines[first].Trim()[2..].Trim());
        }
        var title = string.Join("·", titleParts);

        var infoEnd = -1;
        for (var i = first + 1; i < lines.Count && i < first + 200; i++)
        {
            if (lines[i].Trim() == InfoEnd) { infoEnd = i; break; }
        }
        var info = infoEnd < 0 ? [] : lines.Skip(first + 1).Take(infoEnd - first - 1).Where(l => l.Trim().Length > 0).ToList();
        var body = lines.Skip(infoEnd < 0 ? first + 1 : infoEnd + 1).Where(l => !IsComment(l)).ToList();
        // Without an INFO block, a bracketed promulgation note under the title plays its part:
        // （2019年9月20日生态环境部令第9号公布 自2019年11月1日起施行）.
        var noteAt = body.FindIndex(l => l.Trim().Length > 0);
        if (infoEnd < 0 && noteAt >= 0 && PromulgationNote().IsMatch(body[noteAt].Trim()))
        {
            info.Add(body[noteAt]);
            body[noteAt] = "";
        }

        string? number = null;
        var head = 0;
        for (var i = 0; i < body.Count && head < 6; i++)
        {
            var line = body[i].Trim();
            if (line.Length == 0) continue;
            head++;
            if (line.Length <= 40 && DocumentNumber.TryParse(line, out var n))
            {
                number = n.ToString();
                // The title repeated above the number is head, not text.
                for (var k = 0; k <= i; k++)
                    if (k == i || DocumentParser.IsTitleLine(body[k])) body[k] = "";
                break;
            }
        }
        var infoText = string.Join("\n", info);
        // The decree that promulgated a rule names the document only while it stands unamended: later versions
        // share it, so an amended rule is known by its title and the date of its version.
        if (number is null && !Amended().IsMatch(infoText))
        {
            var found = DocumentNumber.FindAll(infoText);
            if (found.Count > 0) number = found[0].ToString();
        }
        var dates = MetadataLines.FindDates(infoText).ToList();
        string? issuer = null;
        if (number is not null && DocumentNumber.TryParse(number, out var parsed) && parsed.IsDecree) issuer = parsed.Agency[..^1];
        return new DocumentText(number, [title], body, "")
        {
            DateHint = dates.Count > 0 ? dates.Max() : null,
            IssuerHint = issuer,
        };
    }

    [GeneratedRegex(@"^[（(][^（()）]*\d{4}\s*年[^（()）]*(?:公布|发布|通过|施行|修正|修订)[^（()）]*[)）]$")]
    private static partial Regex PromulgationNote();

    [GeneratedRegex("修正|修订|修改|废止")]
    private static partial Regex Amended();

    private static bool IsComment(string line)
    {
        var t = line.Trim();
        return t.StartsWith("<!--", StringComparison.Ordinal) && t.EndsWith("-->", StringComparison.Ordinal);
    }
}
