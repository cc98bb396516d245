using PolicyBot.Domain;
using PolicyBot.Ingest;

namespace PolicyBot.Core.Tests.Ingest;

/// <summary>Where the bundled gazette and the shared material (<c>../shared</c> or POLICYBOT_SHARED) are.</summary>
internal static class TestCorpus
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string GazettePath => Path.Combine(RepoRoot, "corpus", "weihai-wendeng-gazette-2024-03.txt");

    /// <summary>The shared folder, or null when it is not there (tests that need it are skipped).</summary>
    public static string? Shared
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("POLICYBOT_SHARED");
            if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
            var sibling = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(sibling) ? sibling : null;
        }
    }

    private static readonly Lazy<IReadOnlyList<PolicyDocument>> LazyGazette = new(() => DocumentLoader.Load(GazettePath));

    /// <summary>The gazette, parsed once per test run.</summary>
    public static IReadOnlyList<PolicyDocument> Gazette => LazyGazette.Value;

    public static PolicyDocument Document(string docNumber) => Gazette.Single(d => d.DocNumber == docNumber);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "corpus", "weihai-wendeng-gazette-2024-03.txt"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (corpus/weihai-wendeng-gazette-2024-03.txt)");
    }
}
