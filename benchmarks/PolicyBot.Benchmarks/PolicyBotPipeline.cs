using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Answer;
using PolicyBot.Configuration;
using PolicyBot.Index;
using PolicyBot.Retrieve;

namespace PolicyBot.Benchmarks;

/// <summary>
/// The product as registered by <c>AddPolicyBot</c>, over a fresh index folder under the benchmark's work folder:
/// whatever ingest, index, retrieval and answerer the build holds. Fails with one clear line when a stage is missing.
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
        var configuration = new ConfigurationBuilder()
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

    public IPolicySearch Search => Require<IPolicySearch>("the retrieval stage");
    public IAnswerer Answerer => Require<IAnswerer>("the answer stage");
    public IndexSnapshot Snapshot => Require<IIndexSnapshotSource>("the index stage").Current;

    /// <summary>Ingests <paramref name="files"/> into the index; returns the bytes read.</summary>
    public Task<long> IngestAsync(IReadOnlyList<string> files, CancellationToken ct)
    {
        _ = files;
        ct.ThrowIfCancellationRequested();
        throw new BenchmarkException("PolicyBot side pending: this build has no index writer (the index stage's PolicyIndex is not merged yet)");
    }

    private T Require<T>(string stage) where T : notnull =>
        _services.GetService<T>() ?? throw new BenchmarkException(
            $"PolicyBot side pending: AddPolicyBot registers no {typeof(T).Name} ({stage} is not merged into this build yet)");

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
