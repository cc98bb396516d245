using Qdrant.Client;

namespace PolicyBot.Qdrant.Tests;

/// <summary>
/// The real Qdrant named by <c>QDRANT_URL</c> (e.g. <c>http://localhost:6334</c>, API key in <c>QDRANT_API_KEY</c>)
/// for integration tests, each in its own throw-away collection. Without the variable the tests skip.
/// </summary>
public sealed class QdrantServer : IDisposable
{
    public const string SkipReason = "QDRANT_URL is not set: start Qdrant (docker compose up -d qdrant) and set QDRANT_URL=http://localhost:6334 to run the Qdrant integration tests.";

    private readonly List<string> _collections = [];
    private readonly Lazy<QdrantClient> _client;

    public QdrantServer()
    {
        Url = Environment.GetEnvironmentVariable("QDRANT_URL") is { Length: > 0 } url ? url : null;
        _client = new(() => new QdrantClient(new Uri(Url!), Environment.GetEnvironmentVariable("QDRANT_API_KEY")));
    }

    public string? Url { get; }

    public QdrantClient Client => _client.Value;

    /// <summary>A store on a fresh collection, deleted when the tests end.</summary>
    public QdrantClauseStore NewStore()
    {
        var name = $"policybot-test-{Guid.NewGuid():N}";
        _collections.Add(name);
        return new QdrantClauseStore(Client, name, Url!);
    }

    public void Dispose()
    {
        if (!_client.IsValueCreated) return;
        foreach (var name in _collections)
        {
            try
            {
                Client.DeleteCollectionAsync(name).GetAwaiter().GetResult();
            }
            catch (Grpc.Core.RpcException)
            {
                // never created, or already gone
            }
        }
        Client.Dispose();
    }
}
