using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyBot.Web.Tests.Api;

/// <summary>Small helpers to build requests and read replies in the tests.</summary>
public static class Requests
{
    public const string Subsidy = "普惠养老机构的补贴标准是多少？";

    public static JsonContent Chat(params string[] turns) =>
        JsonContent.Create(new
        {
            messages = turns.Select((t, i) => new { role = i % 2 == 0 ? "user" : "assistant", content = t }).ToArray(),
        });

    public static HttpRequestMessage Post(string path, HttpContent content, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (accept is not null) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return request;
    }

    public static async Task<JsonNode> JsonOf(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new JsonException("null body");

    public static StringContent RawJson(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
