using System.Text;
using System.Text.RegularExpressions;

namespace PolicyBot.Benchmarks.Reporting;

/// <summary>
/// Rewrites the measured-figures section of docs/benchmarks.md (between its two markers): each table of this run
/// replaces the table of the same title, with the date, machine and commit it was measured on; tables this run did
/// not measure are kept as they were.
/// </summary>
public static partial class BenchmarksDoc
{
    public const string Start = "<!-- figures:start (written by `benchmarks -- COMMAND --write-docs`; do not edit by hand) -->";
    public const string End = "<!-- figures:end -->";

    /// <summary>The order tables appear in; others follow.</summary>
    private static readonly string[] Order = ["Gazette retrieval", "STARD", "Answers:", "Answers by", "ask latency", "Speed"];

    public static string Rewrite(string path, IReadOnlyList<ResultTable> tables, string machine)
    {
        var doc = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n\n## Figures\n\n";
        var start = doc.IndexOf("<!-- figures:start", StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        if (start >= 0 && end > start)
            foreach (Match m in Block().Matches(doc[start..end]))
                blocks[m.Groups["title"].Value.Trim()] = m.Value.TrimEnd() + "\n";
        foreach (var t in tables)
            blocks[t.Title] = t.ToMarkdown(machine);

        var sb = new StringBuilder().AppendLine(Start).AppendLine();
        foreach (var block in blocks.OrderBy(b => Rank(b.Key)).Select(b => b.Value)) sb.AppendLine(block);
        sb.Append(End);
        doc = start >= 0 && end > start
            ? doc[..start] + sb + doc[(end + End.Length)..]
            : doc.TrimEnd() + "\n\n" + sb + "\n";
        File.WriteAllText(path, doc);
        return path;
    }

    private static int Rank(string title)
    {
        var i = Array.FindIndex(Order, o => title.StartsWith(o, StringComparison.Ordinal));
        return i < 0 ? Order.Length : i;
    }

    [GeneratedRegex(@"(?ms)^### (?<title>[^\n]+)\n.*?(?=^### |\z)")]
    private static partial Regex Block();
}
