using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyBot.Ingest.Readers;

/// <summary>
/// Renders a .docx paragraph's automatic numbering as the reader sees it (<c>一、</c>, <c>（一）</c>, <c>1.</c>,
/// <c>第一章</c>): the level's text pattern with its counters, in Chinese or Arabic numerals as the level's format says.
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, int> _numToAbstract = [];
    private readonly Dictionary<int, int[]> _counters = [];

    public DocxNumbering(Numbering? numbering)
    {
        if (numbering is null) return;
        foreach (var a in numbering.Elements<AbstractNum>())
            if (a.AbstractNumberId?.Value is int id) _abstracts[id] = a;
        foreach (var n in numbering.Elements<NumberingInstance>())
            if (n.NumberID?.Value is int id && n.AbstractNumId?.Val?.Value is int a) _numToAbstract[id] = a;
    }

    /// <summary>The label of the paragraph's list item (counting it), or "" when it is not numbered.</summary>
    public string Next(Paragraph p, DocxStyles styles)
    {
        var props = p.ParagraphProperties?.NumberingProperties ?? styles.Find(styles.StyleId(p))?.StyleParagraphProperties?.NumberingProperties;
        var numId = props?.NumberingId?.Val?.Value;
        var ilvl = props?.NumberingLevelReference?.Val?.Value ?? 0;
        if (numId is not int id || id == 0 || ilvl is < 0 or > 8) return "";
        if (!_numToAbstract.TryGetValue(id, out var abstractId) || !_abstracts.TryGetValue(abstractId, out var abstractNum)) return "";
        var levels = abstractNum.Elements<Level>().Where(l => l.LevelIndex?.Value is not null).ToDictionary(l => l.LevelIndex!.Value);
        if (!_counters.TryGetValue(abstractId, out var counters)) _counters[abstractId] = counters = new int[9];
        counters[ilvl] = counters[ilvl] == 0 ? Start(levels, ilvl) : counters[ilvl] + 1;
        for (var deeper = ilvl + 1; deeper < 9; deeper++) counters[deeper] = 0;
        if (!levels.TryGetValue(ilvl, out var level)) return "";
        var format = level.NumberingFormat?.Val?.InnerText ?? "decimal";
        if (format is "bullet" or "none") return "";
        var pattern = level.LevelText?.Val?.Value ?? $"%{ilvl + 1}.";
        var sb = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                var k = pattern[i + 1] - '1';
                var f = levels.TryGetValue(k, out var lk) ? lk.NumberingFormat?.Val?.InnerText ?? "decimal" : "decimal";
                sb.Append(Format(Math.Max(counters[k], 1), f));
                i++;
            }
            else sb.Append(pattern[i]);
        }
        return sb.ToString();
    }

    private static int Start(Dictionary<int, Level> levels, int ilvl) =>
        levels.TryGetValue(ilvl, out var l) && l.StartNumberingValue?.Val?.Value is int s ? s : 1;

    internal static string Format(int n, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "chineseLegalSimplified" or "ideographTraditional" or "taiwaneseCounting" or "japaneseCounting" => Chinese(n),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when n is >= 1 and <= 20 => ((char)('①' + n - 1)).ToString(),
        "lowerLetter" when n is >= 1 and <= 26 => ((char)('a' + n - 1)).ToString(),
        "upperLetter" when n is >= 1 and <= 26 => ((char)('A' + n - 1)).ToString(),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０'))),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.</summary>
    internal static string Chinese(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n <= 0 || n >= 1000) return n.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        int hundreds = n / 100, tens = n / 10 % 10, ones = n % 10;
        if (hundreds > 0) sb.Append(digits[hundreds]).Append('百');
        if (tens > 0) { if (hundreds > 0 || tens > 1) sb.Append(digits[tens]); sb.Append('十'); }
        else if (hundreds > 0 && ones > 0) sb.Append('零');
        if (ones > 0) sb.Append(digits[ones]);
        return sb.ToString();
    }
}
