using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Index;
using PolicyBot.Web.Apis;
using PolicyBot.Web.Hosting;

namespace PolicyBot.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public class HealthAndDocumentsTests(PolicyBotApiFactory factory)
{
    [Fact]
    public async Task Health_is_ok_with_the_gazette_documents_and_optional_dependencies_disabled()
    {
        var client = await factory.ReadyClientAsync();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await Requests.JsonOf(response);
        Assert.Equal("ok", (string?)health["status"]);
        Assert.True((int)health["documents"]! >= 7, $"the gazette holds 7 documents, health says {health["documents"]}");
        Assert.Equal("disabled", (string?)health["llm"]);
        Assert.Equal("disabled", (string?)health["qdrant"]);
    }

    [Fact]
    public async Task Health_says_loading_with_503_until_the_index_is_ready()
    {
        var services = factory.Services;
        var result = await HealthApi.HealthAsync(new IndexReadiness(), services.GetRequiredService<IIndexSnapshotSource>(),
            services.GetRequiredService<DependencyHealth>(), CancellationToken.None);
        var json = Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<HealthReport>>(result.Result);
        Assert.Equal(503, json.StatusCode);
        Assert.Equal("loading", json.Value!.Status);
    }

    [Fact]
    public async Task Documents_lists_the_gazette_in_camelCase_with_filters()
    {
        var client = await factory.ReadyClientAsync();
        var all = (await Requests.JsonOf(await client.GetAsync("/api/documents"))).AsArray();
        var elderly = all.Single(d => (string?)d!["docNumber"] == "鲁政办字〔2024〕110号")!;
        Assert.Contains("失能失智老年人照护服务", (string?)elderly["title"] + (string?)elderly["attachedTitle"]);
        Assert.True((int)elderly["clauseCount"]! > 5);
        Assert.Equal("政策文件", (string?)elderly["level"]);
        Assert.Equal("山东省", (string?)elderly["place"]);
        Assert.NotNull(elderly["source"]);

        var in2024 = (await Requests.JsonOf(await client.GetAsync("/api/documents?year=2024"))).AsArray();
        Assert.Contains(in2024, d => (string?)d!["docNumber"] == "鲁政办字〔2024〕110号");
        var in1999 = (await Requests.JsonOf(await client.GetAsync("/api/documents?year=1999"))).AsArray();
        Assert.Empty(in1999);
    }

    [Theory]
    [InlineData("鲁政办字〔2024〕110号")]
    [InlineData("鲁政办字[2024]110号")]
    [InlineData("鲁政办字（2024）110号")]
    [InlineData("鲁政办字2024年110号")]
    public async Task A_document_is_found_by_any_variant_of_its_number(string variant)
    {
        var client = await factory.ReadyClientAsync();
        var response = await client.GetAsync("/api/documents/" + Uri.EscapeDataString(variant));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Requests.JsonOf(response);
        Assert.Equal("鲁政办字〔2024〕110号", (string?)doc["docNumber"]);
        Assert.Equal("政策文件", (string?)doc["level"]);
        Assert.Contains(doc["clauses"]!.AsArray(), c => ((string?)c!["text"])!.Contains("每月不低于200元"));
        Assert.All(doc["clauses"]!.AsArray(), c => Assert.NotNull((string?)c!["clauseId"]));
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_problem()
    {
        var client = await factory.ReadyClientAsync();
        var response = await client.GetAsync("/api/documents/" + Uri.EscapeDataString("鲁政办字〔1999〕1号"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("鲁政办字〔1999〕1号", (string?)(await Requests.JsonOf(response))["detail"]);
    }

    [Fact]
    public async Task Search_ranks_the_subsidy_clause_first_and_honours_filters()
    {
        var client = await factory.ReadyClientAsync();
        var passages = (await Requests.JsonOf(await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(Requests.Subsidy) + "&top=3"))).AsArray();
        Assert.InRange(passages.Count, 1, 3);
        var first = passages[0]!;
        Assert.Equal(1, (int)first["rank"]!);
        Assert.Equal("鲁政办字〔2024〕110号", (string?)first["docNumber"]);
        Assert.Contains("每月不低于200元", (string?)first["text"]);
        foreach (var key in new[] { "score", "clauseId", "title", "section" }) Assert.NotNull(first[key]);

        var filtered = (await Requests.JsonOf(await client.GetAsync(
            "/api/search?q=" + Uri.EscapeDataString(Requests.Subsidy) + "&docNumber=" + Uri.EscapeDataString("国发[2024]21号")))).AsArray();
        Assert.All(filtered, p => Assert.Equal("国发〔2024〕21号", (string?)p!["docNumber"]));
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=%E5%85%BB%E8%80%81&top=0")]
    [InlineData("/api/search?q=%E5%85%BB%E8%80%81&top=100000")]
    [InlineData("/api/search?q=%E5%85%BB%E8%80%81&top=abc")]
    [InlineData("/api/documents?year=twenty")]
    public async Task Bad_query_strings_are_400_problems(string url)
    {
        var client = await factory.ReadyClientAsync();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_api()
    {
        var client = await factory.ReadyClientAsync();
        var doc = await Requests.JsonOf(await client.GetAsync("/openapi/v1.json"));
        var paths = doc["paths"]!.AsObject();
        foreach (var path in new[] { "/health", "/api/documents", "/api/documents/{docNumber}", "/api/search", "/api/chat", "/api/widget/chat", "/v1/chat/completions", "/v1/models" })
            Assert.True(paths.ContainsKey(path), $"{path} is missing from /openapi/v1.json");
    }
}
