using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace PolicyBot.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public class DocumentAdminTests(PolicyBotApiFactory factory)
{
    private const string Notice =
        "威海市文登区人民政府办公室关于做好冬季供暖保障工作的通知\n威文政办发〔2024〕99号\n" +
        "各镇人民政府，各街道办事处：\n一、供暖期自11月15日起至次年4月5日止，室温不低于18摄氏度。\n二、供热企业应设立24小时服务热线。\n";

    internal static MultipartFormDataContent Upload(string fileName, string text)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static HttpRequestMessage WithKey(HttpMethod method, string path, string? key, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return request;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-key")]
    [InlineData(PolicyBotApiFactory.AdminKey + "x")]
    public async Task Upload_and_delete_without_the_right_key_are_401(string? key)
    {
        var client = await factory.ReadyClientAsync();
        var upload = await client.SendAsync(WithKey(HttpMethod.Post, "/api/documents", key, Upload("heating.txt", Notice)));
        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
        var delete = await client.SendAsync(WithKey(HttpMethod.Delete, "/api/documents/" + Uri.EscapeDataString("鲁政办字〔2024〕110号"), key));
        Assert.Equal(HttpStatusCode.Unauthorized, delete.StatusCode);
        Assert.NotNull(factory.Services.GetService(typeof(PolicyBot.Index.IIndexSnapshotSource)));
        var still = await client.GetAsync("/api/documents/" + Uri.EscapeDataString("鲁政办字〔2024〕110号"));
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task An_uploaded_document_is_served_searched_and_deleted()
    {
        var client = await factory.ReadyClientAsync();
        var upload = await client.SendAsync(WithKey(HttpMethod.Post, "/api/documents", PolicyBotApiFactory.AdminKey, Upload("heating.txt", Notice)));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var added = (await Requests.JsonOf(upload)).AsArray();
        Assert.Contains(added, d => (string?)d!["docNumber"] == "威文政办发〔2024〕99号");

        var doc = await client.GetAsync("/api/documents/" + Uri.EscapeDataString("威文政办发[2024]99号"));
        Assert.Equal(HttpStatusCode.OK, doc.StatusCode);
        var hits = (await Requests.JsonOf(await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("供暖期室温不低于多少度")))).AsArray();
        Assert.Contains(hits, p => (string?)p!["docNumber"] == "威文政办发〔2024〕99号");

        var delete = await client.SendAsync(WithKey(HttpMethod.Delete, "/api/documents/" + Uri.EscapeDataString("威文政办发〔2024〕99号"), PolicyBotApiFactory.AdminKey));
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/documents/" + Uri.EscapeDataString("威文政办发〔2024〕99号"))).StatusCode);
        var again = await client.SendAsync(WithKey(HttpMethod.Delete, "/api/documents/" + Uri.EscapeDataString("威文政办发〔2024〕99号"), PolicyBotApiFactory.AdminKey));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Uploads_past_the_size_limit_are_413_and_other_bad_uploads_400()
    {
        var client = await factory.ReadyClientAsync();
        var huge = await client.SendAsync(WithKey(HttpMethod.Post, "/api/documents", PolicyBotApiFactory.AdminKey,
            Upload("huge.txt", Notice + new string('文', 8 * 1024 * 1024))));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);

        var exe = await client.SendAsync(WithKey(HttpMethod.Post, "/api/documents", PolicyBotApiFactory.AdminKey, Upload("tool.exe", "MZ")));
        Assert.Equal(HttpStatusCode.BadRequest, exe.StatusCode);

        var noFile = await client.SendAsync(WithKey(HttpMethod.Post, "/api/documents", PolicyBotApiFactory.AdminKey,
            new MultipartFormDataContent { { new StringContent("x"), "other" } }));
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
    }

    [Fact]
    public async Task The_admin_key_never_reaches_the_logs()
    {
        var client = await factory.ReadyClientAsync();
        await client.SendAsync(WithKey(HttpMethod.Delete, "/api/documents/none", PolicyBotApiFactory.AdminKey));
        await client.SendAsync(WithKey(HttpMethod.Delete, "/api/documents/none", "guess-" + PolicyBotApiFactory.AdminKey));
        Assert.DoesNotContain(PolicyBotApiFactory.AdminKey, factory.Logs.Text);
    }
}
