using Microsoft.Extensions.AI;
using PolicyBot.Configuration;

namespace PolicyBot.Retrieve.Embeddings;

/// <summary>Makes the embedding generator <c>PolicyBot:Embeddings</c> asks for: <c>Local</c>, <c>Onnx</c> or <c>OpenAI</c>.</summary>
public static class EmbeddingGeneratorFactory
{
    /// <param name="local">Makes the built-in offline embedder (the default provider).</param>
    /// <exception cref="InvalidOperationException">The configuration is incomplete or names an unknown provider (one-line message).</exception>
    public static IEmbeddingGenerator<string, Embedding<float>> Create(EmbeddingOptions options,
        Func<IEmbeddingGenerator<string, Embedding<float>>> local)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(local);
        var provider = string.IsNullOrWhiteSpace(options.Provider) ? "Local" : options.Provider.Trim();
        if (provider.Equals("Local", StringComparison.OrdinalIgnoreCase)) return local();
        if (provider.Equals("Onnx", StringComparison.OrdinalIgnoreCase)) return CreateOnnx(options);
        if (provider.Equals("OpenAI", StringComparison.OrdinalIgnoreCase)) return CreateOpenAi(options);
        throw new InvalidOperationException(
            $"Unknown embeddings provider “{options.Provider}” in PolicyBot:Embeddings:Provider: use Local, Onnx or OpenAI.");
    }

    private static OnnxEmbeddingGenerator CreateOnnx(EmbeddingOptions options)
    {
        var model = Required(options.ModelPath, "ModelPath", "Onnx", "the .onnx model file");
        var vocab = Required(options.VocabPath, "VocabPath", "Onnx", "the model's vocab.txt");
        if (!File.Exists(model)) throw new InvalidOperationException($"PolicyBot:Embeddings:ModelPath: no such file {Path.GetFullPath(model)}.");
        if (!File.Exists(vocab)) throw new InvalidOperationException($"PolicyBot:Embeddings:VocabPath: no such file {Path.GetFullPath(vocab)}.");
        var pooling = OnnxPooling.Mean;
        if (!string.IsNullOrWhiteSpace(options.Pooling) && !Enum.TryParse(options.Pooling.Trim(), ignoreCase: true, out pooling))
            throw new InvalidOperationException($"PolicyBot:Embeddings:Pooling “{options.Pooling}” is not Mean or Cls.");
        return OnnxEmbeddingGenerator.Create(model, vocab, pooling);
    }

    private static OpenAiEmbeddingGenerator CreateOpenAi(EmbeddingOptions options)
    {
        var endpoint = Required(options.Endpoint, "Endpoint", "OpenAI", "the base URL ending in /v1");
        var model = Required(options.Model, "Model", "OpenAI", "the embedding model's name");
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new InvalidOperationException($"PolicyBot:Embeddings:Endpoint “{endpoint}” is not an http(s) URL such as http://localhost:11434/v1.");
        return OpenAiEmbeddingGenerator.Create(uri, model, options.ApiKey);
    }

    private static string Required(string? value, string key, string provider, string what) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException($"PolicyBot:Embeddings:{key} ({what}) is required when the embeddings provider is {provider}.")
            : value.Trim();
}
