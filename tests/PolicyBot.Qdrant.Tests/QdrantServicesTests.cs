using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PolicyBot.Configuration;
using PolicyBot.Retrieve;

namespace PolicyBot.Qdrant.Tests;

public class QdrantServicesTests
{
    /// <summary>A loopback address where nothing listens, standing for a Qdrant that is down.</summary>
    internal static string ClosedEndpoint()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
    }

    private static ServiceProvider Provider(params (string Key, string Value)[] settings) => Services(settings).BuildServiceProvider();

    private static ServiceCollection Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddOptions<PolicyBotOptions>().Bind(configuration.GetSection(PolicyBotOptions.SectionName));
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>, BigramHashEmbeddingGenerator>();
        services.AddSingleton<IPolicySearch, NoSearch>();
        services.AddPolicyBotQdrant(configuration);
        return services;
    }

    [Fact]
    public void With_the_embedded_store_nothing_changes()
    {
        using var provider = Provider(("PolicyBot:VectorStore:Provider", "Embedded"));

        Assert.IsType<NoSearch>(provider.GetRequiredService<IPolicySearch>());
        Assert.Null(provider.GetService<QdrantHealth>());
        Assert.Empty(provider.GetServices<IHostedService>());
    }

    [Fact]
    public void With_qdrant_the_search_runs_in_qdrant_and_the_index_is_synced_there()
    {
        using var provider = Provider(("PolicyBot:VectorStore:Provider", "qdrant"), ("PolicyBot:Qdrant:Collection", "gazette"));

        Assert.IsType<QdrantPolicySearch>(provider.GetRequiredService<IPolicySearch>());
        Assert.Equal("gazette", provider.GetRequiredService<QdrantClauseStore>().Collection);
        Assert.NotNull(provider.GetRequiredService<QdrantHealth>());
        Assert.Contains(Services(("PolicyBot:VectorStore:Provider", "Qdrant")),
            d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(QdrantSyncService));
    }

    [Theory]
    [InlineData("localhost:6334")]
    [InlineData("grpc://localhost:6334")]
    public void A_malformed_endpoint_gets_a_one_line_error(string endpoint)
    {
        using var provider = Provider(("PolicyBot:VectorStore:Provider", "Qdrant"), ("PolicyBot:Qdrant:Endpoint", endpoint));

        var e = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IPolicySearch>());

        Assert.Contains("PolicyBot:Qdrant:Endpoint", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task An_unreachable_qdrant_is_reported_as_unavailable()
    {
        using var provider = Provider(("PolicyBot:VectorStore:Provider", "Qdrant"), ("PolicyBot:Qdrant:Endpoint", ClosedEndpoint()));
        var health = provider.GetRequiredService<QdrantHealth>();

        var status = await health.CheckAsync();

        Assert.False(status.IsAvailable);
        Assert.False(health.IsAvailable);
        Assert.Contains("unreachable", status.Detail);
        Assert.DoesNotContain('\n', status.Detail);
    }

    [Fact]
    public async Task A_search_while_qdrant_is_down_fails_with_a_clear_exception_the_host_can_fall_back_on()
    {
        var endpoint = ClosedEndpoint();
        using var provider = Provider(("PolicyBot:VectorStore:Provider", "Qdrant"), ("PolicyBot:Qdrant:Endpoint", endpoint));

        var e = await Assert.ThrowsAsync<QdrantUnavailableException>(
            () => provider.GetRequiredService<IPolicySearch>().SearchAsync(new SearchQuery("农资仓储能力要达到多少")));

        Assert.Contains(endpoint, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    private sealed class NoSearch : IPolicySearch
    {
        public Task<IReadOnlyList<Domain.Passage>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<Domain.Passage>>([]);
    }
}
