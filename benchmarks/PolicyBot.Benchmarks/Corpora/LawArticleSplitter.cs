using System.Text.RegularExpressions;

namespace PolicyBot.Benchmarks.Corpora;

/// <summary>
/// Splits a law in the corpus's Markdown into articles: an article starts at a line opening with 第X条 (or 第X条之Y)
/// and takes the paragraphs after it up to the next article or heading. Used for the baseline's article clauses.
/// </summary>
public static partial class LawArticleSplitter
{
    public static IReadOnlyList<LawArticle> Split(string file)
    {
        var articles = new List<LawArticle>();
        string title = Path.GetFileNameWithoutExtension(file);
        var headings = new List<(int Level, string Text)>();
        string? label = null;
        var body = new List<string>();

        void Flush()
        {
            if (label is not null)
                articles.Add(new LawArticle(file, title, label, string.Join(" > ", headings.Select(h => h.Text)), string.Join("\n", body)));
            label = null;
            body.Clear();
        }

        var titled = false;
        foreach (var raw in File.ReadLines(file))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("<!--", StringComparison.Ordinal)) continue;
            if (line.StartsWith('#'))
            {
                Flush();
                var level = line.TakeWhile(c => c == '#').Count();
                var text = line[level..].Trim();
                if (!titled) { title = text; titled = true; continue; }
                headings.RemoveAll(h => h.Level >= level);
                headings.Add((level, text));
                continue;
            }
            var m = ArticleStart().Match(line);
            if (m.Success) { Flush(); label = m.Value; }
            if (label is not null) body.Add(line);
        }
        Flush();
        return articles;
    }

    [GeneratedRegex(@"^第[零一二三四五六七八九十百千〇两\d]+条(之[一二三四五六七八九十]+)?")]
    private static partial Regex ArticleStart();
}
