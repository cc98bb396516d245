using PolicyBot.Domain;
using PolicyBot.Retrieve;

namespace PolicyBot.Core.Tests.Answer;

/// <summary>TEST-ONLY search that returns the given clauses for any question (to put chosen text in front of the model).</summary>
internal sealed class FixedPassagesSearch(IReadOnlyList<Passage> passages) : IPolicySearch
{
    public Task<IReadOnlyList<Passage>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => Task.FromResult(passages);
}
