namespace PolicyBot.Browser.Tests;

/// <summary>Files of the repository the tests run from (found by walking up to PolicyBot.sln).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PolicyBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("PolicyBot.sln not found above " + AppContext.BaseDirectory);
    }
}
