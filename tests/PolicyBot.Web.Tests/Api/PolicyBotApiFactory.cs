using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyBot.Web.Hosting;

namespace PolicyBot.Web.Tests.Api;

/// <summary>
/// The web host over the bundled gazette, in a temporary data folder, with an admin key and a small widget rate
/// limit.
/// </summary>
public class PolicyBotApiFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-7f3a";
    public const string AllowedOrigin = "https://www.wendeng.gov.cn";

    private readonly string _data = Path.Combine(Path.GetTempPath(), "policybot-web-tests", Guid.NewGuid().ToString("N"));

    public CapturedLogs Logs { get; } = new();

    /// <summary>Settings for this host; override to change limits or to leave the admin key unset.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("PolicyBot:Index:Path", Path.Combine(_data, "index")),
        new("PolicyBot:AdminApiKey", AdminKey),
        new("PolicyBot:Widget:PermitsPerMinute", "1000"),
        new("PolicyBot:Widget:AllowedOrigins:0", AllowedOrigin),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development"); // as `dotnet run` (launchSettings): no stack trace may leak even here
        foreach (var (key, value) in Settings()) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    /// <summary>A client once the start-up corpus is loaded.</summary>
    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = CreateClient();
        await Services.GetRequiredService<IndexReadiness>().WhenReady.WaitAsync(TimeSpan.FromMinutes(2));
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(_data, recursive: true); }
        catch (DirectoryNotFoundException) { }
    }
}
