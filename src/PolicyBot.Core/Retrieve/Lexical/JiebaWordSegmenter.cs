using JiebaNet.Segmenter;

namespace PolicyBot.Retrieve.Lexical;

/// <summary>
/// jieba.NET behind one shared instance. jieba keeps its dictionary in a process-wide singleton that it loads from
/// <c>Resources/</c> beside the assemblies (its default for <c>JiebaConfigFileDir</c>), so the domain words
/// (THUOCL lexicons, thesaurus terms) are added to it once, before the first cut.
/// </summary>
internal static class JiebaWordSegmenter
{
    private static readonly Lazy<JiebaSegmenter> Instance = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Words of <paramref name="normalized"/> (precise mode, HMM for unknown words).</summary>
    public static IEnumerable<string> Cut(string normalized) => Instance.Value.Cut(normalized, cutAll: false, hmm: true);

    /// <summary>Search mode: each word, preceded by its two- and three-character dictionary sub-words.</summary>
    public static IEnumerable<string> CutForSearch(string normalized) => Instance.Value.CutForSearch(normalized, hmm: true);

    private static JiebaSegmenter Create()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Resources");
        if (!File.Exists(Path.Combine(dir, "dict.txt")))
            throw new InvalidOperationException($"jieba dictionary not found in {dir} (it is copied there by the PolicyBot.Core build).");
        var segmenter = new JiebaSegmenter();
        foreach (var word in EmbeddingsFolder.DomainWords()) segmenter.AddWord(word);
        return segmenter;
    }
}
