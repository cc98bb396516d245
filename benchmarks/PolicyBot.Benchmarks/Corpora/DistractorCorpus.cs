namespace PolicyBot.Benchmarks.Corpora;

/// <summary>
/// The policies and laws of <c>shared/corpus</c> as raw documents (文号 and title from the manifests; a law without
/// 文号 is named by its title).
/// </summary>
public static class DistractorCorpus
{
    public static IReadOnlyList<string> Files(SharedFolder shared) =>
        Directory.EnumerateFiles(shared.Policies, "*.txt")
            .Concat(Directory.EnumerateFiles(shared.Laws, "*.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<RawDocument> Load(SharedFolder shared)
    {
        var manifest = Manifest(shared);
        return Files(shared).Select(f =>
        {
            var rel = Path.GetRelativePath(shared.Corpus, f).Replace('\\', '/');
            var (title, number) = manifest.GetValueOrDefault(rel, (Path.GetFileNameWithoutExtension(f), ""));
            return new RawDocument(number.Length > 0 ? number : title, title, File.ReadAllText(f), f);
        }).ToArray();
    }

    /// <summary>file → (title, doc_number) from <c>corpus/manifest.tsv</c>.</summary>
    public static IReadOnlyDictionary<string, (string Title, string DocNumber)> Manifest(SharedFolder shared)
    {
        var rows = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(shared.Corpus, "manifest.tsv")).Skip(1))
        {
            var cols = line.Split('\t');
            if (cols.Length >= 3) rows[cols[0]] = (cols[1], cols[2]);
        }
        return rows;
    }
}
