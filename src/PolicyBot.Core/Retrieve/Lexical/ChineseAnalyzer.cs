using PolicyBot.Domain;
using PolicyBot.Text;

namespace PolicyBot.Retrieve.Lexical;

/// <summary>
/// Turns text into index terms for lexical scoring and sparse vectors: jieba words (search mode, so a long word also
/// yields its dictionary sub-words), character bigrams of every run of Han characters (prefixed <c>#</c>, so that
/// a partial word still matches), and every 文号 in canonical form (prefixed <c>dn:</c>, so any typed variant
/// matches). Text is normalised first (<see cref="ChineseText.Normalize"/>, lower case).
/// </summary>
public sealed class ChineseAnalyzer
{
    public const string BigramPrefix = "#";
    public const string DocNumberPrefix = "dn:";

    /// <summary>Query weight of a character bigram relative to a word.</summary>
    public const float BigramWeight = 0.35f;

    /// <summary>
    /// Query weight of a dictionary sub-word of a longer question word (个体, 工商 of 个体工商户) relative to the word:
    /// at full weight a compound counts several times over and pulls clauses that share only its parts.
    /// </summary>
    public const float SubwordWeight = 0.75f;

    /// <summary>Query weight of a 文号 typed in the question.</summary>
    public const float DocNumberWeight = 4f;

    private readonly Thesaurus _thesaurus;


    private static readonly Lazy<string> ShippedFingerprint = new(() =>
    {
        // Index terms depend on this code and on the words added to the segmenter's dictionary (thesaurus, lexicons).
        using var h = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        h.AppendData(System.Text.Encoding.UTF8.GetBytes(TermsVersion));
        foreach (var word in EmbeddingsFolder.DomainWords()) h.AppendData(System.Text.Encoding.UTF8.GetBytes(word + "\n"));
        return TermsVersion + "-" + Convert.ToHexString(h.GetHashAndReset())[..16];
    });

    /// <summary>Bump when the index terms this class produces change, so cached analyses are redone.</summary>
    private const string TermsVersion = "terms-1";

    /// <summary>Identifies how index terms are made (code version and shipped dictionaries): part of the cache key.</summary>
    public static string Fingerprint => ShippedFingerprint.Value;

    public ChineseAnalyzer() : this(Thesaurus.Default) { }

    public ChineseAnalyzer(Thesaurus thesaurus) => _thesaurus = thesaurus;

    public static ChineseAnalyzer Default { get; } = new();

    /// <summary>The synonyms queries are expanded with.</summary>
    public Thesaurus Thesaurus => _thesaurus;

    /// <summary>The index terms of <paramref name="text"/>, in order, repeats kept (term frequency matters).</summary>
    public IReadOnlyList<string> Analyze(string text)
    {
        var terms = new List<string>();
        AnalyzeInto(text, terms);
        return terms;
    }

    internal static void AnalyzeInto(string text, List<string> terms)
    {
        var s = ChineseText.Normalize(text).ToLowerInvariant();
        if (s.Length == 0) return;
        foreach (var n in FindDocNumbers(s)) terms.AddRange(DocNumberTerms(n));
        foreach (var word in JiebaWordSegmenter.CutForSearch(s))
            if (IsIndexWord(word)) terms.Add(word);
        AddBigrams(s, terms);
    }

    /// <summary>
    /// The weighted terms of a question: question words and filler dropped, bigrams only inside the remaining
    /// runs of content, and thesaurus synonyms of each content word at a lower weight.
    /// </summary>
    internal IReadOnlyList<WeightedTerm> AnalyzeQuery(string text, float weight = 1f)
    {
        var result = new Dictionary<string, float>(StringComparer.Ordinal);
        var s = ChineseText.Normalize(text).ToLowerInvariant();
        if (s.Length == 0) return [];
        foreach (var n in FindDocNumbers(s))
            foreach (var t in DocNumberTerms(n)) Add(result, t, DocNumberWeight * weight);

        var run = new System.Text.StringBuilder();
        var runs = new List<string>();
        foreach (var word in JiebaWordSegmenter.Cut(s))
        {
            var content = !QueryWords.IsQuestionWord(word) && word.Any(char.IsLetterOrDigit);
            if (!content || !word.All(ChineseText.IsHan))
            {
                if (run.Length > 0) { runs.Add(run.ToString()); run.Clear(); }
                if (!content) continue;
            }
            else run.Append(word);

            foreach (var part in JiebaWordSegmenter.CutForSearch(word))
            {
                if (!IsIndexWord(part)) continue;
                Add(result, part, part.Length == word.Length ? weight : weight * SubwordWeight);
                foreach (var (synonym, w) in _thesaurus.Expand(part))
                {
                    Add(result, synonym, w * weight);
                    var bigrams = new List<string>();
                    AddBigrams(synonym, bigrams);
                    foreach (var b in bigrams) Add(result, b, w * weight * BigramWeight);
                }
            }
        }
        if (run.Length > 0) runs.Add(run.ToString());
        var grams = new List<string>();
        foreach (var r in runs) AddBigrams(r, grams);
        foreach (var g in grams) Add(result, g, BigramWeight * weight);
        return result.Select(kv => new WeightedTerm(kv.Key, kv.Value)).ToArray();
    }

    /// <summary>
    /// The 文号 in <paramref name="s"/>: the pattern is run only on a short window before each 号, which keeps
    /// analysis fast on long text (a 文号 is at most about 30 characters).
    /// </summary>
    private static List<DocumentNumber> FindDocNumbers(string s)
    {
        var found = new List<DocumentNumber>();
        for (var i = s.IndexOf('号'); i >= 0; i = i + 1 < s.Length ? s.IndexOf('号', i + 1) : -1)
        {
            var start = Math.Max(0, i - 40);
            foreach (var n in DocumentNumber.FindAll(s[start..(i + 1)]))
                if (!found.Contains(n)) found.Add(n);
        }
        return found;
    }

    /// <summary>
    /// The 文号 and its forms with the agency cut from the left (down to 3 characters): text run into the number
    /// (根据鲁政办字〔2024〕110号) is taken into the agency by the 文号 pattern, and the suffixes still meet.
    /// </summary>
    private static IEnumerable<string> DocNumberTerms(DocumentNumber n)
    {
        var canonical = n.ToString();
        var minimum = Math.Min(3, n.Agency.Length);
        for (var cut = 0; n.Agency.Length - cut >= minimum; cut++) yield return DocNumberPrefix + canonical[cut..];
    }

    private static void Add(Dictionary<string, float> terms, string term, float weight)
    {
        terms.TryGetValue(term, out var w);
        terms[term] = Math.Max(w, weight);
    }

    /// <summary>Words worth indexing: two or more characters, or any run of letters and digits.</summary>
    private static bool IsIndexWord(string word)
    {
        if (word.Length == 0) return false;
        if (word.Length == 1) return char.IsAsciiLetterOrDigit(word[0]);
        foreach (var c in word)
            if (!char.IsLetterOrDigit(c) && c != '.' && c != '%') return false;
        return true;
    }

    private static void AddBigrams(string s, List<string> terms)
    {
        var start = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            var han = i < s.Length && ChineseText.IsHan(s[i]);
            if (han && start < 0) start = i;
            if (han || start < 0) continue;
            for (var j = start; j + 1 < i; j++) terms.Add(string.Concat(BigramPrefix, s.AsSpan(j, 2)));
            start = -1;
        }
    }
}
