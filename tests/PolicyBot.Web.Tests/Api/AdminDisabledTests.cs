using System.Net;

namespace PolicyBot.Web.Tests.Api;

/// <summary>A host with no <c>PolicyBot:AdminApiKey</c>: upload and delete are disabled, whatever key is sent.</summary>
public class AdminDisabledTests : IClassFixture<AdminDisabledTests.NoKeyFactory>
{
    public sealed class NoKeyFactory : PolicyBotApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
            base.Settings().Where(s => s.Key != "PolicyBot:AdminApiKey").Append(new("PolicyBot:AdminApiKey", ""));
    }

    private readonly NoKeyFactory _factory;

    public AdminDisabledTests(NoKeyFactory factory) => _factory = factory;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("anything")]
    public async Task Upload_and_delete_are_403_with_a_clear_message(string? key)
    {
        var client = await _factory.ReadyClientAsync();
        var upload = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = DocumentAdminTests.Upload("a.txt", "通知\n甲〔2024〕1号\n正文。") };
        var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/documents/" + Uri.EscapeDataString("鲁政办字〔2024〕110号"));
        if (key is not null) { upload.Headers.Add("X-Api-Key", key); delete.Headers.Add("X-Api-Key", key); }
        foreach (var request in new[] { upload, delete })
        {
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("PolicyBot:AdminApiKey", (string?)(await Requests.JsonOf(response))["detail"]);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/documents/" + Uri.EscapeDataString("鲁政办字〔2024〕110号"))).StatusCode);
    }
}
