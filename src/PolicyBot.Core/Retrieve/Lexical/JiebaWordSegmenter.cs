using System.Globalization;
using PolicyBot.Text;

namespace PolicyBot.Retrieve.Lexical;

/// <summary>
/// jieba's precise and search modes over jieba's own dictionary (<c>Resources/dict.txt</c> from the jieba.NET package)
/// plus the domain words (THUOCL, thesaurus): a DAG of the dictionary words at each character and the route of
/// maximum probability through it, as jieba does. Implemented here rather than calling jieba.NET's segmenter,
/// which measured 47k characters/s (ingest needs ≥ 700k); unknown words are left as single characters (no HMM)
/// and are matched by the analyzer's character bigrams instead. Thread-safe after the dictionary is loaded.
/// </summary>
internal sealed class JiebaWordSegmenter
{
    private const int MaxWordLength = 16;

    private static readonly Lazy<JiebaWordSegmenter> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // log P(word) for dictionary words; NaN marks a prefix that is not itself a word (lets the DAG scan stop early).
    private readonly Dictionary<string, float> _words;
    private readonly Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly float _unknown;

    private JiebaWordSegmenter(Dictionary<string, double> frequencies)
    {
        _logTotal = Math.Log(frequencies.Values.Sum());
        _words = new Dictionary<string, float>(frequencies.Count * 3, StringComparer.Ordinal);
        foreach (var (word, freq) in frequencies) Add(word, freq);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _unknown = (float)-_logTotal;
    }

    private readonly double _logTotal;

    private void Add(string word, double frequency)
    {
        _words[word] = (float)(Math.Log(Math.Max(frequency, 1)) - _logTotal);
        for (var len = 1; len < word.Length; len++) _words.TryAdd(word[..len], float.NaN);
    }

    /// <summary>Words of <paramref name="normalized"/> in order (precise mode); punctuation comes out as single characters.</summary>
    public static List<string> Cut(string normalized)
    {
        var words = new List<string>();
        Instance.Value.CutInto(normalized, words, forSearch: false);
        return words;
    }

    /// <summary>Search mode: each word, preceded by its two- and three-character dictionary sub-words.</summary>
    public static List<string> CutForSearch(string normalized)
    {
        var words = new List<string>();
        Instance.Value.CutInto(normalized, words, forSearch: true);
        return words;
    }

    private void CutInto(string s, List<string> words, bool forSearch)
    {
        var start = 0;
        while (start < s.Length)
        {
            if (!IsBlockChar(s[start])) { words.Add(s[start].ToString()); start++; continue; }
            var end = start;
            while (end < s.Length && IsBlockChar(s[end])) end++;
            CutBlock(s.AsSpan(start, end - start), words, forSearch);
            start = end;
        }
    }

    private static bool IsBlockChar(char c) => ChineseText.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '.' or '%' or '+' or '#' or '&' or '_';

    private void CutBlock(ReadOnlySpan<char> block, List<string> words, bool forSearch)
    {
        var n = block.Length;
        Span<float> route = n <= 512 ? stackalloc float[n + 1] : new float[n + 1];
        Span<int> next = n <= 512 ? stackalloc int[n] : new int[n];
        route[n] = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            // Single character (known or not) is always a path.
            var best = (_lookup.TryGetValue(block.Slice(i, 1), out var p1) && !float.IsNaN(p1) ? p1 : _unknown) + route[i + 1];
            var bestEnd = i + 1;
            for (var j = i + 2; j <= Math.Min(n, i + MaxWordLength); j++)
            {
                if (!_lookup.TryGetValue(block[i..j], out var p)) break;
                if (float.IsNaN(p)) continue;
                var score = p + route[j];
                if (score > best) { best = score; bestEnd = j; }
            }
            route[i] = best;
            next[i] = bestEnd;
        }
        var k = 0;
        while (k < n)
        {
            var end = next[k];
            // Runs of ASCII letters and digits stay one token (2024, 5G, 12345).
            if (end == k + 1 && IsAsciiWordChar(block[k]))
                while (end < n && next[end] == end + 1 && IsAsciiWordChar(block[end])) end++;
            var word = block[k..end];
            if (forSearch && word.Length > 2)
            {
                for (var len = 2; len <= Math.Min(3, word.Length - 1); len++)
                    for (var i = 0; i + len <= word.Length; i++)
                        if (_lookup.TryGetValue(word.Slice(i, len), out var p) && !float.IsNaN(p)) words.Add(word.Slice(i, len).ToString());
            }
            words.Add(word.ToString());
            k = end;
        }
    }

    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '%';

    private static JiebaWordSegmenter Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Resources", "dict.txt");
        if (!File.Exists(path))
            throw new InvalidOperationException($"jieba dictionary not found at {path} (the PolicyBot.Core build copies it there).");
        var frequencies = new Dictionary<string, double>(360_000, StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split(' ');
            if (parts.Length < 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var freq)) continue;
            var word = parts[0].All(c => c < 128 ? !char.IsAsciiLetterUpper(c) : ChineseText.IsHan(c)) ? parts[0] : ChineseText.Normalize(parts[0]).ToLowerInvariant();
            if (word.Length is > 0 and <= MaxWordLength) frequencies[word] = Math.Max(frequencies.GetValueOrDefault(word), freq);
        }
        var segmenter = new JiebaWordSegmenter(frequencies);
        // Domain words are given just enough frequency to be kept whole (jieba's suggest_freq); the total is kept.
        foreach (var word in EmbeddingsFolder.DomainWords())
        {
            var w = ChineseText.Normalize(word).ToLowerInvariant();
            if (w.Length < 2 || w.Length > MaxWordLength || frequencies.ContainsKey(w)) continue;
            frequencies[w] = segmenter.SuggestFrequency(w);
            segmenter.Add(w, frequencies[w]);
        }
        return segmenter;
    }

    /// <summary>A frequency that makes <paramref name="word"/> outscore its best split into dictionary words.</summary>
    private double SuggestFrequency(string word)
    {
        var parts = new List<string>();
        CutBlock(word, parts, forSearch: false);
        double logP = 0;
        foreach (var part in parts) logP += _lookup.TryGetValue(part, out var p) && !float.IsNaN(p) ? p : _unknown;
        return Math.Exp(logP - _unknown) + 1; // P(split) × total + 1
    }
}
