
namespace PolicyBot.Retrieve;

/// <summary>
/// The shipped <c>embeddings/</c> folder (copied beside the assemblies): the local embedding model, the curated
/// thesaurus and the permissive lexicons (each with its LICENSE).
/// </summary>
public static class EmbeddingsFolder
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "embeddings");

    public static string ThesaurusFile => System.IO.Path.Combine(Path, "thesaurus.txt");
    public static string WordnetFile => System.IO.Path.Combine(Path, "lexicons", "cow", "wn-data-cmn.tab");
    public static string LocalModelFile => System.IO.Path.Combine(Path, "local-embedding.bin");

    /// <summary>Multi-character domain words to keep whole when segmenting: THUOCL lists and thesaurus terms.</summary>
    internal static IEnumerable<string> DomainWords()
    {
        var thuocl = System.IO.Path.Combine(Path, "lexicons", "thuocl");
        if (Directory.Exists(thuocl))
        {
            foreach (var file in Directory.EnumerateFiles(thuocl, "THUOCL_*.txt").Order(StringComparer.Ordinal))
            foreach (var line in File.ReadLines(file))
            {
                var word = line.Split('\t')[0].Trim();
                if (word.Length >= 2 && word.Length <= 8) yield return word;
            }
        }
        if (File.Exists(ThesaurusFile))
            foreach (var group in Lexical.Thesaurus.ReadGroups(File.ReadLines(ThesaurusFile)))
            foreach (var word in group)
                if (word.Length >= 2) yield return word;
    }
}
