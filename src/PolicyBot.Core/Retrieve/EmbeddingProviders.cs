namespace PolicyBot.Retrieve;

/// <summary>The values of <c>PolicyBot:Embeddings:Provider</c>, also the service keys of the embedders.</summary>
public static class EmbeddingProviders
{
    public const string Local = "Local";
    public const string Onnx = "Onnx";
    public const string OpenAI = "OpenAI";

    /// <summary>The canonical spelling of a configured provider (case-insensitive; empty means <see cref="Local"/>).</summary>
    public static string Canonical(string? provider) =>
        string.IsNullOrWhiteSpace(provider) ? Local
        : new[] { Local, Onnx, OpenAI }.FirstOrDefault(p => string.Equals(p, provider.Trim(), StringComparison.OrdinalIgnoreCase)) ?? provider.Trim();
}
