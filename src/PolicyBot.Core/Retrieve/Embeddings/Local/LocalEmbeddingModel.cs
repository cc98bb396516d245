using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Text;
using PolicyBot.Retrieve.Lexical;
using PolicyBot.Text;

namespace PolicyBot.Retrieve.Embeddings.Local;

/// <summary>
/// Word vectors learned from public-domain policy and legal text (PPMI co-occurrence, truncated SVD, thesaurus
/// retrofitting; see <see cref="LocalEmbeddingModelBuilder"/>), stored as int8 with one scale per word, plus an IDF
/// per word. A text's embedding is the IDF-weighted mean of its words' vectors, L2-normalised; a word not in the
/// vocabulary falls back to its characters.
/// </summary>
public sealed class LocalEmbeddingModel
{
    private const string Magic = "PolicyBot.LocalEmbedding/1";

    private readonly Dictionary<string, int> _vocabulary;
    private readonly sbyte[] _vectors;
    private readonly float[] _scales;
    private readonly float[] _idf;

    public LocalEmbeddingModel(IReadOnlyList<string> words, float[] idf, float[] vectors, int dimensions)
    {
        if (idf.Length != words.Count || vectors.Length != words.Count * dimensions)
            throw new ArgumentException("words, idf and vectors disagree in size");
        Dimensions = dimensions;
        Words = words.ToArray();
        _idf = idf;
        _vocabulary = new Dictionary<string, int>(words.Count, StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++) _vocabulary[words[i]] = i;
        _vectors = new sbyte[vectors.Length];
        _scales = new float[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var row = vectors.AsSpan(i * dimensions, dimensions);
            var max = Math.Abs(TensorPrimitives.MaxMagnitude(row));
            var scale = max > 0 ? max / 127f : 1f;
            _scales[i] = scale;
            for (var j = 0; j < dimensions; j++) _vectors[i * dimensions + j] = (sbyte)Math.Round(row[j] / scale);
        }
    }

    private LocalEmbeddingModel(string[] words, float[] idf, sbyte[] vectors, float[] scales, int dimensions)
    {
        Words = words;
        _idf = idf;
        _vectors = vectors;
        _scales = scales;
        Dimensions = dimensions;
        _vocabulary = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++) _vocabulary[words[i]] = i;
    }

    public int Dimensions { get; }

    public IReadOnlyList<string> Words { get; }

    /// <summary>Identifies the model's content (size and a checksum), so cached clause vectors are redone when it changes.</summary>
    /// <remarks>Computed once: every embedding carries it as its model id, and the checksum reads 64 KB.</remarks>
    public string Fingerprint => _fingerprint ??= $"local-{Dimensions}-{Words.Count}-{Checksum():x8}";

    private string? _fingerprint;

    public bool Contains(string word) => _vocabulary.ContainsKey(word);

    /// <summary>Embeds <paramref name="text"/> into <paramref name="destination"/> (length <see cref="Dimensions"/>); all zeros when no word is known.</summary>
    public void Embed(string text, Span<float> destination)
    {
        destination.Clear();
        var s = ChineseText.Normalize(text).ToLowerInvariant();
        if (s.Length == 0) return;
        Span<float> row = stackalloc float[Dimensions];
        foreach (var word in JiebaWordSegmenter.Cut(s))
        {
            if (QueryWords.IsQuestionWord(word)) continue;
            if (_vocabulary.TryGetValue(word, out var id)) { AddWord(id, 1f, destination, row); continue; }
            if (!word.All(ChineseText.IsHan)) continue;
            var characters = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var i = 0; i < word.Length; i++)
                if (characters.TryGetValue(word.AsSpan(i, 1), out var cid)) AddWord(cid, 1f / word.Length, destination, row);
        }
        var norm = TensorPrimitives.Norm(destination);
        if (norm > 0) TensorPrimitives.Divide(destination, norm, destination);
    }

    /// <summary>The vector of one vocabulary word (unit length), or null.</summary>
    public float[]? WordVector(string word)
    {
        if (!_vocabulary.TryGetValue(word, out var id)) return null;
        var v = new float[Dimensions];
        AddWord(id, 1f, v, new float[Dimensions]);
        TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
        return v;
    }

    private void AddWord(int id, float weight, Span<float> destination, Span<float> row)
    {
        var q = _vectors.AsSpan(id * Dimensions, Dimensions);
        TensorPrimitives.ConvertTruncating<sbyte, float>(q, row);
        TensorPrimitives.MultiplyAdd(row, weight * _idf[id] * _scales[id], destination, destination);
    }

    private uint Checksum()
    {
        var hash = 2166136261u;
        foreach (var b in MemoryMarshal.AsBytes(_vectors.AsSpan(0, Math.Min(_vectors.Length, 1 << 16)))) hash = (hash ^ b) * 16777619u;
        return hash;
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var tmp = path + ".tmp";
        using (var w = new BinaryWriter(File.Create(tmp), Encoding.UTF8))
        {
            w.Write(Magic);
            w.Write(Dimensions);
            w.Write(Words.Count);
            for (var i = 0; i < Words.Count; i++) { w.Write(Words[i]); w.Write((Half)_idf[i]); w.Write(_scales[i]); }
            w.Write(MemoryMarshal.AsBytes(_vectors.AsSpan()));
        }
        File.Move(tmp, path, overwrite: true);
    }

    public static LocalEmbeddingModel Load(string path)
    {
        try
        {
            using var r = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (r.ReadString() != Magic) throw new InvalidDataException("not a PolicyBot local embedding model");
            var dims = r.ReadInt32();
            var count = r.ReadInt32();
            if (dims is <= 0 or > 4096 || count is < 0 or > 10_000_000) throw new InvalidDataException("bad header");
            var words = new string[count];
            var idf = new float[count];
            var scales = new float[count];
            for (var i = 0; i < count; i++) { words[i] = r.ReadString(); idf[i] = (float)r.ReadHalf(); scales[i] = r.ReadSingle(); }
            var vectors = new sbyte[count * dims];
            if (r.Read(MemoryMarshal.AsBytes(vectors.AsSpan())) != vectors.Length) throw new EndOfStreamException();
            return new LocalEmbeddingModel(words, idf, vectors, scales, dims);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or OverflowException)
        {
            throw new InvalidDataException($"The local embedding model {path} cannot be read ({e.Message}); rebuild it (see embeddings/README.md).", e);
        }
    }
}
