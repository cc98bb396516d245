namespace PolicyBot.Retrieve;

/// <summary>The values of <c>PolicyBot:VectorStore:Provider</c>, also the service keys of the stores and searches.</summary>
public static class VectorStoreProviders
{
    public const string Embedded = "Embedded";
    public const string Qdrant = "Qdrant";

    /// <summary>The canonical spelling of a configured store (case-insensitive; empty means <see cref="Embedded"/>).</summary>
    public static string Canonical(string? provider) =>
        string.IsNullOrWhiteSpace(provider) ? Embedded
        : new[] { Embedded, Qdrant }.FirstOrDefault(p => string.Equals(p, provider.Trim(), StringComparison.OrdinalIgnoreCase)) ?? provider.Trim();
}
