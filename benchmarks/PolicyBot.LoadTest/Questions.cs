using System.Text.Json;

namespace PolicyBot.LoadTest;

/// <summary>The questions the driver asks: the first turns of the gold questions when <c>../shared</c> is found, else a few built in.</summary>
public static class Questions
{
    private static readonly string[] BuiltIn =
    [
        "普惠养老机构的补贴标准是多少？",
        "国务院新出的保险业意见里说，哪一年要初步形成保险业高质量发展框架？",
        "文登区推动供销社高质量发展，到2026年定了哪些目标？",
        "威海预算改革意见里对基层“三保”有什么要求？",
        "文登区广电公共服务网点在镇里是怎么设的？",
    ];

    public static IReadOnlyList<string> Load()
    {
        var gold = FindGold();
        if (gold is null) return BuiltIn;
        var questions = File.ReadLines(gold)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("turns")[0].GetString())
            .OfType<string>()
            .ToArray();
        return questions.Length > 0 ? questions : BuiltIn;
    }

    private static string? FindGold()
    {
        var shared = Environment.GetEnvironmentVariable("POLICYBOT_SHARED");
        if (string.IsNullOrEmpty(shared))
        {
            for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PolicyBot.sln")))
                {
                    shared = Path.Combine(dir.FullName, "..", "shared");
                    break;
                }
            }
        }
        var path = shared is null ? null : Path.Combine(shared, "eval", "dev.jsonl");
        return path is not null && File.Exists(path) ? path : null;
    }
}
