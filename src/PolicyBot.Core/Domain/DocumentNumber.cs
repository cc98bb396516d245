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
        number = FromMatch(m);
        return true;
    }

    public static DocumentNumber Parse(string text) =>
        TryParse(text, out var n) ? n : throw new FormatException($"“{text}” is not a 文号 (expected e.g. 鲁政办字〔2024〕110号).");

    /// <summary>Every 文号 that occurs in <paramref name="text"/>, in order, without repeats.</summary>
    public static IReadOnlyList<DocumentNumber> FindAll(string? text)
    {
        var found = new List<DocumentNumber>();
        if (string.IsNullOrEmpty(text)) return found;
        foreach (Match m in Pattern().Matches(ChineseText.Normalize(text)))
        {
            var n = FromMatch(m);
            if (!found.Contains(n)) found.Add(n);
        }
        return found;
    }

    private static DocumentNumber FromMatch(Match m)
    {
        var serial = int.Parse(m.Groups["serial"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["year"].Success)
            return new DocumentNumber(m.Groups["agency"].Value, int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), serial);
        return new DocumentNumber(m.Groups["decree"].Value, null, serial);
    }

    // Applied to normalised text (NFKC, no white space, [] and 【】 folded to 〔〕). The agency is 2–12 Han
    // characters that end the way agency codes end; the year sits in any bracket pair or is followed by 年.
    [GeneratedRegex(
        @"(?<agency>[\u4E00-\u9FFF]{1,11}(?:发明电|发|字|函|办|规|令|复|告|通|电|文|释)?)(?:〔(?<year>(?:19|20)\d{2})〕|\((?<year>(?:19|20)\d{2})\)|(?<year>(?:19|20)\d{2})年)第?(?<serial>\d{1,4})号" +
        @"|(?<decree>[\u4E00-\u9FFF、]{1,30}令)第(?<serial>\d{1,4})号")]
    private static partial Regex Pattern();
}
