using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyBot.Core.Tests.Embeddings;

/// <summary>
/// A tiny OpenAI-compatible <c>/v1/embeddings</c> server on 127.0.0.1 for protocol tests. By default each input gets
/// a vector derived from its text (deterministic); <see cref="Respond"/> can replace the reply, e.g. with an error.
/// Every request body is kept in <see cref="Requests"/>.
/// </summary>
public sealed class LoopbackEmbeddingsServer : IDisposable
{
    public const int Dimensions = 8;

    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public LoopbackEmbeddingsServer()
    {
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/v1");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The base URL a client is configured with, ending in <c>/v1</c>.</summary>
    public Uri BaseUrl { get; }

    public ConcurrentQueue<(string Path, string? Authorization, JsonNode Body)> Requests { get; } = new();

    /// <summary>Replaces the default reply: given the request body, returns status and JSON body.</summary>
    public Func<JsonNode, (int Status, string Body)>? Respond { get; set; }

    /// <summary>Send float arrays even when the client asks for base64 (as some servers do).</summary>
    public bool IgnoreEncodingFormat { get; set; }

    /// <summary>The vector the server returns for <paramref name="text"/> (not normalised).</summary>
    public static float[] VectorFor(string text) =>
        Enumerable.Range(0, Dimensions).Select(i => (float)((text.Length * (i + 1) + text.Sum(c => c) % 97) % 13) - 6f).ToArray();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = JsonNode.Parse(await reader.ReadToEndAsync()) ?? new JsonObject();
            var path = context.Request.Url!.AbsolutePath;
            Requests.Enqueue((path, context.Request.Headers["Authorization"], body));
            var (status, reply) = path == "/v1/embeddings"
                ? Respond?.Invoke(body) ?? (200, Embeddings(body))
                : (404, """{"error":{"message":"no such route"}}""");
            var bytes = Encoding.UTF8.GetBytes(reply);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private string Embeddings(JsonNode request)
    {
        var inputs = request["input"] is JsonArray array ? array.Select(n => n!.GetValue<string>()).ToList() : [request["input"]!.GetValue<string>()];
        var base64 = !IgnoreEncodingFormat && request["encoding_format"]?.GetValue<string>() == "base64";
        var data = new JsonArray();
        for (var i = 0; i < inputs.Count; i++)
        {
            var vector = VectorFor(inputs[i]);
            JsonNode embedding = base64
                ? JsonValue.Create(Convert.ToBase64String(vector.SelectMany(BitConverter.GetBytes).ToArray()))
                : new JsonArray(vector.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
            data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
        }
        var reply = new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = request["model"]?.GetValue<string>(),
            ["usage"] = new JsonObject { ["prompt_tokens"] = inputs.Sum(s => s.Length), ["total_tokens"] = inputs.Sum(s => s.Length) },
        };
        return reply.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_listener.IsListening) return;
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
