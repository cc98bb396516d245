using Microsoft.Extensions.AI;
using PolicyBot.Text;

namespace PolicyBot.Qdrant.Tests;

/// <summary>
/// A small deterministic embedder for tests that need vectors without a model: character bigrams of the normalised
/// text hashed into <see cref="Dimensions"/> buckets, L2-normalised. Texts sharing wording get similar vectors.
/// </summary>
public sealed class BigramHashEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int Dimensions = 256;

    public int Calls { get; private set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            var s = ChineseText.Normalize(value);
            var vector = new float[Dimensions];
            for (var i = 0; i + 1 < s.Length; i++) vector[TermIndex.Of(s.Substring(i, 2)) % Dimensions] += 1;
            var norm = MathF.Sqrt(vector.Sum(v => v * v));
            if (norm > 0) for (var i = 0; i < vector.Length; i++) vector[i] /= norm;
            else vector[0] = 1;
            result.Add(new Embedding<float>(vector));
        }
        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("test", null, "bigram-hash", Dimensions) : null;

    public void Dispose()
    {
    }
}
