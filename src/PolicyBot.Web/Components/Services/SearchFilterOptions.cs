using PolicyBot.Domain;
using PolicyBot.Retrieve;

namespace PolicyBot.Web.Components.Services;

/// <summary>The choices offered by the lookup's filters: the issuers, years and document types present in the index.</summary>
public sealed record SearchFilterOptions(IReadOnlyList<string> Issuers, IReadOnlyList<int> Years, IReadOnlyList<string> Types)
{
    public static SearchFilterOptions From(IReadOnlyList<PolicyDocument> documents) => new(
        documents.Select(d => d.Issuer).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
        documents.Where(d => d.Date is not null).Select(d => d.Date!.Value.Year).Distinct().OrderDescending().ToArray(),
        documents.Select(d => d.Type).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());

    /// <summary>True when <paramref name="document"/> satisfies every field set in <paramref name="filter"/>.</summary>
    public static bool Matches(PolicyDocument document, SearchFilter? filter) =>
        filter is null
        || (filter.DocNumber is null || document.DocNumber == filter.DocNumber)
        && (filter.Issuer is null || document.Issuer == filter.Issuer)
        && (filter.Year is null || document.Date?.Year == filter.Year)
        && (filter.Type is null || document.Type == filter.Type);
}
