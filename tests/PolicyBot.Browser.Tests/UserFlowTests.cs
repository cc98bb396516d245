using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PolicyBot.Browser.Tests;

/// <summary>What a hotline agent and a citizen do in the browser, against the real app and the bundled gazette.</summary>
[Collection(BrowserCollection.Name)]
public sealed class UserFlowTests(BrowserSession session)
{
    // Gold question q001: the answer is in 国发〔2024〕21号, section 一、总体要求.
    private const string Question = "国务院新出的保险业意见里说，哪一年要初步形成保险业高质量发展框架？";
    private const string ExpectedDocNumber = "国发〔2024〕21号";

    private async Task<IPage> AskInConsoleAsync(bool phone = false)
    {
        var page = await session.NewPageAsync(phone);
        await page.GotoAsync(session.Origin + "/");
        var box = page.Locator("textarea#question");
        await Expect(box).ToBeEnabledAsync();
        await box.FillAsync(Question);
        await box.PressAsync("Enter");
        await Expect(page.Locator(".answer[aria-busy='false']")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        return page;
    }

    [SkippableFact]
    public async Task Asking_in_the_console_shows_the_cited_document_number()
    {
        Skip.If(session.SkipReason is not null, session.SkipReason);
        var page = await AskInConsoleAsync();

        await Expect(page.Locator(".question p")).ToHaveTextAsync(Question);
        await Expect(page.Locator(".answer__text")).Not.ToBeEmptyAsync();
        await Expect(page.Locator(".citations .citation__docnumber").First).ToHaveTextAsync(ExpectedDocNumber);
        await Expect(page.Locator("textarea#question")).ToHaveValueAsync("");
    }

    [SkippableFact]
    public async Task Shift_enter_breaks_the_line_instead_of_sending()
    {
        Skip.If(session.SkipReason is not null, session.SkipReason);
        var page = await session.NewPageAsync();
        await page.GotoAsync(session.Origin + "/");
        var box = page.Locator("textarea#question");
        await Expect(box).ToBeEnabledAsync();

        await box.PressSequentiallyAsync("第一行");
        await box.PressAsync("Shift+Enter");
        await box.PressSequentiallyAsync("第二行");

        await Expect(box).ToHaveValueAsync("第一行\n第二行");
        await Expect(page.Locator(".question")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task Clicking_a_citation_lands_on_the_highlighted_clause_in_view()
    {
        Skip.If(session.SkipReason is not null, session.SkipReason);
        var page = await AskInConsoleAsync();
        var card = page.Locator(".citations .citation").First;
        var clauseId = await card.GetAttributeAsync("data-clause-ref");

        await card.Locator("a.citation__link").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/documents/[^?]+\?clause="));
        var current = page.Locator("[aria-current='true'][data-clause-id]");
        await Expect(current).ToHaveCountAsync(1);
        await Expect(current).ToHaveAttributeAsync("data-clause-id", clauseId!);
        await Expect(current).ToBeInViewportAsync();
        await Expect(page.Locator("h1")).Not.ToBeEmptyAsync();
        Assert.True(await page.Locator("[data-clause-id]").CountAsync() > 1);
    }

    [SkippableFact]
    public async Task Searching_with_an_issuer_filter_keeps_only_that_issuer()
    {
        Skip.If(session.SkipReason is not null, session.SkipReason);
        var page = await session.NewPageAsync();
        await page.GotoAsync(session.Origin + "/search?q=" + Uri.EscapeDataString("医疗保障基金监管"));
        await Expect(page.Locator("form.lookup[data-interactive='true']")).ToHaveCountAsync(1);
        await Expect(page.Locator(".result").First).ToBeVisibleAsync();
        await Expect(page.Locator(".result mark").First).ToBeVisibleAsync();
        var issuer = (await page.Locator(".result .result__issuer").First.TextContentAsync())!;

        await page.Locator("select[name='issuer']").SelectOptionAsync(issuer);
        await page.Locator("form.lookup button[type='submit']").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("issuer="));
        await Expect(page.Locator(".result").First).ToBeVisibleAsync();
        var issuers = await page.Locator(".result .result__issuer").AllTextContentsAsync();
        Assert.NotEmpty(issuers);
        Assert.All(issuers, i => Assert.Equal(issuer, i));
        Assert.Equal(await page.Locator(".result").CountAsync(), issuers.Count);
    }

    [SkippableFact]
    public async Task The_widget_answers_on_a_third_party_page_without_touching_its_styles()
    {
        Skip.If(session.SkipReason is not null, session.SkipReason);
        var page = await session.NewPageAsync();
        await page.GotoAsync(session.HostPageUrl);
        var launcher = page.Locator("[data-policybot-launcher]");
        await Expect(launcher).ToBeVisibleAsync();
        await Expect(launcher).ToHaveTextAsync("政策问答");

        // The host's greedy button rule does not reach the launcher, and the widget's styles do not reach the host.
        Assert.Equal("rgb(155, 28, 28)", await launcher.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Equal("rgb(255, 255, 0)", await page.Locator("#host-button").EvaluateAsync<string>("e => getComputedStyle(e).color"));
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.PolicyBotWidget === 'object' && document.querySelectorAll('style').length === 1"));

        await launcher.ClickAsync();
        await Expect(launcher).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(page.Locator("[data-policybot-frame]")).ToBeVisibleAsync();
        var frame = page.FrameLocator("[data-policybot-frame]");
        await frame.Locator("textarea#question").FillAsync(Question);
        await frame.Locator("textarea#question").PressAsync("Enter");

        await Expect(frame.Locator(".msg--bot .sources a").First).ToContainTextAsync(ExpectedDocNumber, new() { Timeout = 60_000 });
        await Expect(frame.Locator(".msg--user")).ToHaveTextAsync(Question);

        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("[data-policybot-frame]")).Not.ToBeVisibleAsync();
    }
}
