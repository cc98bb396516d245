using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyBot.Ingest.Readers;

/// <summary>Heading levels of a .docx: 0 for Title, 1… for Heading 1…, from the style (id, name, outline level) or the paragraph.</summary>
internal sealed partial class DocxStyles
{
    private readonly Dictionary<string, Style> _byId = new(StringComparer.OrdinalIgnoreCase);

    public DocxStyles(Styles? styles)
    {
        if (styles is null) return;
        foreach (var s in styles.Elements<Style>())
            if (s.StyleId?.Value is { } id) _byId[id] = s;
    }

    public int? HeadingLevel(Paragraph p)
    {
        var outline = p.ParagraphProperties?.OutlineLevel?.Val?.Value;
        if (outline is int o && o < 9) return o + 1;
        var id = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; id is not null && depth < 10; depth++)
        {
            var name = _byId.TryGetValue(id, out var style) ? style.StyleName?.Val?.Value ?? id : id;
            if (Title().IsMatch(name) || Title().IsMatch(id)) return 0;
            var m = Heading().Match(name);
            if (!m.Success) m = Heading().Match(id);
            if (m.Success) return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (style?.StyleParagraphProperties?.OutlineLevel?.Val?.Value is int so && so < 9) return so + 1;
            id = style?.BasedOn?.Val?.Value;
        }
        return null;
    }

    public string? StyleId(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    public Style? Find(string? id) => id is not null && _byId.TryGetValue(id, out var s) ? s : null;

    [GeneratedRegex(@"^(?:title|标题)$", RegexOptions.IgnoreCase)]
    private static partial Regex Title();

    [GeneratedRegex(@"^(?:heading|标题)\s*([1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
