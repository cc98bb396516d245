using System.Text.RegularExpressions;

namespace PolicyBot.Ingest.Structure;

/// <summary>
/// Recognises how a paragraph opens: a Markdown heading, 第X编/章/节, 第X条, or an enumeration label
/// (一、 （一） 1. （1） ①). <see cref="Label"/> is the label as written, <see cref="Rest"/> the text after it.
/// </summary>
internal readonly partial record struct NumberedLine(HeadingKind Kind, string Label, string Rest)
{
    public static NumberedLine Recognize(string paragraph)
    {
        var m = Markdown().Match(paragraph);
        if (m.Success) return new((HeadingKind)m.Groups[1].Length, "", m.Groups[2].Value.Trim());
        m = Division().Match(paragraph);
        if (m.Success)
        {
            var kind = m.Groups["unit"].Value switch { "章" => HeadingKind.Chapter, "节" => HeadingKind.Section, _ => HeadingKind.Part };
            return new(kind, m.Value.TrimEnd(), paragraph[m.Length..].Trim());
        }
        m = Article().Match(paragraph);
        if (m.Success) return new(HeadingKind.Article, m.Groups["label"].Value, paragraph[m.Length..].Trim());
        foreach (var (regex, kind) in Enumerations)
        {
            m = regex.Match(paragraph);
            if (m.Success) return new(kind, m.Value.Trim(), paragraph[m.Length..].Trim());
        }
        return new(HeadingKind.None, "", paragraph);
    }

    /// <summary>True when the paragraph opens with any structural mark (used to stop page-break joining).</summary>
    public static bool StartsStructure(string paragraph) => Recognize(paragraph).Kind != HeadingKind.None;

    private static readonly (Regex, HeadingKind)[] Enumerations =
    [
        (Level1(), HeadingKind.Level1),
        (Level2(), HeadingKind.Level2),
        (Level3(), HeadingKind.Level3),
        (Level4(), HeadingKind.Level4),
        (Level5(), HeadingKind.Level5),
    ];

    [GeneratedRegex(@"^(#{1,6})[ \t]+(.*)$")]
    private static partial Regex Markdown();

    // A division heading is short and has no sentence punctuation: 第一章 总则, 第二编 物权, 第三节 …
    [GeneratedRegex(@"^第[一二三四五六七八九十百零〇\d]+(?<unit>分编|编|章|节)(?=[\s　]|$)[\s　]*(?=[^。；]{0,40}$)")]
    private static partial Regex Division();

    [GeneratedRegex(@"^(?<label>第[一二三四五六七八九十百千零〇两\d]+条(?:之[一二三四五六七八九十]+)?)(?:[\s　]+|$|(?=[\u4E00-\u9FFF“《（(])(?![规的所中款项之]))")]
    private static partial Regex Article();

    [GeneratedRegex(@"^[一二三四五六七八九十百]+[、，,．.]\s*")]
    private static partial Regex Level1();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十百]+[)）][、.．]?\s*")]
    private static partial Regex Level2();

    [GeneratedRegex(@"^\d{1,3}[.．、](?![\d％%])\s*")]
    private static partial Regex Level3();

    [GeneratedRegex(@"^[（(]\d{1,3}[)）]\s*")]
    private static partial Regex Level4();

    [GeneratedRegex(@"^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*")]
    private static partial Regex Level5();
}
