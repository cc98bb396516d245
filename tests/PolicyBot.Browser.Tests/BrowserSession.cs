using Microsoft.Playwright;

namespace PolicyBot.Browser.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright, the PolicyBot app, and a third-party site that embeds the widget — started
/// once for all browser tests. <see cref="SkipReason"/> says why the flows cannot run on this machine.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private ThirdPartySite? _site;
    private PolicyBotApp? _app;

    public string? SkipReason { get; private set; }
    public IBrowser Browser { get; private set; } = default!;
    public string Origin => _app!.Origin;
    public string HostPageUrl => _site!.PageUrl;
    public string IndexFolder => _app!.IndexFolder;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"{ChromiumPath} is absent: install Debian's Chromium (apt-get install -y chromium fonts-wqy-zenhei).";
            return;
        }
        _site = await ThirdPartySite.StartAsync();
        _app = new PolicyBotApp(_site.Origin);
        SkipReason = await _app.StartAsync();
        if (SkipReason is not null) return;
        _site.Embed(_app.Origin);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page (own cookies and storage) at a desktop size, or at a phone's.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 860 },
            DeviceScaleFactor = 1,
            IsMobile = phone,
            HasTouch = phone,
            Locale = "zh-CN",
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
        _app?.Dispose();
        if (_site is not null) await _site.DisposeAsync();
    }
}
