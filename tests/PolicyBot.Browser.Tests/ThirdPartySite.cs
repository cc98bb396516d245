using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PolicyBot.Browser.Tests;

/// <summary>
/// A second website on its own loopback origin that embeds the widget: it serves docs/example-host.html with the
/// script's src pointed at the PolicyBot under test, as a real third-party page would.
/// </summary>
internal sealed class ThirdPartySite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private string _policyBotOrigin = "";

    private ThirdPartySite(WebApplication app) => _app = app;

    public string Origin { get; private set; } = "";

    public string PageUrl => Origin + "/";

    public static async Task<ThirdPartySite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var site = new ThirdPartySite(builder.Build());
        var page = await File.ReadAllTextAsync(RepositoryFiles.Path("docs", "example-host.html"));
        site._app.MapGet("/", () => Results.Content(page.Replace("http://127.0.0.1:5080", site._policyBotOrigin, StringComparison.Ordinal), "text/html; charset=utf-8"));
        await site._app.StartAsync();
        var address = site._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        site.Origin = address.TrimEnd('/');
        return site;
    }

    /// <summary>Where the embedded script tag points.</summary>
    public void Embed(string policyBotOrigin) => _policyBotOrigin = policyBotOrigin;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
