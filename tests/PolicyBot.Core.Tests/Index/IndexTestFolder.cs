using System.Text.Json;
using PolicyBot.Configuration;
using PolicyBot.Domain;
using PolicyBot.Index;

namespace PolicyBot.Core.Tests.Index;

/// <summary>A temporary folder with an index in <c>index/</c> and input files beside it; deleted afterwards.</summary>
public sealed class IndexTestFolder : IDisposable
{
    public IndexTestFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "policybot-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "input"));
    }

    public string Root { get; }
    public string IndexPath => Path.Combine(Root, "index");

    public static string Gazette { get; } = Path.Combine(FindRepoRoot(), "corpus", "weihai-wendeng-gazette-2024-03.txt");

    public PolicyIndex Open(long maxFileBytes = 50 * 1024 * 1024, int maxClauses = 20_000, int commitEvery = 32) =>
        new(new IndexOptions { Path = IndexPath, MaxFileBytes = maxFileBytes, MaxClausesPerDocument = maxClauses }) { CommitEveryFiles = commitEvery };

    /// <summary>Writes an input file and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Root, "input", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string CopyGazette(string name) => Write(name, File.ReadAllText(Gazette));

    /// <summary>A short 通知 carrying <paramref name="docNumber"/>, the way single documents are published.</summary>
    public string WriteNotice(string name, string docNumber, string subject, string deadline = "2024年12月31日") => Write(name, $"""
        关于{subject}的通知
        {docNumber}
        各区市人民政府，市政府各部门：
        一、{subject}工作要坚持问题导向，明确责任分工，确保各项任务落实到位。
        二、各单位要在{deadline}前报送{subject}工作进展情况。
        威海市人民政府办公室
        2024年3月1日
        """);

    /// <summary>Name, size and write time of every file in the index folder (the retrieval folder aside).</summary>
    public IReadOnlyList<string> IndexFiles() =>
        Directory.EnumerateFiles(IndexPath, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("write.lock", StringComparison.Ordinal))
            .Select(f => $"{Path.GetRelativePath(IndexPath, f)} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f):O}")
            .Order(StringComparer.Ordinal).ToArray();

    /// <summary>A document as comparable text (its source aside).</summary>
    public static string Fingerprint(PolicyDocument d) => JsonSerializer.Serialize(d with { Source = "" });

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PolicyBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("PolicyBot.sln not found above " + AppContext.BaseDirectory);
    }
}
