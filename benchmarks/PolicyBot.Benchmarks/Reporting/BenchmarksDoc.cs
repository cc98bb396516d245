using System.Text;

namespace PolicyBot.Benchmarks.Reporting;

/// <summary>Rewrites the measured-figures section of docs/benchmarks.md (between its two markers) with a run's tables.</summary>
public static class BenchmarksDoc
{
    public const string Start = "<!-- figures:start (written by `benchmarks -- all --write-docs`; do not edit by hand) -->";
    public const string End = "<!-- figures:end -->";

    public static string Rewrite(string path, IReadOnlyList<ResultTable> tables, string machine)
    {
        var doc = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n\n## Figures\n\n";
        var sb = new StringBuilder();
        sb.AppendLine(Start).AppendLine();
        sb.AppendLine($"Measured {machine}.").AppendLine();
        foreach (var t in tables) sb.AppendLine(t.ToMarkdown());
        sb.Append(End);
        var start = doc.IndexOf("<!-- figures:start", StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        doc = start >= 0 && end > start
            ? doc[..start] + sb + doc[(end + End.Length)..]
            : doc.TrimEnd() + "\n\n" + sb + "\n";
        File.WriteAllText(path, doc);
        return path;
    }
}
