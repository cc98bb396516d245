using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using PolicyBot.Text;

namespace PolicyBot.Domain;

/// <summary>
/// A 文号: the number a government document is issued under, e.g. <c>鲁政办字〔2024〕110号</c>, or a decree number
/// such as <c>国家市场监督管理总局令第12号</c>. Parses the usual variants (〔2024〕, [2024], （2024）, (2024), 2024年,
/// full- or half-width digits, stray spaces) and always prints the canonical form. Equality is on the canonical form.
/// </summary>
public readonly partial record struct DocumentNumber : IComparable<DocumentNumber>
{
    private const int MaxAgencyLength = 12;

    private DocumentNumber(string agency, int? year, int serial)
    {
        Agency = agency;
        Year = year;
        Serial = serial;
    }

    /// <summary>机关代字, e.g. 鲁政办字; for a decree the issuing body with 令, e.g. 国家市场监督管理总局令.</summary>
    public string Agency { get; }

    /// <summary>The year in the brackets; null for a decree number (令第N号).</summary>
    public int? Year { get; }

    /// <summary>The serial number (序号).</summary>
    public int Serial { get; }

    public bool IsDecree => Year is null;

    public override string ToString() =>
        Agency is null ? string.Empty
        : Year is int y ? $"{Agency}〔{y}〕{Serial}号"
        : $"{Agency}第{Serial}号";

    public int CompareTo(DocumentNumber other) => string.CompareOrdinal(ToString(), other.ToString());

    /// <summary>Parses a whole string as a 文号 in any usual variant.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out DocumentNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = ChineseText.Normalize(text);
        var m = Pattern().Match(s);
        if (!m.Success || m.Index != 0 || m.Length != s.Length) return false;
        return TryFromMatch(m, out number) && IsWholeAgency(m, number);
    }

    public static DocumentNumber Parse(string text) =>
        TryParse(text, out var n) ? n : throw new FormatException($"“{text}” is not a 文号 (expected e.g. 鲁政办字〔2024〕110号).");

    /// <summary>Every 文号 that occurs in <paramref name="text"/>, in order, without repeats.</summary>
    /// <remarks>Scans back from each 号 (linear in the text; a regex over long Han runs backtracks badly).</remarks>
    public static IReadOnlyList<DocumentNumber> FindAll(string? text)
    {
        var found = new List<DocumentNumber>();
        if (string.IsNullOrEmpty(text)) return found;
        var s = ChineseText.Normalize(text);
        for (var i = s.IndexOf('号'); i >= 0; i = s.IndexOf('号', i + 1))
        {
            if (TryReadBackwards(s, i, out var n) && !found.Contains(n)) found.Add(n);
        }
        return found;
    }

    private static bool TryReadBackwards(string s, int hao, out DocumentNumber number)
    {
        number = default;
        var k = hao - 1;
        while (k >= 0 && hao - 1 - k < 5 && char.IsAsciiDigit(s[k])) k--;
        var serialStart = k + 1;
        if (serialStart == hao || !int.TryParse(s.AsSpan(serialStart, hao - serialStart), NumberStyles.None, CultureInfo.InvariantCulture, out var serial)) return false;
        var hasDi = k >= 0 && s[k] == '第';
        if (hasDi) k--;
        if (k < 0) return false;
        int agencyEnd;
        int? year = null;
        if (s[k] is '〕' or ')' && k >= 5 && s[k - 5] == (s[k] == '〕' ? '〔' : '(') && IsYear(s, k - 4))
        {
            year = int.Parse(s.AsSpan(k - 4, 4), CultureInfo.InvariantCulture);
            agencyEnd = k - 5;
        }
        else if (s[k] == '年' && k >= 4 && IsYear(s, k - 4))
        {
            year = int.Parse(s.AsSpan(k - 4, 4), CultureInfo.InvariantCulture);
            agencyEnd = k - 4;
        }
        else if (hasDi && s[k] == '令')
        {
            agencyEnd = k + 1;
        }
        else return false;

        var decree = year is null;
        var start = agencyEnd;
        while (start > 0 && agencyEnd - start < (decree ? 40 : 30) && (ChineseText.IsHan(s[start - 1]) || (decree && s[start - 1] == '、'))) start--;
        if (start == agencyEnd) return false;
        var agency = TrimAgency(s[start..agencyEnd], decree);
        if (agency.Length < (decree ? 2 : 1) || (decree && !agency.EndsWith('令'))) return false;
        number = new DocumentNumber(agency, year, serial);
        return true;
    }

    private static bool IsYear(string s, int at) =>
        at >= 0 && at + 4 <= s.Length && (s[at] == '1' && s[at + 1] == '9' || s[at] == '2' && s[at + 1] == '0') && char.IsAsciiDigit(s[at + 2]) && char.IsAsciiDigit(s[at + 3]);

    // A whole-string parse must not have lost leading characters to the trimming of verbs and prepositions.
    private static bool IsWholeAgency(Match m, DocumentNumber n)
    {
        var raw = m.Groups["agency"].Success ? m.Groups["agency"].Value : m.Groups["decree"].Value;
        return raw == n.Agency || (n.Agency == "国令" && raw.EndsWith("国务院令", StringComparison.Ordinal));
    }

    private static bool TryFromMatch(Match m, out DocumentNumber number)
    {
        number = default;
        if (!int.TryParse(m.Groups["serial"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var serial)) return false;
        if (m.Groups["year"].Success)
        {
            var agency = TrimAgency(m.Groups["agency"].Value, decree: false);
            if (agency.Length == 0) return false;
            number = new DocumentNumber(agency, int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), serial);
            return true;
        }
        var issuer = TrimAgency(m.Groups["decree"].Value, decree: true);
        if (issuer.Length < 2) return false;
        number = new DocumentNumber(issuer, null, serial);
        return true;
    }

    /// <summary>
    /// The Han run before the bracket often carries the words before the code (<c>根据鲁政字</c>, <c>印发鲁政办字</c>,
    /// <c>8日国家…局令</c>): strip those, and keep at most the last few characters an agency code can have.
    /// </summary>
    internal static string TrimAgency(string raw, bool decree)
    {
        var s = raw.TrimStart('、');
        var boundary = Boundary().Matches(s).LastOrDefault();
        if (boundary is not null && boundary.Index + boundary.Length < s.Length - 1) s = s[(boundary.Index + boundary.Length)..];
        bool changed;
        do
        {
            changed = false;
            var lead = LeadingWords().Match(s);
            if (lead.Success && lead.Length < s.Length - 1)
            {
                s = s[lead.Length..].TrimStart('、');
                changed = true;
            }
        }
        while (changed);
        var max = decree ? 40 : MaxAgencyLength;
        if (s.Length > max) s = s[^max..];
        // The State Council's decrees are cited as 国令 (国务院令第706号, 中华人民共和国国务院令第706号).
        return decree && s is "国务院令" or "中华人民共和国国务院令" ? "国令" : s;
    }

    // Words that end the running text before a 文号 wherever they occur in the Han run (严格按照省广电局…).
    [GeneratedRegex(@"根据|依据|按照|依照|参照|遵照|对照|印发|转发|下发|关于|以及|贯彻|落实|执行|结合|以")]
    private static partial Regex Boundary();

    // Words that precede a 文号 in running text but never begin an agency code.
    [GeneratedRegex(@"^(?:根据|依据|按照|依照|参照|遵照|对照|结合|贯彻|落实|执行|印发|转发|下发|发布|公布|施行|实施|废止|修改|修订|关于|以及|和|及|与|或|暨|即|见|由|又|另|并|再|均|也|还|如|经(?![济贸])|据|按|依|将|在|于|的|是|为|以|年|月|日|号|第[一二三四五六七八九十]+次修正|修正|通过)")]
    private static partial Regex LeadingWords();

    // Applied to normalised text (NFKC, no white space, [] and 【】 folded to 〔〕). The agency is a run of Han
    // characters (trimmed afterwards); the year sits in any bracket pair or is followed by 年.
    [GeneratedRegex(
        @"(?<agency>[\u4E00-\u9FFF]{1,30})(?:〔(?<year>(?:19|20)\d{2})〕|\((?<year>(?:19|20)\d{2})\)|(?<year>(?:19|20)\d{2})年)第?(?<serial>\d{1,5})号" +
        @"|(?<decree>[\u4E00-\u9FFF、]{1,40}令)第(?<serial>\d{1,5})号")]
    private static partial Regex Pattern();
}
