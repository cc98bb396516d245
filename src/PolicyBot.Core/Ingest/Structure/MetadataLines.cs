using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyBot.Ingest.Structure;

/// <summary>Lines that carry a document's metadata rather than its text: date, signature, publication note, 附件.</summary>
internal static partial class MetadataLines
{
    /// <summary>A line that is only a date: <c>2024年9月4日</c>, <c>二〇二四年九月四日</c>.</summary>
    public static bool IsDate(string line) => DateLine().IsMatch(line.Trim());

    /// <summary>The first date in <paramref name="text"/>, or null.</summary>
    public static DateOnly? FindDate(string text) => ParseDate(AnyDate().Match(text));

    /// <summary>Every date in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<DateOnly> FindDates(string text)
    {
        foreach (Match m in AnyDate().Matches(text))
            if (ParseDate(m) is DateOnly d) yield return d;
    }

    /// <summary><c>（此件公开发布）</c> and the like.</summary>
    public static bool IsPublicationNote(string line) => PublicationNote().IsMatch(line.Trim());

    /// <summary>The note without its brackets: <c>此件公开发布</c>.</summary>
    public static string PublicationNoteText(string line) => line.Trim().Trim('（', '(', '）', ')').Trim();

    /// <summary>A line that is only <c>附件</c> (optionally numbered), opening the attachments.</summary>
    public static bool IsAttachmentMarker(string line) => AttachmentMarker().IsMatch(line.Trim());

    /// <summary>A signature line: one or more issuing bodies, short, without punctuation.</summary>
    public static bool IsIssuer(string line)
    {
        var t = line.Trim();
        return t.Length is >= 2 and <= 60 && (IssuerLine().IsMatch(t) || SignedBy().IsMatch(t));
    }

    private static DateOnly? ParseDate(Match m)
    {
        if (!m.Success) return null;
        var year = ParseNumber(m.Groups["y"].Value);
        var month = ParseNumber(m.Groups["m"].Value);
        var day = ParseNumber(m.Groups["d"].Value);
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    // Arabic digits (either width), or Chinese numerals: 〇一二…九 digit by digit for years, 十 for month and day.
    private static int ParseNumber(string s)
    {
        s = s.Normalize(System.Text.NormalizationForm.FormKC);
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        const string digits = "〇一二三四五六七八九";
        if (!s.Contains('十'))
        {
            var v = 0;
            foreach (var c in s)
            {
                var d = c is '○' or '零' or 'Ｏ' or 'O' ? 0 : digits.IndexOf(c);
                if (d < 0) return -1;
                v = v * 10 + d;
            }
            return v;
        }
        var parts = s.Split('十');
        var tens = parts[0].Length == 0 ? 1 : digits.IndexOf(parts[0][0]);
        var ones = parts[1].Length == 0 ? 0 : digits.IndexOf(parts[1][0]);
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }

    private const string Year = @"(?<y>[12]\d{3}|[１２][０-９]{3}|[〇○零一二三四五六七八九]{4})";
    private const string MonthDay = @"\s*年\s*(?<m>\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?<d>\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日";

    [GeneratedRegex("^[（(]?" + Year + MonthDay + "[)）]?$")]
    private static partial Regex DateLine();

    [GeneratedRegex(Year + MonthDay)]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"^[（(](?:此件|本件)[^（()）]{1,20}[)）]$")]
    private static partial Regex PublicationNote();

    [GeneratedRegex(@"^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?$")]
    private static partial Regex AttachmentMarker();

    // 市　长：温国辉 (a decree is signed by the office holder).
    [GeneratedRegex(@"^[\u4E00-\u9FFF 　]{1,8}[：:][ 　]*[\u4E00-\u9FFF][\u4E00-\u9FFF 　]{1,6}$")]
    private static partial Regex SignedBy();

    [GeneratedRegex(@"^[\u4E00-\u9FFF（）()、 　]+[\u4E00-\u9FFF）)]$")]
    private static partial Regex IssuerLine();
}
