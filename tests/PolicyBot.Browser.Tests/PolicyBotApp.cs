using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using PolicyBot.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Answer;
using PolicyBot.Index;
using PolicyBot.Retrieve;

namespace PolicyBot.Browser.Tests;

/// <summary>
/// The real PolicyBot web app on a loopback Kestrel port, with a fresh index folder that it fills from the bundled
/// gazette at start, and the third-party site allowed to embed the widget.
/// </summary>
internal sealed class PolicyBotApp : WebApplicationFactory<Program>
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "policybot-browser-" + Guid.NewGuid().ToString("N"));
    private readonly string _embeddingOrigin;

    public PolicyBotApp(string embeddingOrigin)
    {
        _embeddingOrigin = embeddingOrigin;
        UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
    }

    public string Origin { get; private set; } = "";

    public string IndexFolder => System.IO.Path.Combine(_folder, "index");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("PolicyBot:Index:Path", IndexFolder);
        builder.UseSetting("PolicyBot:Corpus:Path", RepositoryFiles.Path("corpus", "weihai-wendeng-gazette-2024-03.txt"));
        builder.UseSetting("PolicyBot:Widget:AllowedOrigins:0", _embeddingOrigin);
    }

    /// <summary>Starts the server and waits for the index; returns why the flows cannot run here, or null when they can.</summary>
    public async Task<string?> StartAsync()
    {
        var registered = new ServiceCollection().AddPolicyBot(new ConfigurationBuilder().Build());
        var missing = new[] { typeof(IAnswerer), typeof(IPolicySearch), typeof(IIndexSnapshotSource) }
            .Where(t => !registered.Any(d => d.ServiceType == t)).Select(t => t.Name).ToArray();
        if (missing.Length > 0)
            return $"PolicyBot's pipeline is not registered yet ({string.Join(", ", missing)} missing): the flows need real answers.";

        StartServer();

        Origin = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        using var http = new HttpClient { BaseAddress = new Uri(Origin) };
        using (var api = await http.GetAsync("/api/documents"))
            if (api.StatusCode == HttpStatusCode.NotFound)
                return "PolicyBot's HTTP API is not mapped yet (GET /api/documents is 404): the widget and the corpus loading need it.";
        for (var attempt = 0; attempt < 240; attempt++)
        {
            using var response = await http.GetAsync("/health");
            if (response.IsSuccessStatusCode)
            {
                using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                if (health.RootElement.TryGetProperty("documents", out var count) && count.GetInt32() > 0) return null;
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("PolicyBot did not load the bundled gazette within two minutes.");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
