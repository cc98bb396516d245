namespace PolicyBot.Qdrant;

/// <summary>The outcome of a Qdrant health check: reachable or not, and a one-line detail for /health and logs.</summary>
public sealed record QdrantStatus(bool IsAvailable, string Detail);
