using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace PolicyBot.Web.Tests.Api;

/// <summary>
/// Chats and searches while a document is replaced again and again (version 甲, then 乙 under the same file name,
/// then deleted): no reply may show or cite clauses of both versions, i.e. every reply reads one snapshot.
/// </summary>
[Collection(ApiCollection.Name)]
public class ConcurrentReplacementTests(PolicyBotApiFactory factory)
{
    private const string DocNumber = "威文政办发〔2099〕7号";
    private const string Question = "供暖期间居民室内温度不低于多少度？";

    private static string Version(string marker, int degrees) =>
        "威海市文登区人民政府办公室关于做好冬季供暖保障工作的通知\n" + DocNumber + "\n各镇人民政府，各街道办事处：\n" +
        $"一、{marker}规定：供暖期间居民室内温度不低于{degrees}摄氏度。\n" +
        $"二、{marker}规定：供热企业应当设立24小时服务热线，接诉后{degrees / 6}小时内上门。\n" +
        $"三、{marker}规定：供暖期自11月{degrees - 5}日起至次年4月5日止。\n";

    private static HttpRequestMessage Admin(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("X-Api-Key", PolicyBotApiFactory.AdminKey);
        return request;
    }

    private static MultipartFormDataContent Upload(string text)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        return new MultipartFormDataContent { { file, "file", "heating-replace.txt" } };
    }

    [Fact]
    public async Task Replies_never_mix_two_versions_of_a_document_being_replaced()
    {
        var client = await factory.ReadyClientAsync();
        using var stop = new CancellationTokenSource();
        var adminStatuses = new List<HttpStatusCode>();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 8; i++)
            {
                adminStatuses.Add((await client.SendAsync(Admin(HttpMethod.Post, "/api/documents", Upload(Version("甲版", 18))))).StatusCode);
                adminStatuses.Add((await client.SendAsync(Admin(HttpMethod.Post, "/api/documents", Upload(Version("乙版", 20))))).StatusCode);
                adminStatuses.Add((await client.SendAsync(Admin(HttpMethod.Delete, "/api/documents/" + Uri.EscapeDataString(DocNumber)))).StatusCode);
            }
            await stop.CancelAsync();
        });
        var replies = new List<JsonNode>();
        var readers = Enumerable.Range(0, 6).Select(r => Task.Run(async () =>
        {
            var mine = new List<JsonNode>();
            while (!stop.IsCancellationRequested)
            {
                var response = r % 2 == 0
                    ? await client.PostAsync("/api/chat", Requests.Chat(Question))
                    : await client.GetAsync("/api/search?top=10&q=" + Uri.EscapeDataString(Question));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                mine.Add(await Requests.JsonOf(response));
            }
            return mine;
        })).ToArray();
        await writer;
        foreach (var reader in readers) replies.AddRange(await reader);

        Assert.All(adminStatuses, s => Assert.True(s is HttpStatusCode.Created or HttpStatusCode.NoContent, $"admin call returned {s}"));
        var naming = replies.Select(TextsAbout).Where(t => t.Count > 0).ToArray();
        Assert.NotEmpty(naming);
        Assert.All(naming, texts =>
            Assert.False(texts.Any(t => t.Contains("甲版")) && texts.Any(t => t.Contains("乙版")), "a reply mixed two versions: " + string.Join(" | ", texts)));
    }

    /// <summary>The passage texts and citation quotes of one reply that come from the replaced document.</summary>
    private static List<string> TextsAbout(JsonNode reply)
    {
        var texts = new List<string>();
        void Collect(JsonArray items, string field) =>
            texts.AddRange(items.Where(i => (string?)i!["docNumber"] == DocNumber).Select(i => (string?)i![field] ?? ""));
        if (reply is JsonArray passages) Collect(passages, "text");
        else
        {
            Collect(reply["passages"]!.AsArray(), "text");
            Collect(reply["citations"]!.AsArray(), "quote");
        }
        return texts;
    }
}
