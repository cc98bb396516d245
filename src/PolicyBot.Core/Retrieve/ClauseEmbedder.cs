using System.Numerics.Tensors;
using Microsoft.Extensions.AI;

namespace PolicyBot.Retrieve;

/// <summary>Embeds clauses and queries through any <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> and quantises clause vectors to int8.</summary>
internal sealed class ClauseEmbedder(IEmbeddingGenerator<string, Embedding<float>> generator)
{
    private const int BatchSize = 64;

    /// <summary>Provider, model and size: part of each document's cache key, so a new model re-embeds.</summary>
    public string Id { get; } = generator.GetService<EmbeddingGeneratorMetadata>() is { } m
        ? $"{m.ProviderName}/{m.DefaultModelId}/{m.DefaultModelDimensions}"
        : generator.GetType().FullName ?? "embedder";

    public async Task<float[]> EmbedAsync(string text, CancellationToken ct)
    {
        var result = await generator.GenerateAsync([text], cancellationToken: ct).ConfigureAwait(false);
        var v = result[0].Vector.ToArray();
        var norm = TensorPrimitives.Norm(v);
        if (norm > 0) TensorPrimitives.Divide(v, norm, v);
        return v;
    }

    public async Task<(sbyte[] Vectors, float[] Scales, int Dimensions)> EmbedQuantizedAsync(IReadOnlyList<string> texts, CancellationToken ct)
    {
        var scales = new float[texts.Count];
        sbyte[]? vectors = null;
        var dims = 0;
        for (var start = 0; start < texts.Count; start += BatchSize)
        {
            var batch = texts.Skip(start).Take(BatchSize).ToArray();
            var result = await generator.GenerateAsync(batch, cancellationToken: ct).ConfigureAwait(false);
            for (var i = 0; i < result.Count; i++)
            {
                var v = result[i].Vector.Span;
                if (vectors is null) { dims = v.Length; vectors = new sbyte[texts.Count * dims]; }
                if (v.Length != dims) throw new InvalidOperationException("The embedding generator returned vectors of different sizes.");
                Quantize(v, vectors.AsSpan((start + i) * dims, dims), out scales[start + i]);
            }
        }
        return (vectors ?? [], scales, dims);
    }

    /// <summary>Unit-normalises and quantises <paramref name="v"/> to int8 with one scale.</summary>
    public static void Quantize(ReadOnlySpan<float> v, Span<sbyte> destination, out float scale)
    {
        var norm = TensorPrimitives.Norm(v);
        var max = Math.Abs(TensorPrimitives.MaxMagnitude(v));
        if (norm == 0 || max == 0) { destination.Clear(); scale = 0; return; }
        var step = max / 127f;
        for (var j = 0; j < v.Length; j++) destination[j] = (sbyte)Math.Round(v[j] / step);
        scale = step / norm;
    }
}
