using PolicyBot.Domain;
using PolicyBot.Index;
using PolicyBot.Retrieve;

namespace PolicyBot.Web.Tests.Api.StandIns;

/// <summary>
/// TEST DOUBLE, to be removed when the retrieval stage lands: ranks the clauses of the current snapshot by how many
/// character bigrams of the question (and, at half weight, of the earlier user turns) they contain.
/// </summary>
public sealed class StandInSearch(IIndexSnapshotSource snapshots) : IPolicySearch
{
    public Task<IReadOnlyList<Passage>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var snapshot = snapshots.Current;
        var now = Bigrams(query.Text);
        var before = Bigrams(string.Concat(query.History.Where(t => t.IsUser).Select(t => t.Content))).Except(now).ToHashSet();
        IReadOnlyList<Passage> ranked = snapshot.Documents
            .Where(d => query.Filter?.DocNumber is not { } n || d.DocNumber == n)
            .SelectMany(d => d.Clauses.Select(c => (d, c, score: Score(c.Text, now) + 0.5 * Score(c.Text, before))))
            .Where(x => x.score > 0)
            .OrderByDescending(x => x.score).ThenBy(x => x.c.Id, StringComparer.Ordinal)
            .Take(query.Top)
            .Select((x, i) => new Passage(i + 1, x.score, x.c, x.d))
            .ToArray();
        return Task.FromResult(ranked);
    }

    public static HashSet<string> Bigrams(string text)
    {
        var han = new string(text.Where(c => char.IsLetterOrDigit(c)).ToArray());
        return Enumerable.Range(0, Math.Max(0, han.Length - 1)).Select(i => han.Substring(i, 2)).ToHashSet();
    }

    public static double Score(string text, HashSet<string> bigrams) => bigrams.Count(b => text.Contains(b, StringComparison.Ordinal));
}
