using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using PolicyBot.Contracts;

namespace PolicyBot.Web.Apis;

/// <summary>
/// Reads a JSON request body with a size limit, whatever the server: 413 when the body is larger than allowed, 415
/// when it is not JSON, 400 when it does not parse. The API's limits hold the same under Kestrel and in tests.
/// </summary>
public static class JsonBody
{
    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > maxBytes) return (null, TooLarge(maxBytes));
        if (!request.HasJsonContentType()) return (null, ApiProblems.UnsupportedMediaType("Send the body as application/json."));
        var bytes = await ReadLimitedAsync(request, maxBytes, cancellationToken);
        if (bytes is null) return (null, TooLarge(maxBytes));
        if (bytes.Value.Length == 0) return (null, ApiProblems.BadRequest("The request body is empty."));
        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes.Value.Span, PolicyBotJson.Options);
            return value is null ? (null, ApiProblems.BadRequest("The request body is null.")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.BadRequest($"The request body is not valid JSON for this endpoint{Where(e)}."));
        }
    }

    /// <summary>The whole body, or null as soon as it grows past <paramref name="maxBytes"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadLimitedAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string Where(JsonException e) => e.Path is { Length: > 1 } path ? $" (at {path})" : "";

    private static ProblemHttpResult TooLarge(int maxBytes) => ApiProblems.TooLarge($"The request body is larger than {maxBytes} bytes.");
}
