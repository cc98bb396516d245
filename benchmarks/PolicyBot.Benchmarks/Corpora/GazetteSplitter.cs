using PolicyBot.Domain;

namespace PolicyBot.Benchmarks.Corpora;

/// <summary>
/// Cuts the raw gazette into its documents for the baseline: a document starts at the title line above a line
/// that is a 文号 alone (the table of contents carries page numbers, so it never matches), and runs to the next.
/// </summary>
public static class GazetteSplitter
{
    public static IReadOnlyList<RawDocument> Split(string path)
    {
        var lines = File.ReadAllLines(path);
        var starts = new List<(int TitleLine, string DocNumber)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!DocumentNumber.TryParse(lines[i], out var number)) continue;
            var title = i - 1;
            while (title >= 0 && string.IsNullOrWhiteSpace(lines[title])) title--;
            starts.Add((Math.Max(title, 0), number.ToString()));
        }
        if (starts.Count == 0) throw new BenchmarkException($"{path}: no document numbers found; is this the gazette?");
        var docs = new List<RawDocument>();
        for (var d = 0; d < starts.Count; d++)
        {
            var end = d + 1 < starts.Count ? starts[d + 1].TitleLine : lines.Length;
            var text = string.Join("\n", lines[starts[d].TitleLine..end]);
            docs.Add(new RawDocument(starts[d].DocNumber, lines[starts[d].TitleLine].Trim(), text, path));
        }
        return docs;
    }
}
