using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace PolicyBot.Retrieve.Embeddings;

/// <summary>
/// Embeds text offline with a BERT-style ONNX model the user supplies (e.g. a Chinese bge model exported to ONNX)
/// and its WordPiece vocabulary: BERT tokenisation (at most <see cref="MaxTokens"/> tokens, longer text is cut),
/// the model's last hidden state pooled (<see cref="OnnxPooling"/>), then L2-normalised, in batches.
/// </summary>
public sealed class OnnxEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>BERT's position limit, <c>[CLS]</c> and <c>[SEP]</c> included.</summary>
    public const int MaxTokens = 512;

    private const int DefaultBatchSize = 16;

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly OnnxPooling _pooling;
    private readonly int _batchSize;
    private readonly bool _takesTokenTypes;
    private readonly string _outputName;
    private readonly EmbeddingGeneratorMetadata _metadata;

    private OnnxEmbeddingGenerator(InferenceSession session, BertTokenizer tokenizer, OnnxPooling pooling, int batchSize, string modelPath)
    {
        _session = session;
        _tokenizer = tokenizer;
        _pooling = pooling;
        _batchSize = batchSize;
        foreach (var required in new[] { "input_ids", "attention_mask" })
        {
            if (!session.InputMetadata.ContainsKey(required))
                throw new InvalidOperationException($"The ONNX model {modelPath} has no input “{required}”; a BERT-style model is expected.");
        }
        _takesTokenTypes = session.InputMetadata.ContainsKey("token_type_ids");
        _outputName = session.OutputMetadata.ContainsKey("last_hidden_state")
            ? "last_hidden_state"
            : session.OutputMetadata.FirstOrDefault(o => o.Value.Dimensions.Length == 3).Key
              ?? throw new InvalidOperationException($"The ONNX model {modelPath} has no token-level output (batch × tokens × dimensions).");
        var dimensions = session.OutputMetadata[_outputName].Dimensions[^1];
        _metadata = new EmbeddingGeneratorMetadata("onnx", new Uri(Path.GetFullPath(modelPath)), Path.GetFileName(modelPath),
            dimensions > 0 ? dimensions : null);
    }

    /// <summary>Loads the model and vocabulary; a missing or unreadable file gets a one-line error naming it.</summary>
    /// <param name="lowerCase">Lower-case before tokenising, as uncased models (MiniLM, bge) expect.</param>
    public static OnnxEmbeddingGenerator Create(string modelPath, string vocabPath, OnnxPooling pooling = OnnxPooling.Mean,
        bool lowerCase = true, int batchSize = DefaultBatchSize)
    {
        if (!File.Exists(modelPath)) throw new FileNotFoundException($"Embedding model not found: {modelPath}", modelPath);
        if (!File.Exists(vocabPath)) throw new FileNotFoundException($"Embedding vocabulary not found: {vocabPath}", vocabPath);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        var tokenizer = BertTokenizer.Create(vocabPath, new BertOptions
        {
            LowerCaseBeforeTokenization = lowerCase,
            IndividuallyTokenizeCjk = true,
            ApplyBasicTokenization = true,
        });
        InferenceSession session;
        try
        {
            session = new InferenceSession(modelPath);
        }
        catch (OnnxRuntimeException e)
        {
            throw new InvalidOperationException($"Cannot load the ONNX model {modelPath}: {e.Message}", e);
        }
        try
        {
            return new OnnxEmbeddingGenerator(session, tokenizer, pooling, batchSize, modelPath);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var tokenized = values.Select(Tokenize).ToList();
        // Texts of similar length share a batch, so little compute goes to padding; results keep the input order.
        var vectors = new float[tokenized.Count][];
        foreach (var batch in Enumerable.Range(0, tokenized.Count).OrderBy(i => tokenized[i].Count).Chunk(_batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var embedded = EmbedBatch(batch.Select(i => tokenized[i]).ToList(), cancellationToken);
            for (var j = 0; j < batch.Length; j++) vectors[batch[j]] = embedded[j];
        }
        var result = new GeneratedEmbeddings<Embedding<float>>(vectors.Length);
        var created = DateTimeOffset.UtcNow;
        foreach (var vector in vectors)
            result.Add(new Embedding<float>(vector) { ModelId = _metadata.DefaultModelId, CreatedAt = created });
        return Task.FromResult(result);
    }

    /// <summary>Token ids of <paramref name="text"/> with <c>[CLS]</c> and <c>[SEP]</c>, at most <see cref="MaxTokens"/>.</summary>
    internal IReadOnlyList<int> Tokenize(string text)
    {
        var body = _tokenizer.EncodeToIds(text, MaxTokens - 2, addSpecialTokens: false, out _, out _);
        var ids = new List<int>(body.Count + 2) { _tokenizer.ClassificationTokenId };
        ids.AddRange(body);
        ids.Add(_tokenizer.SeparatorTokenId);
        return ids;
    }

    private float[][] EmbedBatch(IReadOnlyList<IReadOnlyList<int>> tokenized, CancellationToken cancellationToken)
    {
        var width = tokenized.Max(t => t.Count);
        var count = tokenized.Count;
        var inputIds = new long[count * width];
        var attention = new long[count * width];
        for (var i = 0; i < count; i++)
        {
            var ids = tokenized[i];
            for (var j = 0; j < ids.Count; j++)
            {
                inputIds[i * width + j] = ids[j];
                attention[i * width + j] = 1;
            }
            for (var j = ids.Count; j < width; j++) inputIds[i * width + j] = _tokenizer.PaddingTokenId;
        }

        long[] shape = [count, width];
        var names = new List<string> { "input_ids", "attention_mask" };
        using var idsValue = OrtValue.CreateTensorValueFromMemory(inputIds, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(attention, shape);
        using var typesValue = _takesTokenTypes ? OrtValue.CreateTensorValueFromMemory(new long[count * width], shape) : null;
        var inputs = new List<OrtValue> { idsValue, maskValue };
        if (typesValue is not null)
        {
            names.Add("token_type_ids");
            inputs.Add(typesValue);
        }

        using var runOptions = new RunOptions();
        using var stop = cancellationToken.Register(() => runOptions.Terminate = true);
        using var outputs = _session.Run(runOptions, names, inputs, [_outputName]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var dimensions = (int)outputs[0].GetTensorTypeAndShape().Shape[^1];
        var vectors = new float[count][];
        for (var i = 0; i < count; i++)
            vectors[i] = Pool(hidden.Slice(i * width * dimensions, width * dimensions), attention.AsSpan(i * width, width), dimensions);
        return vectors;
    }

    private float[] Pool(ReadOnlySpan<float> tokens, ReadOnlySpan<long> mask, int dimensions)
    {
        var vector = new float[dimensions];
        if (_pooling == OnnxPooling.Cls)
        {
            tokens[..dimensions].CopyTo(vector);
        }
        else
        {
            var used = 0;
            for (var t = 0; t < mask.Length; t++)
            {
                if (mask[t] == 0) continue;
                used++;
                var token = tokens.Slice(t * dimensions, dimensions);
                for (var d = 0; d < dimensions; d++) vector[d] += token[d];
            }
            for (var d = 0; d < dimensions; d++) vector[d] /= Math.Max(used, 1);
        }
        var norm = MathF.Sqrt(System.Numerics.Tensors.TensorPrimitives.SumOfSquares(vector));
        if (norm > 0) System.Numerics.Tensors.TensorPrimitives.Divide(vector, norm, vector);
        return vector;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose() => _session.Dispose();
}
