using System.Text;

namespace PolicyBot.Qdrant;

/// <summary>
/// Maps an index term to its dimension in the sparse <c>lexical</c> vector: FNV-1a (32-bit) of the term's UTF-8
/// bytes. The hash is fixed by the format of stored data: changing it means re-indexing every collection. Two terms
/// that collide share one dimension (rare among the few thousand terms of a corpus, and harmless beyond a small
/// score bonus).
/// </summary>
public static class TermIndex
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static uint Of(string term)
    {
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(term))
        {
            hash ^= b;
            hash *= Prime;
        }
        return hash;
    }
}
