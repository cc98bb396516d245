namespace PolicyBot.Retrieve.Embeddings;

/// <summary>How <see cref="OnnxEmbeddingGenerator"/> turns a model's token vectors into one sentence vector.</summary>
public enum OnnxPooling
{
    /// <summary>Average of the token vectors under the attention mask (sentence-transformers models, e.g. MiniLM).</summary>
    Mean,

    /// <summary>The vector of the first token, <c>[CLS]</c> (bge models recommend this).</summary>
    Cls,
}
