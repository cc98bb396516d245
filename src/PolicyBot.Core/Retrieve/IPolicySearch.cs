using PolicyBot.Domain;

namespace PolicyBot.Retrieve;

/// <summary>Finds the clauses that answer a question. The embedded index and Qdrant both sit behind this.</summary>
public interface IPolicySearch
{
    Task<IReadOnlyList<Passage>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);
}
