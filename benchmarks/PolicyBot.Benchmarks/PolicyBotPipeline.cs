using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Answer;
using PolicyBot.Configuration;
using PolicyBot.Index;
using PolicyBot.Retrieve;

namespace PolicyBot.Benchmarks;

/// <summary>
/// The product as registered by <c>AddPolicyBot</c> with the shipped configuration (the repository's appsettings.json,
/// then environment variables), over a fresh index folder under the benchmark's work folder: whatever ingest, index,
/// retrieval and answerer the build holds. Fails with one clear line when a stage is missing.
/// </summary>
public sealed class PolicyBotPipeline : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private PolicyBotPipeline(ServiceProvider services, string indexPath)
    {
        _services = services;
        IndexPath = indexPath;
    }

    public string IndexPath { get; }

    public static PolicyBotPipeline Create(string indexPath, IReadOnlyDictionary<string, string?>? settings = null)
    {
        // The shipped configuration (the repository's appsettings.json), then the benchmark's own settings.
        var shipped = FindAppSettings(Directory.GetCurrentDirectory()) ?? FindAppSettings(AppContext.BaseDirectory);
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(shipped ?? "appsettings.json", optional: true)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["PolicyBot:Index:Path"] = indexPath })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPolicyBot(configuration);
        return new PolicyBotPipeline(services.BuildServiceProvider(), indexPath);
    }

    private static string? FindAppSettings(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PolicyBot.sln")))
                return File.Exists(Path.Combine(dir.FullName, "appsettings.json")) ? Path.Combine(dir.FullName, "appsettings.json") : null;
        return null;
    }

    public IPolicySearch Search => Require<IPolicySearch>("the retrieval stage");
    public IAnswerer Answerer => Require<IAnswerer>("the answer stage");

    /// <summary>The registered answerer, or null when the build has none (retrieval benchmarks do not need one).</summary>
    public IAnswerer? AnswererIfAny => _services.GetService<IAnswerer>();
    public IndexSnapshot Snapshot => Require<IIndexSnapshotSource>("the index stage").Current;

    /// <summary>
    /// Ingests <paramref name="files"/> into the index folder (<see cref="PolicyIndex"/>), then runs one search so the
    /// retrieval stage analyses and embeds the new clauses: the time of this call is the whole ingest. Files that fail
    /// are reported on the log; a run where every file fails is an error.
    /// </summary>
    public async Task IngestAsync(IReadOnlyList<string> files, Action<string> log, CancellationToken ct)
    {
        var index = Require<PolicyIndex>("the index stage");
        var search = Search;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var failed = 0;
        await foreach (var result in index.IngestAsync(files, ct))
        {
            if (result.Outcome != IngestOutcome.Failed) continue;
            if (failed++ < 5) log($"ingest failed: {result.Error}");
        }
        if (failed > 0) log($"ingest: {failed} of {files.Count} files failed");
        if (failed == files.Count) throw new BenchmarkException($"PolicyBot could not ingest any of the {files.Count} files");
        log($"ingest: {files.Count} files into the index in {clock.Elapsed.TotalSeconds:0.0} s");
        clock.Restart();
        await search.SearchAsync(new SearchQuery("政策"), ct);
        log($"ingest: analysis and embedding of {Snapshot.ClauseCount:N0} clauses (first search) in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private T Require<T>(string stage) where T : notnull =>
        _services.GetService<T>() ?? throw new BenchmarkException(
            $"PolicyBot side pending: AddPolicyBot registers no {typeof(T).Name} ({stage} is not merged into this build yet)");

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
