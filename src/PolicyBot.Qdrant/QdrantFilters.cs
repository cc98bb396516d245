using PolicyBot.Domain;
using PolicyBot.Retrieve;
using Qdrant.Client.Grpc;
using static Qdrant.Client.Grpc.Conditions;

namespace PolicyBot.Qdrant;

/// <summary>Search filters as Qdrant filters: every set field of a <see cref="SearchFilter"/> becomes a <c>must</c> condition.</summary>
public static class QdrantFilters
{
    /// <summary>The Qdrant filter for <paramref name="filter"/>, or null when it restricts nothing.</summary>
    public static Filter? From(SearchFilter? filter)
    {
        if (filter is null || filter.IsEmpty) return null;
        var result = new Filter();
        if (!string.IsNullOrWhiteSpace(filter.DocNumber)) result.Must.Add(MatchKeyword(QdrantSchema.DocNumber, Canonical(filter.DocNumber)));
        if (!string.IsNullOrWhiteSpace(filter.Issuer)) result.Must.Add(MatchKeyword(QdrantSchema.Issuer, filter.Issuer.Trim()));
        if (filter.Year is int year) result.Must.Add(Match(QdrantSchema.Year, (long)year));
        if (!string.IsNullOrWhiteSpace(filter.Type)) result.Must.Add(MatchKeyword(QdrantSchema.Type, filter.Type.Trim()));
        return result.Must.Count == 0 ? null : result;
    }

    /// <summary>Every point of one document.</summary>
    public static Filter ByDocument(string docNumber) => new() { Must = { MatchKeyword(QdrantSchema.DocNumber, docNumber) } };

    /// <summary>The first clause of every document: the points that carry each document's fingerprint last.</summary>
    public static Filter FirstClauses() => new() { Must = { Match(QdrantSchema.Position, 0L) } };

    /// <summary>A 文号 in any usual variant as stored (canonical); other document ids as given.</summary>
    private static string Canonical(string docNumber) =>
        DocumentNumber.TryParse(docNumber, out var number) ? number.ToString() : docNumber.Trim();
}
