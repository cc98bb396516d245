using PolicyBot.Domain;
using PolicyBot.Ingest;
using PolicyBot.Retrieve;
using PolicyBot.Retrieve.Embeddings.Local;

namespace PolicyBot.Core.Tests.Retrieve;

/// <summary>The bundled gazette as the ingest stage reads it, and the shipped local embedder, shared by the retrieval tests.</summary>
internal static class Gazette
{
    private static readonly Lazy<IReadOnlyList<PolicyDocument>> Loaded = new(() => DocumentLoader.Load(SharedPaths.Gazette));

    private static readonly Lazy<LocalEmbeddingGenerator> Embedder = new(LocalEmbeddingGenerator.LoadDefault);

    public static IReadOnlyList<PolicyDocument> Documents => Loaded.Value;

    public static LocalEmbeddingGenerator LocalEmbedder => Embedder.Value;

    public static EmbeddedPolicySearch Search(SearchTuning? tuning = null, string? cacheFolder = null, StaticSnapshotSource? source = null) =>
        new(source ?? new StaticSnapshotSource(Documents), LocalEmbedder, cacheFolder: cacheFolder, tuning: tuning);
}
