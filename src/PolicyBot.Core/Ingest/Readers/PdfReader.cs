using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace PolicyBot.Ingest.Readers;

/// <summary>
/// .pdf with PdfPig: each page's text in reading order, page numbers standing alone at the top or bottom of a page
/// dropped, and a blank line between pages so the structure parser can mend sentences cut by the page break.
/// </summary>
public sealed partial class PdfReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public IReadOnlyList<string> Read(byte[] content, string path, IngestLimits limits, CancellationToken cancellationToken)
    {
        if (content.AsSpan(0, Math.Min(content.Length, 1024)).IndexOf("%PDF-"u8) < 0)
            throw new IngestException($"{path}: not a PDF file (no %PDF header)");
        var lines = new List<string>();
        long characters = 0;
        try
        {
            using var pdf = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            foreach (var page in pdf.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var pageLines = PdfPageText.Lines(page);
                characters += pageLines.Sum(l => l.Length);
                if (characters * 2 > limits.MaxUnpackedBytes) throw new IngestException($"{path}: the PDF's text exceeds the limit of {limits.MaxUnpackedBytes:N0} bytes");
                DropPageNumbers(pageLines);
                lines.AddRange(pageLines);
                lines.Add("");
            }
        }
        catch (Exception e) when (e is not (IngestException or OperationCanceledException))
        {
            throw new IngestException($"{path}: not a readable PDF ({DocumentLoader.OneLine(e.Message)})", e);
        }
        if (lines.All(string.IsNullOrWhiteSpace)) throw new IngestException($"{path}: the PDF has no text layer (scanned images need OCR first)");
        return lines;
    }

    private static void DropPageNumbers(List<string> lines)
    {
        static int First(List<string> l) => l.FindIndex(s => s.Trim().Length > 0);
        static int Last(List<string> l) => l.FindLastIndex(s => s.Trim().Length > 0);
        var last = Last(lines);
        if (last >= 0 && PageNumber().IsMatch(lines[last].Trim())) lines.RemoveAt(last);
        var first = First(lines);
        if (first >= 0 && PageNumber().IsMatch(lines[first].Trim())) lines.RemoveAt(first);
    }

    // "3", "- 3 -", "— 3 —", "第3页", "3/12"
    [GeneratedRegex(@"^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[/／共]\s*\d{1,4}\s*页?)?|\d{1,4}\s*/\s*\d{1,4})$")]
    private static partial Regex PageNumber();
}
