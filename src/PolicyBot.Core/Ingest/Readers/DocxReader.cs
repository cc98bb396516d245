using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyBot.Ingest.Readers;

/// <summary>
/// .docx with DocumentFormat.OpenXml: paragraphs and table rows in order; Title and Heading styles (or an outline
/// level) become Markdown headings; automatic numbering is rendered as written (一、 （一） 1.) so the structure
/// parser sees the labels a reader sees. The archive is checked before it is opened: declared and actual
/// uncompressed sizes are capped (zip bombs).
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public IReadOnlyList<string> Read(byte[] content, string path, IngestLimits limits, CancellationToken cancellationToken)
    {
        CheckArchive(content, path, limits, cancellationToken);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart ?? throw new IngestException($"{path}: the .docx has no main document part");
            var body = main.Document?.Body ?? throw new IngestException($"{path}: the .docx has no document body");
            var styles = new DocxStyles(main.StyleDefinitionsPart?.Styles);
            var numbering = new DocxNumbering(main.NumberingDefinitionsPart?.Numbering);
            var lines = new List<string>();
            var sawText = false;
            foreach (var element in body.Elements())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (element)
                {
                    case Paragraph p:
                        var text = TextOf(p);
                        var label = numbering.Next(p, styles);
                        if (text.Trim().Length == 0) { lines.Add(""); continue; }
                        var level = styles.HeadingLevel(p);
                        var prefix = level switch
                        {
                            null => "",
                            0 => "# ",
                            _ => new string('#', !sawText && level == 1 ? 1 : Math.Min(6, level.Value + 1)) + " ",
                        };
                        sawText = true;
                        foreach (var (line, i) in text.Split('\n').Select((l, i) => (l, i)))
                            lines.Add(i == 0 ? prefix + label + line : line);
                        lines.Add("");
                        break;
                    case Table table:
                        foreach (var row in table.Elements<TableRow>())
                        {
                            var cells = row.Elements<TableCell>().Select(c => string.Join(" ", c.Elements<Paragraph>().Select(TextOf)).Trim());
                            lines.Add(string.Join("\t", cells));
                        }
                        lines.Add("");
                        sawText = true;
                        break;
                }
            }
            return lines;
        }
        catch (Exception e) when (e is not (IngestException or OperationCanceledException))
        {
            throw new IngestException($"{path}: not a readable .docx ({DocumentLoader.OneLine(e.Message)})", e);
        }
    }

    private static string TextOf(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var e in p.Descendants())
        {
            switch (e)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break or CarriageReturn: sb.Append('\n'); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Refuses archives whose entries unpack to more than the limit, declared or actual.</summary>
    private static void CheckArchive(byte[] content, string path, IngestLimits limits, CancellationToken cancellationToken)
    {
        var cap = limits.MaxUnpackedBytes;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (entry.Length < 0 || declared > cap)
                    throw new IngestException($"{path}: the .docx unpacks to more than {cap:N0} bytes (refused as a possible zip bomb)");
            }
            long actual = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var s = entry.Open();
                int n;
                while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    actual += n;
                    if (actual > cap) throw new IngestException($"{path}: the .docx unpacks to more than {cap:N0} bytes (refused as a possible zip bomb)");
                }
            }
            if (zip.GetEntry("word/document.xml") is null) throw new IngestException($"{path}: not a Word document (no word/document.xml in the archive)");
        }
        catch (InvalidDataException e)
        {
            throw new IngestException($"{path}: not a valid .docx archive ({DocumentLoader.OneLine(e.Message)})", e);
        }
    }
}
