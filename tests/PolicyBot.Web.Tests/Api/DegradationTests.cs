using System.Net;
using System.Net.Sockets;

namespace PolicyBot.Web.Tests.Api;

/// <summary>
/// A host configured for an LLM endpoint that nobody listens on: /health says so, and chat keeps
/// answering from the gazette, saying in its metadata how the answer was made.
/// </summary>
public class DegradationTests : IClassFixture<DegradationTests.DeadEndpointsFactory>
{
    public sealed class DeadEndpointsFactory : PolicyBotApiFactory
    {
        public static readonly int DeadPort = FreePort();

        protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
            base.Settings().Concat(
            [
                new("PolicyBot:Chat:Provider", "OpenAI"),
                new("PolicyBot:Chat:Endpoint", $"http://127.0.0.1:{DeadPort}/v1"),
                new("PolicyBot:Chat:Model", "qwen2.5:7b"),
                new("PolicyBot:Chat:TimeoutSeconds", "2"),
            ]);

        /// <summary>A loopback port that was free a moment ago: connections to it are refused.</summary>
        private static int FreePort()
        {
            using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }
    }

    private readonly DeadEndpointsFactory _factory;

    public DegradationTests(DeadEndpointsFactory factory) => _factory = factory;

    [Fact]
    public async Task Health_reports_the_unreachable_llm()
    {
        var client = await _factory.ReadyClientAsync();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await Requests.JsonOf(response);
        Assert.Equal("unreachable", (string?)health["llm"]);
        Assert.Equal("disabled", (string?)health["qdrant"]);
        Assert.Contains("extractive", (string?)health["notice"]);
    }

    [Fact]
    public async Task A_configured_but_dead_Qdrant_is_reported_unreachable()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new PolicyBot.Configuration.PolicyBotOptions
        {
            VectorStore = { Provider = "Qdrant" },
            Qdrant = { Endpoint = $"http://127.0.0.1:{DeadEndpointsFactory.DeadPort}" },
        });
        var health = new PolicyBot.Web.Hosting.DependencyHealth(options, Microsoft.Extensions.Logging.Abstractions.NullLogger<PolicyBot.Web.Hosting.DependencyHealth>.Instance);
        Assert.Equal(("disabled", "unreachable"), await health.CheckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_dead_Qdrant_is_reported_unreachable_by_the_adapters_own_health_check()
    {
        var endpoint = $"http://127.0.0.1:{DeadEndpointsFactory.DeadPort}";
        var options = Microsoft.Extensions.Options.Options.Create(new PolicyBot.Configuration.PolicyBotOptions
        {
            VectorStore = { Provider = "Qdrant" },
            Qdrant = { Endpoint = endpoint },
        });
        var qdrant = new PolicyBot.Qdrant.QdrantHealth(PolicyBot.Qdrant.QdrantServices.CreateClient(options.Value.Qdrant), endpoint);
        var health = new PolicyBot.Web.Hosting.DependencyHealth(options,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<PolicyBot.Web.Hosting.DependencyHealth>.Instance, qdrant);

        Assert.Equal(("disabled", "unreachable"), await health.CheckAsync(CancellationToken.None));
        Assert.NotNull(qdrant.Last); // the adapter's check ran, not a bare TCP probe
        Assert.False(qdrant.Last.IsAvailable);
    }

    [Fact]
    public async Task Chat_keeps_answering_and_says_how()
    {
        var client = await _factory.ReadyClientAsync();
        var response = await client.PostAsync("/api/chat", Requests.Chat(Requests.Subsidy));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await Requests.JsonOf(response);
        Assert.Contains("每月不低于200元", (string?)answer["answer"]);
        var mode = (string?)answer["mode"];
        Assert.NotNull(mode);
        if (mode != "extractive") Assert.False(string.IsNullOrWhiteSpace((string?)answer["notice"]), $"mode {mode} comes with a notice");
    }
}
