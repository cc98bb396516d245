using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PolicyBot.Browser.Tests;

/// <summary>
/// Pictures of every surface, on a desktop and a phone, into docs/screenshots/. Runs only when asked:
/// <c>POLICYBOT_SCREENSHOTS=1 dotnet test tests/PolicyBot.Browser.Tests --filter Screenshots</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Screenshots(BrowserSession session)
{
    private static readonly string Folder = RepositoryFiles.Path("docs", "screenshots");

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_surface(bool phone)
    {
        Skip.If(Environment.GetEnvironmentVariable("POLICYBOT_SCREENSHOTS") is null, "set POLICYBOT_SCREENSHOTS=1 to write docs/screenshots/*.png");
        Skip.If(session.SkipReason is not null, session.SkipReason);
        Directory.CreateDirectory(Folder);
        var size = phone ? "phone" : "desktop";
        var page = await session.NewPageAsync(phone);

        await page.GotoAsync(session.Origin + "/");
        var box = page.Locator("textarea#question");
        await Expect(box).ToBeEnabledAsync();
        await box.FillAsync("失能老年人照护服务有哪些支持措施？由哪个部门牵头？");
        await box.PressAsync("Enter");
        await Expect(page.Locator(".answer[aria-busy='false']")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await ShotAsync(page, $"console-{size}");

        await page.Locator(".citations a.citation__link").First.ClickAsync();
        await Expect(page.Locator("[aria-current='true'][data-clause-id]")).ToBeInViewportAsync();
        await ShotAsync(page, $"document-{size}");

        await page.GotoAsync(session.Origin + "/search?q=" + Uri.EscapeDataString("养老服务补贴"));
        await Expect(page.Locator(".result").First).ToBeVisibleAsync();
        await ShotAsync(page, $"search-{size}");

        await page.GotoAsync(session.Origin + "/documents");
        await Expect(page.Locator("table.doclist")).ToBeVisibleAsync();
        await ShotAsync(page, $"documents-{size}");

        await page.GotoAsync(session.HostPageUrl);
        await page.Locator("[data-policybot-launcher]").ClickAsync();
        var frame = page.FrameLocator("[data-policybot-frame]");
        await frame.Locator("textarea#question").FillAsync("失能老人照护有哪些补贴？");
        await frame.Locator("textarea#question").PressAsync("Enter");
        await Expect(frame.Locator(".msg--bot:not(.msg--pending), .msg--error").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await ShotAsync(page, $"widget-{size}");
        await page.Context.CloseAsync();
    }

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png") });
}
