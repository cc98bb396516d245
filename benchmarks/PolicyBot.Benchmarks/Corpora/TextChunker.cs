namespace PolicyBot.Benchmarks.Corpora;

/// <summary>Fixed-size character windows with overlap: the plain chunking of the lexical baselines.</summary>
public static class TextChunker
{
    public static IEnumerable<string> Chunk(string text, int size = 500, int overlap = 50)
    {
        if (size <= overlap) throw new ArgumentOutOfRangeException(nameof(size), "size must exceed overlap");
        for (var start = 0; start < text.Length; start += size - overlap)
        {
            yield return text.Substring(start, Math.Min(size, text.Length - start));
            if (start + size >= text.Length) yield break;
        }
    }
}
