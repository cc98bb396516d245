using System.Collections.Concurrent;

namespace PolicyBot.Retrieve.Lexical;

/// <summary>
/// One string instance per distinct index term across all cached analyses: a corpus repeats the same words and
/// bigrams millions of times, and the analyses kept for cheap re-ingest would otherwise hold a copy of each.
/// </summary>
internal static class TermPool
{
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    public static string Intern(string term) => Pool.GetOrAdd(term, term);
}
