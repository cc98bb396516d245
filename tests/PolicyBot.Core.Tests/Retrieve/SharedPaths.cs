namespace PolicyBot.Core.Tests.Retrieve;

/// <summary>The repository root and the shared material (<c>../shared</c>, or POLICYBOT_SHARED).</summary>
internal static class SharedPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary><c>../shared</c> beside the repository (or beside a folder above it, for git worktrees), or POLICYBOT_SHARED.</summary>
    public static string Shared
    {
        get
        {
            if (Environment.GetEnvironmentVariable("POLICYBOT_SHARED") is { Length: > 0 } s) return s;
            for (var dir = Directory.GetParent(RepoRoot); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "shared", "eval"))) return Path.Combine(dir.FullName, "shared");
            return Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
        }
    }

    public static string Gazette => Path.Combine(RepoRoot, "corpus", "weihai-wendeng-gazette-2024-03.txt");

    public static string DevQuestions => Path.Combine(Shared, "eval", "dev.jsonl");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PolicyBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("PolicyBot.sln not found above the test output folder.");
    }
}
