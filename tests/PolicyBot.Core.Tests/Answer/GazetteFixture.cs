using PolicyBot.Domain;
using PolicyBot.Ingest;
using PolicyBot.Core.Tests.Retrieve;
using PolicyBot.Retrieve;

namespace PolicyBot.Core.Tests.Answer;

/// <summary>The bundled gazette through the real ingest, and the real embedded search over it; shared by the answer tests.</summary>
public sealed class GazetteFixture
{
    public IReadOnlyList<PolicyDocument> Documents => Shared.Value.Documents;

    internal IPolicySearch Search => Shared.Value.Search;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    // Loaded and indexed once for every answer test class.
    private static readonly Lazy<(IReadOnlyList<PolicyDocument> Documents, IPolicySearch Search)> Shared = new(() =>
    {
        var documents = DocumentLoader.Load(Path.Combine(RepositoryRoot, "corpus", "weihai-wendeng-gazette-2024-03.txt"));
        return (documents, new EmbeddedPolicySearch(new StaticSnapshotSource(documents), Gazette.LocalEmbedder));
    });

    /// <summary>The shared folder: POLICYBOT_SHARED, else ../shared beside the repository.</summary>
    public static string SharedRoot
    {
        get
        {
            if (Environment.GetEnvironmentVariable("POLICYBOT_SHARED") is { Length: > 0 } s) return s;
            for (var dir = Directory.GetParent(RepositoryRoot); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "shared", "eval"))) return Path.Combine(dir.FullName, "shared");
            return Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PolicyBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("PolicyBot.sln not found above the test binaries.");
    }
}
