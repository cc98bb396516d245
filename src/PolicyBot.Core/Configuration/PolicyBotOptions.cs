using System.ComponentModel.DataAnnotations;

namespace PolicyBot.Configuration;

/// <summary>The <c>PolicyBot</c> section of appsettings.json (see docs/contract.md and README, "Configuration").</summary>
public sealed class PolicyBotOptions
{
    public const string SectionName = "PolicyBot";

    public IndexOptions Index { get; set; } = new();
    public CorpusOptions Corpus { get; set; } = new();
    public VectorStoreOptions VectorStore { get; set; } = new();
    public QdrantOptions Qdrant { get; set; } = new();
    public EmbeddingOptions Embeddings { get; set; } = new();
    public ChatOptions Chat { get; set; } = new();
    public RetrievalOptions Retrieval { get; set; } = new();

    /// <summary>Key for upload/delete (<c>X-Api-Key</c>); when unset those endpoints are disabled.</summary>
    public string? AdminApiKey { get; set; }
}

public sealed class IndexOptions
{
    [Required] public string Path { get; set; } = "data/index";

    /// <summary>Files larger than this are refused at ingest.</summary>
    [Range(1, long.MaxValue)] public long MaxFileBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Documents with more clauses than this are refused at ingest.</summary>
    [Range(1, int.MaxValue)] public int MaxClausesPerDocument { get; set; } = 20_000;
}

public sealed class CorpusOptions
{
    /// <summary>What the web host ingests at start when the index is empty; defaults to the bundled gazette.</summary>
    public string? Path { get; set; }
}

public sealed class VectorStoreOptions
{
    /// <summary><c>Embedded</c> (default) or <c>Qdrant</c>.</summary>
    public string Provider { get; set; } = "Embedded";
}

public sealed class QdrantOptions
{
    public string Endpoint { get; set; } = "http://localhost:6334";
    public string? ApiKey { get; set; }
    public string Collection { get; set; } = "policybot";
}

public sealed class EmbeddingOptions
{
    /// <summary><c>Local</c> (default, offline), <c>Onnx</c> or <c>OpenAI</c>.</summary>
    public string Provider { get; set; } = "Local";
    public string? ModelPath { get; set; }
    public string? VocabPath { get; set; }

    /// <summary>For <c>Onnx</c>: <c>Mean</c> (default; sentence-transformers models) or <c>Cls</c> (bge models).</summary>
    public string? Pooling { get; set; }
    public string? Endpoint { get; set; }
    public string? Model { get; set; }
    public string? ApiKey { get; set; }
}

public sealed class RetrievalOptions
{
    /// <summary>
    /// A question log (JSONL or TSV of question, document 文号 or source file, clause label): the nearest known questions
    /// vote for the clauses that answered them, and the words they share teach query expansion. Unset: none.
    /// </summary>
    public string? KnownQuestions { get; set; }

    /// <summary>
    /// The places this deployment serves (e.g. 山东省, 威海市, 文登区). Local rules (地方性法规, 地方政府规章) of other
    /// places rank below national provisions unless the question names their place; those of these places do not.
    /// </summary>
    public string[] Places { get; set; } = [];
}

public sealed class ChatOptions
{
    /// <summary><c>Extractive</c> (default, no LLM) or <c>OpenAI</c> (any OpenAI-compatible endpoint).</summary>
    public string Provider { get; set; } = "Extractive";
    public string? Endpoint { get; set; }
    public string? Model { get; set; }
    public string? ApiKey { get; set; }
    [Range(1, 600)] public int TimeoutSeconds { get; set; } = 30;
}
