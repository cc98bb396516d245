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
        issuer ??= EnactingBody(info);
        return new DocumentText(number, [title], body, "")
        {
            DateHint = dates.Count > 0 ? dates.Max() : null,
            IssuerHint = issuer,
        };
    }

    [GeneratedRegex(@"^[（(][^（()）]*\d{4}\s*年[^（()）]*(?:公布|发布|通过|施行|修正|修订)[^（()）]*[)）]$")]
    private static partial Regex PromulgationNote();

    /// <summary>
    /// The body that made the law, from the first promulgation line of the INFO block: 第十三届全国人民代表大会常务委员会
    /// 第十五次会议通过 → 全国人民代表大会常务委员会; 北京市第十一届人民代表大会第四次会议通过 → 北京市人民代表大会;
    /// 最高人民法院审判委员会第1422次会议通过 → 最高人民法院; 国务院第173次常务会议通过 → 国务院. Null when none is named.
    /// </summary>
    internal static string? EnactingBody(IReadOnlyList<string> info)
    {
        foreach (var line in info)
        {
            if (Congress().Match(line) is { Success: true } c)
                return c.Groups["place"].Value + c.Groups["organ"].Value + (c.Groups["standing"].Success ? "常务委员会" : "");
            if (Agency().Match(line) is { Success: true } a) return a.Groups["agency"].Value;
        }
        return null;
    }

    // 北京市第十一届人民代表大会常务委员会 / 第十三届全国人民代表大会 / 彭水苗族土家族自治县第十六届人民代表大会
    [GeneratedRegex(@"^\s*\d{4}\s*年[^日]{1,6}日\s*(?:由)?(?<place>\p{IsCJKUnifiedIdeographs}{0,14}?)(?:第[一二三四五六七八九十百零〇\d]+届)?(?<organ>全国人民代表大会|人民代表大会)(?<standing>常务?委员会)?")]
    private static partial Regex Congress();

    // 最高人民法院审判委员会… / 最高人民检察院第十二届检察委员会… / 国务院第173次常务会议 / 中华人民共和国国务院令…
    [GeneratedRegex(@"^\s*\d{4}\s*年[^日]{1,6}日\s*(?:由)?(?:中华人民共和国)?(?<agency>最高人民法院|最高人民检察院|国务院)(?:\p{IsCJKUnifiedIdeographs}{0,8}(?:委员会|会议|令)|第)")]
    private static partial Regex Agency();

    [GeneratedRegex("修正|修订|修改|废止")]
    private static partial Regex Amended();

    private static bool IsComment(string line)
    {
        var t = line.Trim();
        return t.StartsWith("<!--", StringComparison.Ordinal) && t.EndsWith("-->", StringComparison.Ordinal);
    }
}
