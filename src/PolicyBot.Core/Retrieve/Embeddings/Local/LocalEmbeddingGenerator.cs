using Microsoft.Extensions.AI;

namespace PolicyBot.Retrieve.Embeddings.Local;

/// <summary>
/// The default embedding provider (<c>PolicyBot:Embeddings:Provider = Local</c>): offline, deterministic, no model
/// download. Wraps a <see cref="LocalEmbeddingModel"/> (by default the one shipped in <c>embeddings/</c>).
/// </summary>
public sealed class LocalEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ProviderName = "PolicyBot.Local";

    private readonly EmbeddingGeneratorMetadata _metadata;

    public LocalEmbeddingGenerator(LocalEmbeddingModel model)
    {
        Model = model;
        _metadata = new EmbeddingGeneratorMetadata(ProviderName, null, model.Fingerprint, model.Dimensions);
    }

    /// <summary>The generator over the model shipped in <c>embeddings/</c>.</summary>
    public static LocalEmbeddingGenerator LoadDefault() => new(LocalEmbeddingModel.Load(EmbeddingsFolder.LocalModelFile));

    public LocalEmbeddingModel Model { get; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var text in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var vector = new float[Model.Dimensions];
            Model.Embed(text ?? "", vector);
            result.Add(new Embedding<float>(vector) { ModelId = Model.Fingerprint, CreatedAt = null });
        }
        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : serviceType.IsInstanceOfType(this) ? this
        : serviceType == typeof(LocalEmbeddingModel) ? Model
        : null;

    public void Dispose() { }
}
