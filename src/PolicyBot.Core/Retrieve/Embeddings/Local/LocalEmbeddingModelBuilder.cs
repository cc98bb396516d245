using System.Numerics.Tensors;
using PolicyBot.Retrieve.Lexical;
using PolicyBot.Text;

namespace PolicyBot.Retrieve.Embeddings.Local;

/// <summary>
/// Builds a <see cref="LocalEmbeddingModel"/> from plain text, with no download and no neural network:
/// <list type="number">
/// <item>segment the corpus with jieba (the same segmenter search uses);</item>
/// <item>count word–context co-occurrences in a ±<see cref="Options.Window"/> window, weighted 1/distance;</item>
/// <item>positive PMI with context-distribution smoothing (α = 0.75);</item>
/// <item>truncated SVD: a seeded Gaussian sketch of the PPMI matrix, then the eigenvectors of its Gram matrix
/// (randomised SVD); word vector = U·Σ^½;</item>
/// <item>subtract the frequency-weighted mean vector (the "all texts are government texts" direction);</item>
/// <item>retrofit along the thesaurus: each word moves toward the mean of its synonyms, so lay words that are rare in
/// official text (养老院, 骗保) land near the official ones (养老机构, 欺诈骗保).</item>
/// </list>
/// Deterministic for the same inputs (fixed seed, ordinal orderings).
/// </summary>
public static class LocalEmbeddingModelBuilder
{
    public sealed record Options
    {
        public int Dimensions { get; init; } = 128;
        public int Sketch { get; init; } = 320;
        public int VocabularySize { get; init; } = 32_000;
        public int ContextSize { get; init; } = 12_000;
        public int MinCount { get; init; } = 3;
        public int Window { get; init; } = 5;
        public long MaxCharacters { get; init; } = 24_000_000;
        public int Seed { get; init; } = 20240301;
        public float RetrofitWeight { get; init; } = 1f;
    }

    /// <summary>
    /// The plain-text files (.txt, .md; recursive) of the given folders or files, interleaved across them in a stable
    /// order, so that a character budget samples every folder.
    /// </summary>
    public static IReadOnlyList<string> CorpusFiles(params string[] paths)
    {
        var lists = paths.Select(p => File.Exists(p) ? [p]
            : Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToArray()
            : []).ToArray();
        var files = new List<string>();
        for (var i = 0; files.Count < lists.Sum(l => l.Length); i++)
            foreach (var l in lists) if (i < l.Length) files.Add(l[i]);
        return files;
    }

    public static LocalEmbeddingModel Build(IReadOnlyList<string> files, Thesaurus thesaurus, Options? options = null,
        TextWriter? log = null, CancellationToken cancellationToken = default)
    {
        var o = options ?? new Options();
        var sentences = Segment(files, o, log, cancellationToken);
        var (words, counts, paragraphFrequency, paragraphs) = CountWords(sentences, o);
        log?.WriteLine($"vocabulary {words.Length} words, {paragraphs} paragraphs");
        var ids = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++) ids[words[i]] = i;
        var contextCount = Math.Min(o.ContextSize, words.Length);

