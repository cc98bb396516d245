using System.Text.RegularExpressions;

namespace PolicyBot.Ingest.Structure;

/// <summary>
/// Turns extracted lines back into paragraphs. A PDF cuts a sentence at the end of a page (<c>稳</c> / blank /
/// <c>妥有序推进</c>) and wraps lines inside a paragraph; a line that does not end a sentence is joined to the next
/// unless the next opens a new structural unit. Two-column artifacts, where a short sentence end from one column is
/// spliced into a line of the other (<c>…开发区管委,金山 遵照执行。</c>), are taken out and given back to the first
/// later paragraph that is left hanging without its end. Nothing is dropped: every character of the input is kept.
/// </summary>
internal static partial class PageBreakRepair
{
    /// <summary>Repairs each segment (a run of lines between hard boundaries such as a signature) into paragraphs.</summary>
    public static List<List<string>> Repair(IReadOnlyList<IReadOnlyList<string>> segments)
    {
        var result = new List<List<string>>(segments.Count);
        var orphans = new List<(int Segment, int Paragraph, string Text)>();
        for (var s = 0; s < segments.Count; s++)
        {
            var lines = segments[s];
            var paragraphs = new List<string>();
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0) continue;
                string? tail = null;
                if (i + 1 < lines.Count && lines[i + 1].Trim().Length > 0 && TrySplitSplice(line, lines[i + 1].Trim(), out var head, out var spliced))
                {
                    line = head;
                    tail = spliced;
                }
                if (paragraphs.Count > 0 && ShouldJoin(paragraphs[^1], line)) paragraphs[^1] = Join(paragraphs[^1], line);
                else paragraphs.Add(line);
                if (tail is not null) orphans.Add((s, paragraphs.Count - 1, tail));
            }
            result.Add(paragraphs);
        }
        foreach (var (segment, paragraph, text) in orphans) PlaceOrphan(result, segment, paragraph, text);
        return result;
    }

    /// <summary>Whether <paramref name="next"/> continues the paragraph <paramref name="previous"/>.</summary>
    public static bool ShouldJoin(string previous, string next)
    {
        if (Punctuation.EndsParagraph(previous)) return false;
        if (IsHeadingLine(previous) && !IsLeadTail(previous, next)) return false;
        if (NumberedLine.StartsStructure(next)) return false;
        if (MetadataLines.IsDate(next) || MetadataLines.IsPublicationNote(next) || MetadataLines.IsAttachmentMarker(next)) return false;
        return true;
    }

    /// <summary>
    /// A numbered or Markdown heading standing alone: short and without sentence punctuation. Item labels of the
    /// third level and below (1. （1） ①) head phrases without commas; with one, the line is a cut paragraph.
    /// </summary>
    public static bool IsHeadingLine(string paragraph)
    {
        var n = NumberedLine.Recognize(paragraph);
        return n.Kind switch
        {
            HeadingKind.None or HeadingKind.Article => false,
            <= HeadingKind.Section => true,
            >= HeadingKind.Level3 when Punctuation.HasClauseSeparator(n.Rest) => false,
            _ => !Punctuation.HasSentencePunctuation(paragraph) && paragraph.Length <= 60,
        };
    }

    // "（一）统筹建设监管工作平" / "台。进一步…": the next line opens with the last characters of a lead phrase.
    private static bool IsLeadTail(string previous, string next)
    {
        if (Punctuation.HasClauseSeparator(previous)) return false;
        var end = next.IndexOfAny(['。', '！', '？']);
        return end is > 0 and <= 6 && !Punctuation.HasClauseSeparator(next[..end]) && next[..end].All(PolicyBot.Text.ChineseText.IsHan);
    }

    private static string Join(string previous, string next) =>
        char.IsAsciiLetterOrDigit(previous[^1]) && char.IsAsciiLetterOrDigit(next[0]) ? previous + " " + next : previous + next;

    private static bool TrySplitSplice(string line, string nextLine, out string head, out string tail)
    {
        head = line;
        tail = "";
        var m = Splice().Match(line);
        if (!m.Success) return false;
        if (NumberedLine.StartsStructure(line) || NumberedLine.StartsStructure(nextLine)) return false;
        if (MetadataLines.IsDate(nextLine) || MetadataLines.IsPublicationNote(nextLine)) return false;
        head = m.Groups["head"].Value;
        tail = m.Groups["tail"].Value;
        return true;
    }

    private static void PlaceOrphan(List<List<string>> segments, int segment, int paragraph, string text)
    {
        for (var s = segment; s < segments.Count; s++)
        {
            var paragraphs = segments[s];
            for (var p = s == segment ? paragraph + 1 : 0; p < paragraphs.Count; p++)
            {
                if (Punctuation.EndsParagraph(paragraphs[p]) || IsHeadingLine(paragraphs[p])) continue;
                var nextStartsAnew = p + 1 == paragraphs.Count || !ShouldJoin(paragraphs[p], paragraphs[p + 1]);
                if (!nextStartsAnew) continue;
                paragraphs[p] += text;
                return;
            }
        }
        segments[segment][paragraph] += text;
    }

    // A line that carries, after a space, a short all-Han sentence end from the other column, while its own text
    // (no sentence punctuation, ending in a Han character) runs on into the next line.
    [GeneratedRegex(@"^(?<head>[^。！？；]{10,}[\u4E00-\u9FFF])[ \t　]+(?<tail>[\u4E00-\u9FFF]{2,10}[。！？])$")]
    private static partial Regex Splice();
}
