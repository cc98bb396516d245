using PolicyBot.Text;

namespace PolicyBot.Retrieve.Lexical;

/// <summary>
/// Links the words callers use to the words documents use (老人 → 老年人, 医保 → 医疗保障). A curated government list
/// comes first; the Chinese Open Wordnet adds general synonyms at a lower weight. Expansion is one hop.
/// </summary>
public sealed class Thesaurus
{
    /// <summary>Weight of a curated synonym relative to the word typed.</summary>
    public const float CuratedWeight = 0.6f;

    /// <summary>Weight of a general (wordnet) synonym relative to the word typed.</summary>
    public const float WordnetWeight = 0.25f;

    private const int MaxWordnetSynsetSize = 8;
    private const int MaxExpansions = 8;

    private readonly Dictionary<string, List<(string Term, float Weight)>> _map = new(StringComparer.Ordinal);

    public static readonly Thesaurus Empty = new();

    private static readonly Lazy<Thesaurus> Shipped = new(() => Load(EmbeddingsFolder.ThesaurusFile, EmbeddingsFolder.WordnetFile));

    /// <summary>The thesaurus shipped in <c>embeddings/</c> (curated list and wordnet), loaded once.</summary>
    public static Thesaurus Default => Shipped.Value;

    /// <summary>Every term of the curated list (normalised).</summary>
    public IEnumerable<string> CuratedTerms => _curated;

    private readonly HashSet<string> _curated = new(StringComparer.Ordinal);

    public static Thesaurus Load(string? curatedFile, string? wordnetFile)
    {
        var t = new Thesaurus();
        if (curatedFile is not null && File.Exists(curatedFile))
            foreach (var group in ReadGroups(File.ReadLines(curatedFile)))
            {
                t.AddGroup(group, CuratedWeight);
                t._curated.UnionWith(group);
            }
        if (wordnetFile is not null && File.Exists(wordnetFile))
            foreach (var group in ReadWordnet(File.ReadLines(wordnetFile))) t.AddGroup(group, WordnetWeight);
        return t;
    }

    /// <summary>Other words for <paramref name="term"/> (normalised form) with their weights; empty when none.</summary>
    public IReadOnlyList<(string Term, float Weight)> Expand(string term) =>
        _map.TryGetValue(term, out var list) ? list : [];

    /// <summary>Groups of the curated format: one group a line, terms separated by spaces, # starts a comment.</summary>
    public static IEnumerable<string[]> ReadGroups(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var body = line.Trim();
            if (body.Length == 0 || body[0] == '#') continue;
            var terms = body.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Select(w => ChineseText.Normalize(w).ToLowerInvariant())
                .Where(w => w.Length >= 2)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            if (terms.Length >= 2) yield return terms;
        }
    }

    private static IEnumerable<string[]> ReadWordnet(IEnumerable<string> lines)
    {
        var synsets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            if (cols.Length < 3 || !cols[1].EndsWith(":lemma", StringComparison.Ordinal)) continue;
            var w = ChineseText.Normalize(cols[2]);
            if (w.Length < 2 || !w.All(ChineseText.IsHan)) continue;
            if (!synsets.TryGetValue(cols[0], out var group)) synsets[cols[0]] = group = [];
            if (!group.Contains(w)) group.Add(w);
        }
        foreach (var (_, group) in synsets.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            if (group.Count is >= 2 and <= MaxWordnetSynsetSize) yield return group.ToArray();
    }

    private void AddGroup(string[] terms, float weight)
    {
        foreach (var term in terms)
        {
            if (!_map.TryGetValue(term, out var list)) _map[term] = list = [];
            foreach (var other in terms)
            {
                if (other == term || list.Count >= MaxExpansions || list.Exists(e => e.Term == other)) continue;
                list.Add((other, weight));
            }
        }
    }
}