        var cooc = CountCooccurrences(sentences, ids, contextCount, o.Window);
        var sketch = SketchPpmi(cooc, contextCount, o);
        cooc = null!;
        log?.WriteLine("sketched PPMI");
        var vectors = Svd(sketch, words.Length, o);
        log?.WriteLine("SVD done");
        CenterAndNormalize(vectors, counts, o.Dimensions);
        Retrofit(vectors, ids, thesaurus, o);
        var idf = new float[words.Length];
        for (var i = 0; i < words.Length; i++) idf[i] = (float)Math.Log(1 + paragraphs / (1.0 + paragraphFrequency[i]));
        return AddThesaurusWords(words, idf, vectors, ids, thesaurus, o.Dimensions);
    }

    private static List<string[]> Segment(IReadOnlyList<string> files, Options o, TextWriter? log, CancellationToken ct)
    {
        var sentences = new List<string[]>();
        long chars = 0;
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            if (chars >= o.MaxCharacters) break;
            foreach (var line in File.ReadLines(file))
            {
                var s = ChineseText.Normalize(line).ToLowerInvariant();
                if (s.Length < 4) continue;
                chars += s.Length;
                var tokens = new List<string>();
                foreach (var w in JiebaWordSegmenter.Cut(s))
                    if (w.Length > 0 && w.All(ChineseText.IsHan) && !QueryWords.IsQuestionWord(w)) tokens.Add(w);
                if (tokens.Count >= 2) sentences.Add(tokens.ToArray());
            }
        }
        log?.WriteLine($"segmented {chars:N0} characters into {sentences.Count:N0} paragraphs");
        return sentences;
    }

    private static (string[] Words, float[] Counts, int[] ParagraphFrequency, int Paragraphs) CountWords(List<string[]> sentences, Options o)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var w in s) counts[w] = counts.GetValueOrDefault(w) + 1;
        var words = counts.Where(kv => kv.Value >= o.MinCount)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(o.VocabularySize).Select(kv => kv.Key).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++) index[words[i]] = i;
        var df = new int[words.Length];
        var seen = new HashSet<int>();
        foreach (var s in sentences)
        {
            seen.Clear();
            foreach (var w in s) if (index.TryGetValue(w, out var id) && seen.Add(id)) df[id]++;
        }
        return (words, words.Select(w => (float)counts[w]).ToArray(), df, sentences.Count);
    }

    private static Dictionary<int, float>[] CountCooccurrences(List<string[]> sentences, Dictionary<string, int> ids, int contextCount, int window)
    {
        var rows = new Dictionary<int, float>[ids.Count];
        for (var i = 0; i < rows.Length; i++) rows[i] = [];
        var buffer = new List<int>();
        foreach (var s in sentences)
        {
            buffer.Clear();
            foreach (var w in s) buffer.Add(ids.TryGetValue(w, out var id) ? id : -1);
            for (var i = 0; i < buffer.Count; i++)
            {
                var w = buffer[i];
                if (w < 0) continue;
                for (var j = Math.Max(0, i - window); j <= Math.Min(buffer.Count - 1, i + window); j++)
                {
                    var c = buffer[j];
                    if (j == i || c < 0 || c >= contextCount) continue;
                    var row = rows[w];
                    row[c] = row.GetValueOrDefault(c) + 1f / Math.Abs(i - j);
                }
            }
        }
        return rows;
    }

    /// <summary>A = PPMI · R, with R a seeded Gaussian (contexts × sketch) matrix.</summary>
    private static float[] SketchPpmi(Dictionary<int, float>[] rows, int contextCount, Options o)
    {
        var random = new Random(o.Seed);
        var r = new float[contextCount * o.Sketch];
        for (var i = 0; i < r.Length; i++) r[i] = (float)Gaussian(random);
        var contextMass = new double[contextCount];
        for (var w = 0; w < rows.Length; w++)
            foreach (var (c, n) in rows[w]) contextMass[c] += n;
        double smoothed = 0;
        for (var c = 0; c < contextCount; c++) smoothed += Math.Pow(contextMass[c], 0.75);
        var a = new float[rows.Length * o.Sketch];
        for (var w = 0; w < rows.Length; w++)
        {
            double rowMass = 0;
            foreach (var (_, n) in rows[w]) rowMass += n;
            var dest = a.AsSpan(w * o.Sketch, o.Sketch);
            foreach (var (c, n) in rows[w])
            {
                var pmi = Math.Log(n * smoothed / (rowMass * Math.Pow(contextMass[c], 0.75)));
                if (pmi <= 0) continue;
                TensorPrimitives.MultiplyAdd(r.AsSpan(c * o.Sketch, o.Sketch), (float)pmi, dest, dest);
            }
        }
        return a;
    }

    /// <summary>Top singular directions of A (words × sketch) via the eigenvectors of AᵀA; returns U·Σ^½ (words × dims).</summary>
    private static float[] Svd(float[] a, int wordCount, Options o)
    {
        var k = o.Sketch;
        var gram = new double[k * k];
        var row = new double[k];
        for (var w = 0; w < wordCount; w++)
        {
            for (var j = 0; j < k; j++) row[j] = a[w * k + j];
            for (var i = 0; i < k; i++)
            {
                var ri = row[i];
                if (ri == 0) continue;
                for (var j = i; j < k; j++) gram[i * k + j] += ri * row[j];
            }
        }
        for (var i = 0; i < k; i++) for (var j = 0; j < i; j++) gram[i * k + j] = gram[j * k + i];
        var (values, vectors) = SymmetricEigen.Decompose(gram, k);
        var order = Enumerable.Range(0, k).OrderByDescending(i => values[i]).Take(o.Dimensions).ToArray();
        var result = new float[wordCount * o.Dimensions];
        for (var d = 0; d < order.Length; d++)
        {
            var e = order[d];
            var sigma = Math.Sqrt(Math.Max(values[e], 1e-12));
            var factor = (float)(1 / Math.Sqrt(sigma)); // A·v/σ·σ^½
            var v = new float[k];
            for (var i = 0; i < k; i++) v[i] = (float)vectors[i * k + e];
            for (var w = 0; w < wordCount; w++)
                result[w * o.Dimensions + d] = TensorPrimitives.Dot(a.AsSpan(w * k, k), v) * factor;
        }
        return result;
    }

    private static void CenterAndNormalize(float[] vectors, float[] counts, int dims)
    {
        var words = counts.Length;
        var mean = new float[dims];
        double mass = 0;
        for (var w = 0; w < words; w++)
        {
            var row = vectors.AsSpan(w * dims, dims);
            var n = TensorPrimitives.Norm(row);
            if (n > 0) TensorPrimitives.Divide(row, n, row);
            TensorPrimitives.MultiplyAdd(row, counts[w], mean, mean);
            mass += counts[w];
        }
        TensorPrimitives.Divide(mean, (float)mass, mean);
        for (var w = 0; w < words; w++)
        {
            var row = vectors.AsSpan(w * dims, dims);
            TensorPrimitives.Subtract(row, mean, row);
            var n = TensorPrimitives.Norm(row);
            if (n > 0) TensorPrimitives.Divide(row, n, row);
        }
    }

    private static void Retrofit(float[] vectors, Dictionary<string, int> ids, Thesaurus thesaurus, Options o)
    {
        var dims = o.Dimensions;
        var original = (float[])vectors.Clone();
        var sum = new float[dims];
        for (var iteration = 0; iteration < 5; iteration++)
        {
            foreach (var (word, id) in ids)
            {
                var synonyms = thesaurus.Expand(word);
                if (synonyms.Count == 0) continue;
                sum.AsSpan().Clear();
                TensorPrimitives.MultiplyAdd(original.AsSpan(id * dims, dims), 1f, sum, sum);
                float total = 1;
                foreach (var (other, weight) in synonyms)
                {
                    if (!ids.TryGetValue(other, out var oid)) continue;
                    var w = o.RetrofitWeight * weight;
                    TensorPrimitives.MultiplyAdd(vectors.AsSpan(oid * dims, dims), w, sum, sum);
                    total += w;
                }
                var row = vectors.AsSpan(id * dims, dims);
                TensorPrimitives.Divide(sum, total, row);
            }
        }
        for (var w = 0; w < ids.Count; w++)
        {
            var row = vectors.AsSpan(w * dims, dims);
            var n = TensorPrimitives.Norm(row);
            if (n > 0) TensorPrimitives.Divide(row, n, row);
        }
    }

    /// <summary>Curated thesaurus words the corpus never uses get the mean vector (and IDF) of their synonyms that it does.</summary>
    private static LocalEmbeddingModel AddThesaurusWords(string[] words, float[] idf, float[] vectors,
        Dictionary<string, int> ids, Thesaurus thesaurus, int dims)
    {
        var allWords = words.ToList();
        var allIdf = idf.ToList();
        var allVectors = vectors.ToList();
        var sum = new float[dims];
        foreach (var term in thesaurus.CuratedTerms.Order(StringComparer.Ordinal))
        {
            if (ids.ContainsKey(term)) continue;
            sum.AsSpan().Clear();
            float idfSum = 0;
            var n = 0;
            foreach (var (other, _) in thesaurus.Expand(term))
            {
                if (!ids.TryGetValue(other, out var oid)) continue;
                TensorPrimitives.Add(sum, vectors.AsSpan(oid * dims, dims), sum);
                idfSum += idf[oid];
                n++;
            }
            var norm = TensorPrimitives.Norm(sum);
            if (n == 0 || norm == 0) continue;
            TensorPrimitives.Divide(sum, norm, sum);
            allWords.Add(term);
            allIdf.Add(idfSum / n);
            allVectors.AddRange(sum);
        }
        return new LocalEmbeddingModel(allWords, allIdf.ToArray(), allVectors.ToArray(), dims);
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
