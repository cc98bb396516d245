using PolicyBot.Domain;
using PolicyBot.Index;
using PolicyBot.Retrieve;

namespace PolicyBot.Cli.Tests;

/// <summary>
/// A stand-in for the retrieval stage, for testing the CLI's search and ask plumbing: the clauses that contain the
/// question's text, in index order.
/// </summary>
internal sealed class PhraseSearch(IIndexSnapshotSource index) : IPolicySearch
{
    public Task<IReadOnlyList<Passage>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var hits = index.Current.Documents
            .SelectMany(d => d.Clauses.Where(c => c.Text.Contains(query.Text, StringComparison.Ordinal)).Select(c => (d, c)))
            .Take(query.Top)
            .Select((x, i) => new Passage(i + 1, 1.0 / (i + 1), x.c, x.d))
            .ToArray();
        return Task.FromResult<IReadOnlyList<Passage>>(hits);
    }
}
