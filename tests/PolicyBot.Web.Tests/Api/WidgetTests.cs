using System.Net;

namespace PolicyBot.Web.Tests.Api;

/// <summary>The public widget's limits, on a host that allows 3 widget requests a minute per client.</summary>
public class WidgetTests : IClassFixture<WidgetTests.StrictFactory>
{
    public sealed class StrictFactory : PolicyBotApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
            base.Settings().Where(s => s.Key != "PolicyBot:Widget:PermitsPerMinute").Append(new("PolicyBot:Widget:PermitsPerMinute", "3"));
    }

    private readonly StrictFactory _factory;

    public WidgetTests(StrictFactory factory) => _factory = factory;

    [Fact]
    public async Task The_widget_answers_then_refuses_with_429_and_Retry_After_past_its_rate_limit()
    {
        var client = await _factory.ReadyClientAsync();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
        {
            last = await client.PostAsync("/api/widget/chat", Requests.Chat(Requests.Subsidy));
            statuses.Add(last.StatusCode);
            if (last.StatusCode == HttpStatusCode.OK) Assert.Contains("每月不低于200元", (string?)(await Requests.JsonOf(last))["answer"]);
        }
        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 carries Retry-After in seconds");
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        // The staff API is not limited by the widget's budget.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/chat", Requests.Chat(Requests.Subsidy))).StatusCode);
    }

    [Fact]
    public async Task Cors_lets_only_the_configured_sites_call_the_widget()
    {
        var client = _factory.CreateClient();
        foreach (var (origin, allowed) in new[] { (PolicyBotApiFactory.AllowedOrigin, true), ("https://evil.example", false) })
        {
            var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/widget/chat");
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
            var response = await client.SendAsync(preflight);
            var granted = response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
            Assert.Equal(allowed ? origin : null, granted);
        }
        var staff = new HttpRequestMessage(HttpMethod.Options, "/api/chat");
        staff.Headers.Add("Origin", PolicyBotApiFactory.AllowedOrigin);
        staff.Headers.Add("Access-Control-Request-Method", "POST");
        Assert.False((await client.SendAsync(staff)).Headers.Contains("Access-Control-Allow-Origin"), "the staff API is same-origin only");
    }
}

/// <summary>Widget limits that do not depend on the rate limit (run on the shared host).</summary>
[Collection(ApiCollection.Name)]
public class WidgetLimitTests(PolicyBotApiFactory factory)
{
    [Fact]
    public async Task A_widget_question_past_500_characters_is_400()
    {
        var client = await factory.ReadyClientAsync();
        var response = await client.PostAsync("/api/widget/chat", Requests.Chat(new string('问', 501)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_widget_body_past_32_KiB_is_413()
    {
        var client = await factory.ReadyClientAsync();
        var history = Enumerable.Range(0, 40).Select(_ => new string('史', 400)).Append("补贴标准？").ToArray();
        var response = await client.PostAsync("/api/widget/chat", Requests.Chat(history.Length % 2 == 1 ? history : history[1..]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_widget_streams_like_the_staff_chat()
    {
        var client = await factory.ReadyClientAsync();
        var response = await client.SendAsync(Requests.Post("/api/widget/chat", Requests.Chat(Requests.Subsidy), "text/event-stream"));
        var events = ServerSentEvent.ParseAll(await response.Content.ReadAsStringAsync());
        Assert.Equal("done", events[^1].Type);
        Assert.Contains("鲁政办字〔2024〕110号", events[^1].Data);
    }
}
