using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAIClientOptions = OpenAI.OpenAIClientOptions;
using EmbeddingClient = OpenAI.Embeddings.EmbeddingClient;

namespace PolicyBot.Retrieve.Embeddings;

/// <summary>
/// Embeds text with any OpenAI-compatible <c>/v1/embeddings</c> endpoint (OpenAI, Azure OpenAI, Ollama, vLLM …)
/// through Microsoft.Extensions.AI.OpenAI. Failures surface as <see cref="EmbeddingServiceException"/> with a
/// one-line message naming the endpoint and what it said.
/// </summary>
public sealed class OpenAiEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly Uri _endpoint;

    private OpenAiEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, Uri endpoint) : base(inner) =>
        _endpoint = endpoint;

    /// <param name="endpoint">Base URL ending in <c>/v1</c>, e.g. <c>http://localhost:11434/v1</c>.</param>
    /// <param name="apiKey">Sent as a bearer token; servers that need none (Ollama, vLLM) may get null.</param>
    /// <param name="timeout">How long one request may take.</param>
    public static OpenAiEmbeddingGenerator Create(Uri endpoint, string model, string? apiKey, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            NetworkTimeout = timeout ?? TimeSpan.FromSeconds(60),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 1),
        };
        var client = new EmbeddingClient(model, new ApiKeyCredential(string.IsNullOrEmpty(apiKey) ? "unused" : apiKey), options);
        return new OpenAiEmbeddingGenerator(client.AsIEmbeddingGenerator(), endpoint);
    }

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.GenerateAsync(values, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Describe(e, cancellationToken) is string message)
        {
            throw new EmbeddingServiceException(message, e);
        }
    }

    /// <summary>A one-line account of a failed request, or null for exceptions that are not the endpoint's doing.</summary>
    private string? Describe(Exception e, CancellationToken cancellationToken) => e switch
    {
        // The client's retry policy gathers the failures of each attempt; the last one tells.
        AggregateException a when a.InnerExceptions.Count > 0 => Describe(a.InnerExceptions[^1], cancellationToken),
        ClientResultException { Status: 0 } r => $"The embeddings endpoint {_endpoint} cannot be reached: {OneLine(r.InnerException?.Message ?? r.Message)}",
        ClientResultException r => $"The embeddings endpoint {_endpoint} answered {r.Status}{(ErrorMessage(r) is { } said ? ": " + said : "")}",
        HttpRequestException h => $"The embeddings endpoint {_endpoint} cannot be reached: {OneLine(h.Message)}",
        TaskCanceledException when !cancellationToken.IsCancellationRequested => $"The embeddings endpoint {_endpoint} did not answer in time.",
        JsonException or FormatException or InvalidOperationException or KeyNotFoundException =>
            $"The embeddings endpoint {_endpoint} sent a reply that is not an embeddings response: {OneLine(e.Message)}",
        _ => null,
    };

    /// <summary>The <c>error.message</c> of an OpenAI-style error body, else the body's first line.</summary>
    private static string? ErrorMessage(ClientResultException e)
    {
        var body = e.GetRawResponse()?.Content?.ToString();
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.String) return OneLine(error.GetString()!);
                if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var message)
                    && message.ValueKind == JsonValueKind.String)
                    return OneLine(message.GetString()!);
            }
        }
        catch (JsonException)
        {
            // not JSON: fall through to the raw text
        }
        return OneLine(body);
    }

    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= 300 ? line : line[..300] + "…";
    }
}
