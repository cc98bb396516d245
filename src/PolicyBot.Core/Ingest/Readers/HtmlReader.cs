using System.Text;
using HtmlAgilityPack;

namespace PolicyBot.Ingest.Readers;

/// <summary>
/// .html with HtmlAgilityPack: the visible text, one line per block element, &lt;h1&gt;…&lt;h6&gt; as Markdown
/// headings; script, style, navigation, header and footer chrome skipped. Walks the tree without recursion.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    private static readonly HashSet<string> Skipped = ["script", "style", "nav", "noscript", "template", "header", "footer", "iframe", "svg", "button", "select", "head"];

    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "section", "article", "main", "li", "ul", "ol", "tr", "table", "blockquote", "pre", "dd", "dt", "dl",
        "h1", "h2", "h3", "h4", "h5", "h6", "aside", "figure", "figcaption", "center", "body", "td", "th", "hr",
    ];

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public IReadOnlyList<string> Read(byte[] content, string path, IngestLimits limits, CancellationToken cancellationToken)
    {
        var html = TextDecoder.Decode(content, path);
        var doc = new HtmlDocument { OptionMaxNestedChildNodes = 1000 };
        doc.LoadHtml(html);
        var lines = new List<string>();
        var line = new StringBuilder();
        var stack = new Stack<(HtmlNode Node, bool Exit)>();
        stack.Push((doc.DocumentNode, false));
        while (stack.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (node, exit) = stack.Pop();
            var name = node.Name.ToLowerInvariant();
            if (exit)
            {
                if (Blocks.Contains(name)) Flush(lines, line);
                continue;
            }
            switch (node.NodeType)
            {
                case HtmlNodeType.Comment:
                    continue;
                case HtmlNodeType.Text:
                    AppendText(line, HtmlEntity.DeEntitize(node.InnerText) ?? "");
                    continue;
            }
            if (Skipped.Contains(name) || IsNavigation(node)) continue;
            if (name == "br") { Flush(lines, line); continue; }
            if (Blocks.Contains(name))
            {
                Flush(lines, line);
                if (name.Length == 2 && name[0] == 'h' && char.IsAsciiDigit(name[1])) line.Append('#', name[1] - '0').Append(' ');
            }
            if (name is "td" or "th") line.Append(' ');
            stack.Push((node, true));
            for (var i = node.ChildNodes.Count - 1; i >= 0; i--) stack.Push((node.ChildNodes[i], false));
        }
        Flush(lines, line);
        return lines;
    }

    private static bool IsNavigation(HtmlNode node)
    {
        var role = node.GetAttributeValue("role", "");
        return role is "navigation" or "banner" or "contentinfo" || node.GetAttributeValue("aria-hidden", "") == "true";
    }

    private static void AppendText(StringBuilder line, string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u3000')
            {
                if (line.Length > 0 && line[^1] != ' ') line.Append(' ');
            }
            else line.Append(c);
        }
    }

    private static void Flush(List<string> lines, StringBuilder line)
    {
        var text = line.ToString().Trim();
        line.Clear();
        if (text.Length == 0 || text.All(c => c == '#' || c == ' ')) return;
        // Blocks are paragraphs: keep them apart so the parser never joins two of them.
        lines.Add(text);
        lines.Add("");
    }
}
