using PolicyBot.Domain;

namespace PolicyBot.Ingest.Structure;

/// <summary>
/// Decides what a file's text is and parses it: a gazette (several documents, each a title followed by its 文号
/// on a line of its own; cover and table of contents dropped), a Markdown law or rule (<c># title</c>, INFO block,
/// headings, articles), or one document (title lines, 文号 line when there is one, body).
/// </summary>
internal static class PolicyTextParser
{
    private const int HeadLines = 12;

    public static IReadOnlyList<PolicyDocument> Parse(IReadOnlyList<string> lines, string source, IngestLimits limits, CancellationToken cancellationToken)
    {
        if (MarkdownDocument.Recognize(lines) is { } markdown)
            return [DocumentParser.Parse(markdown with { Source = source }, limits, cancellationToken)];

        var starts = WithoutContentsEntries(FindDocumentStarts(lines), lines.Count);
        if (starts.Count >= 2)
        {
            var documents = new List<PolicyDocument>(starts.Count);
            for (var i = 0; i < starts.Count; i++)
            {
                var (titleStart, numberLine, number) = starts[i];
                var end = i + 1 < starts.Count ? starts[i + 1].TitleStart : lines.Count;
                var title = lines.Skip(titleStart).Take(numberLine - titleStart).Where(l => l.Trim().Length > 0).ToList();
                var body = lines.Skip(numberLine + 1).Take(end - numberLine - 1).ToList();
                documents.Add(DocumentParser.Parse(new DocumentText(number, title, body, source), limits, cancellationToken));
            }
            return documents;
        }
        return [DocumentParser.Parse(SingleDocument(lines, source), limits, cancellationToken)];
    }

    /// <summary>Lines that are exactly a 文号, with the title block just above them.</summary>
    private static List<(int TitleStart, int NumberLine, string Number)> FindDocumentStarts(IReadOnlyList<string> lines)
    {
        var starts = new List<(int, int, string)>();
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length is 0 or > 40 || !DocumentNumber.TryParse(line, out var number)) continue;
            var titleStart = TitleAbove(lines, i);
            if (titleStart < 0) continue;
            if (starts.Count > 0 && titleStart <= starts[^1].Item2) continue;
            starts.Add((titleStart, i, number.ToString()));
        }
        return starts;
    }

    /// <summary>
    /// A table of contents that lists numbers on lines of their own repeats each document's start: of two starts
    /// with one number, the one with the shorter span (the contents entry) goes.
    /// </summary>
    private static List<(int TitleStart, int NumberLine, string Number)> WithoutContentsEntries(List<(int TitleStart, int NumberLine, string Number)> starts, int lineCount)
    {
        int Span(int i) => (i + 1 < starts.Count ? starts[i + 1].TitleStart : lineCount) - starts[i].NumberLine;
        var keep = new List<(int, int, string)>();
        for (var i = 0; i < starts.Count; i++)
        {
            var rival = starts.FindIndex(s => s.Number == starts[i].Number && s.NumberLine != starts[i].NumberLine);
            if (rival >= 0 && (Span(rival) > Span(i) || (Span(rival) == Span(i) && rival > i))) continue;
            keep.Add(starts[i]);
        }
        return keep;
    }

    /// <summary>The first line of the title block above line <paramref name="numberLine"/>, or -1 when there is none.</summary>
    private static int TitleAbove(IReadOnlyList<string> lines, int numberLine)
    {
        var j = numberLine - 1;
        while (j >= 0 && lines[j].Trim().Length == 0) j--;
        var end = j;
        var count = 0;
        while (j >= 0 && lines[j].Trim().Length > 0 && DocumentParser.IsTitleLine(lines[j]) && count < 4)
        {
            j--;
            count++;
        }
        if (count == 0) return -1;
        // The block must be closed above by a blank line (or the file's start), else it is the end of a paragraph.
        if (j >= 0 && lines[j].Trim().Length > 0) return -1;
        return end - count + 1;
    }

    /// <summary>One document: title lines and 文号 in its head, when it has them.</summary>
    private static DocumentText SingleDocument(IReadOnlyList<string> lines, string source)
    {
        var list = lines.ToList();
        var nonBlank = 0;
        for (var i = 0; i < list.Count && nonBlank < HeadLines; i++)
        {
            var line = list[i].Trim();
            if (line.Length == 0) continue;
            nonBlank++;
            if (line.Length > 40) continue;
                        if (!DocumentNumber.TryParse(line, out var number))
            {
                // A decree's head: "广州市人民政府令" on one line, "第179号" on the next.
                var next = i + 1;
                while (next < list.Count && list[next].Trim().Length == 0) next++;
                if (!line.EndsWith('令') || next == list.Count || !DocumentNumber.TryParse(line + list[next].Trim(), out number)) continue;
                return new DocumentText(number.ToString(), [], list.Skip(next + 1).ToList(), source) { IssuerHint = line[..^1].Trim() };
            }
            var titleStart = TitleAbove(list, i);
            List<string> title;
            List<string> body;
            if (titleStart >= 0)
            {
                // A title set over lines with blank lines between them, alone at the head of the file.
                var above = list.Take(titleStart).Where(l => l.Trim().Length > 0).ToList();
                if (above.Count is > 0 and <= 3 && above.All(DocumentParser.IsTitleLine)) titleStart = list.FindIndex(l => l.Trim().Length > 0);
                title = list.GetRange(titleStart, i - titleStart).Where(l => l.Trim().Length > 0).ToList();
                body = [.. list.Take(titleStart), .. list.Skip(i + 1)];
            }
            else
            {
                body = [.. list.Take(i), .. list.Skip(i + 1)];
                title = TitleBelow(body, i);
            }
            return new DocumentText(number.ToString(), title, body, source);
        }
        var rest = list.ToList();
        var block = DocumentParser.TakeTitleBlock(rest);
        return new DocumentText(null, block, block.Count > 0 ? rest : list, source)
        {
            DateHint = FirstDate(rest),
        };
    }

    // A title written after the 文号 (issuer line, then 关于…的通知), before the addressees.
    private static List<string> TitleBelow(List<string> body, int from)
    {
        var i = from;
        while (i < body.Count && body[i].Trim().Length == 0) i++;
        var start = i;
        var title = new List<string>();
        while (i < body.Count && title.Count < 4)
        {
            var line = body[i].Trim();
            i++;
            if (line.Length == 0) continue;
            if (!DocumentParser.IsTitleLine(line)) break;
            title.Add(line);
        }
        if (title.Count == 0 || DocumentTypes.FromTitle(title[^1]) is null) return [];
        var removed = 0;
        for (var k = start; k < body.Count && removed < title.Count; k++)
        {
            if (body[k].Trim().Length == 0) continue;
            body[k] = "";
            removed++;
        }
        return title;
    }

    private static DateOnly? FirstDate(List<string> lines)
    {
        foreach (var line in lines.Take(HeadLines))
            if (MetadataLines.IsDate(line)) return MetadataLines.FindDate(line);
        return null;
    }
}
