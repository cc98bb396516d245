using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PolicyBot.Web.Tests.Api;

/// <summary>
/// Behind a reverse proxy every visitor arrives from the proxy's address: the widget's rate limit must count the
/// visitor named in X-Forwarded-For, but only when the proxy is trusted (anyone can send the header).
/// </summary>
public class TrustedProxyTests : IClassFixture<TrustedProxyTests.ProxiedFactory>
{
    /// <summary>Two widget questions a minute per visitor; proxies in 10.0.0.0/8 are trusted.</summary>
    public sealed class ProxiedFactory : PolicyBotApiFactory
    {
        public const string RemoteHeader = "X-Test-Remote-Address";

        protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
            base.Settings().Where(s => s.Key != "PolicyBot:Widget:PermitsPerMinute")
                .Append(new("PolicyBot:Widget:PermitsPerMinute", "2"))
                .Append(new("PolicyBot:Web:TrustedProxies:0", "10.0.0.0/8"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // The test server has no sockets: the address a request came from is taken from a test header, first thing.
            builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, RemoteAddressFromHeader>());
        }

        private sealed class RemoteAddressFromHeader : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
                {
                    if (IPAddress.TryParse(context.Request.Headers[RemoteHeader], out var address)) context.Connection.RemoteIpAddress = address;
                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }

    private readonly ProxiedFactory _factory;

    public TrustedProxyTests(ProxiedFactory factory) => _factory = factory;

    private static async Task<HttpStatusCode> AskAsync(HttpClient client, string remote, string forwardedFor)
    {
        using var request = Requests.Post("/api/widget/chat", Requests.Chat(Requests.Subsidy));
        request.Headers.Add(ProxiedFactory.RemoteHeader, remote);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Visitors_behind_a_trusted_proxy_each_have_their_own_budget_and_a_forged_header_is_ignored()
    {
        var client = await _factory.ReadyClientAsync();

        // Visitor A, through the proxy, spends the budget.
        Assert.Equal(HttpStatusCode.OK, await AskAsync(client, "10.0.0.5", "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await AskAsync(client, "10.0.0.5", "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await AskAsync(client, "10.0.0.5", "203.0.113.1"));
        // Visitor B, through the same proxy, still gets answers.
        Assert.Equal(HttpStatusCode.OK, await AskAsync(client, "10.0.0.5", "203.0.113.2"));

        // A client that is not a trusted proxy cannot pose as a fresh visitor by forging the header.
        Assert.Equal(HttpStatusCode.OK, await AskAsync(client, "198.51.100.7", "203.0.113.50"));
        Assert.Equal(HttpStatusCode.OK, await AskAsync(client, "198.51.100.7", "203.0.113.51"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await AskAsync(client, "198.51.100.7", "203.0.113.52"));
    }
}
