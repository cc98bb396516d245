using System.Globalization;
using System.Net;

namespace PolicyBot.LoadTest;

/// <summary>What to run, parsed from the command line; every figure is bounded and the target must be loopback.</summary>
public sealed record LoadSettings
{
    public const int MaxRequests = 100_000;
    public const int MaxConcurrency = 64;
    public const int MaxDurationSeconds = 600;

    public Uri Url { get; init; } = new("http://127.0.0.1:5080");
    public string Scenario { get; init; } = "all";
    public int Requests { get; init; } = 400;
    public int Concurrency { get; init; } = 8;
    public int DurationSeconds { get; init; } = 60;
    public int Replacements { get; init; } = 30;
    public string? AdminKey { get; init; } = Environment.GetEnvironmentVariable("POLICYBOT_ADMIN_KEY");
    public string? Output { get; init; }

    public const string Usage =
        "usage: policybot-load [--url http://127.0.0.1:5080] [--scenario chat|search|replace|all] [--requests N] " +
        "[--concurrency C] [--duration SECONDS] [--replacements N] [--admin-key KEY] [--markdown FILE]\n" +
        "  Runs at most N requests per scenario with C in flight, stopping early after SECONDS; loopback hosts only.\n" +
        "  The replace scenario uploads and deletes a test document (needs the admin key, or POLICYBOT_ADMIN_KEY).";

    public static LoadSettings Parse(string[] args)
    {
        var s = new LoadSettings();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Int(int min, int max)
            {
                var name = args[i];
                var v = int.Parse(Next(), CultureInfo.InvariantCulture);
                return v >= min && v <= max ? v : throw new ArgumentException($"{name} must be between {min} and {max}");
            }
            s = args[i] switch
            {
                "--url" => s with { Url = new Uri(Next()) },
                "--scenario" => s with { Scenario = Next() },
                "--requests" => s with { Requests = Int(1, MaxRequests) },
                "--concurrency" => s with { Concurrency = Int(1, MaxConcurrency) },
                "--duration" => s with { DurationSeconds = Int(1, MaxDurationSeconds) },
                "--replacements" => s with { Replacements = Int(1, 10_000) },
                "--admin-key" => s with { AdminKey = Next() },
                "--markdown" => s with { Output = Next() },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        if (s.Scenario is not ("chat" or "search" or "replace" or "all")) throw new ArgumentException("--scenario must be chat, search, replace or all");
        if (!IsLoopback(s.Url)) throw new ArgumentException($"{s.Url} is not a loopback address: the driver only loads 127.0.0.1");
        return s;
    }

    public static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
