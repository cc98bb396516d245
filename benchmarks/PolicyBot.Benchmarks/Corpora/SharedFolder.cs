namespace PolicyBot.Benchmarks.Corpora;

/// <summary>
/// Where the large shared material lives: <c>../shared</c> beside the repository root (the folder holding
/// PolicyBot.sln) or the nearest <c>shared</c> further up, or the folder named by <c>POLICYBOT_SHARED</c>.
/// </summary>
public sealed record SharedFolder(string Root, string RepoRoot)
{
    public const string EnvironmentVariable = "POLICYBOT_SHARED";

    public string Corpus => Path.Combine(Root, "corpus");
    public string Gold => Path.Combine(Root, "eval", "dev.jsonl");
    public string Laws => Path.Combine(Corpus, "laws");
    public string Policies => Path.Combine(Corpus, "policies");
    public string Stard => Path.Combine(Corpus, "qa", "lecoqa_stard_statute_retrieval.jsonl");
    public string Gazette => Path.Combine(RepoRoot, "corpus", "weihai-wendeng-gazette-2024-03.txt");

    public static SharedFolder Locate()
    {
        var repo = FindRepoRoot(Directory.GetCurrentDirectory()) ?? FindRepoRoot(AppContext.BaseDirectory)
            ?? throw new BenchmarkException("cannot find the repository root (a folder holding PolicyBot.sln) above the current folder");
        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var root = string.IsNullOrWhiteSpace(fromEnv) ? FindShared(repo) : Path.GetFullPath(fromEnv);
        if (!Directory.Exists(Path.Combine(root, "corpus")))
            throw new BenchmarkException($"shared corpora not found at {root} (set {EnvironmentVariable} to the folder holding corpus/ and eval/)");
        return new SharedFolder(root, repo);
    }

    /// <summary><c>../shared</c>, or the nearest <c>shared</c> folder further up (a git worktree sits one level deeper).</summary>
    private static string FindShared(string repo)
    {
        for (var dir = Directory.GetParent(repo); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpus"))) return candidate;
        }
        return Path.GetFullPath(Path.Combine(repo, "..", "shared"));
    }

    private static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PolicyBot.sln"))) return dir.FullName;
        return null;
    }
}
