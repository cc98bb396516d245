namespace PolicyBot.Retrieve;

/// <summary>A clause found by vector search, with its cosine similarity to the query.</summary>
public readonly record struct VectorHit(string ClauseId, float Score);
