using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyBot.Core.Tests.Answer;

/// <summary>
/// A small OpenAI-compatible server on 127.0.0.1 for testing the LLM answerer's protocol: serves
/// POST /v1/chat/completions, plain or as server-sent events when the request asks for <c>stream</c>, with the reply
/// the test scripts, after an optional delay. Records every request body.
/// </summary>
public sealed class LoopbackOpenAiServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly List<JsonNode> _requests = [];

    public LoopbackOpenAiServer(Func<JsonNode, string> reply, TimeSpan delay = default)
    {
        Reply = reply;
        Delay = delay;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Func<JsonNode, string> Reply { get; }
    public TimeSpan Delay { get; }
    public int Port { get; }
    public string Endpoint => $"http://127.0.0.1:{Port}/v1";

    public IReadOnlyList<JsonNode> Requests
    {
        get { lock (_requests) return _requests.ToList(); }
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on (for the connection-refused case).</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = JsonNode.Parse(await reader.ReadToEndAsync())!;
            lock (_requests) _requests.Add(body);
            if (context.Request.Url?.AbsolutePath != "/v1/chat/completions")
            {
                context.Response.StatusCode = 404;
                context.Response.Close();
                return;
            }
            if (Delay > TimeSpan.Zero) await Task.Delay(Delay, _stop.Token);
            var content = Reply(body);
            var model = body["model"]?.GetValue<string>() ?? "test";
            if (body["stream"]?.GetValue<bool>() == true) await StreamAsync(context.Response, model, content);
            else await WriteAsync(context.Response, "application/json", Completion(model, content));
        }
        catch (Exception e) when (e is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away (a timeout test) or the server is stopping.
        }
    }

    private static async Task StreamAsync(HttpListenerResponse response, string model, string content)
    {
        response.ContentType = "text/event-stream";
        response.SendChunked = true;
        var output = response.OutputStream;
        async Task Send(string data)
        {
            var bytes = Encoding.UTF8.GetBytes($"data: {data}\n\n");
            await output.WriteAsync(bytes);
            await output.FlushAsync();
        }
        for (var i = 0; i < content.Length; i += 5)
            await Send(Chunk(model, new JsonObject { ["content"] = content.Substring(i, Math.Min(5, content.Length - i)) }, null));
        await Send(Chunk(model, new JsonObject(), "stop"));
        await Send("[DONE]");
        response.Close();
    }

    private static string Chunk(string model, JsonObject delta, string? finish) => new JsonObject
    {
        ["id"] = "chatcmpl-loopback",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1_700_000_000,
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish }),
    }.ToJsonString();

    private static string Completion(string model, string content) => new JsonObject
    {
        ["id"] = "chatcmpl-loopback",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["completion_tokens"] = 1, ["total_tokens"] = 2 },
    }.ToJsonString();

    private static async Task WriteAsync(HttpListenerResponse response, string contentType, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        try { await _loop; } catch (ObjectDisposedException) { }
        _stop.Dispose();
    }
}
