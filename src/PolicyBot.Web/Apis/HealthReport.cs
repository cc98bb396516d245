namespace PolicyBot.Web.Apis;

/// <summary>
/// <c>GET /health</c>: <c>loading</c> (503) until the index is ready, then <c>ok</c> with the number of documents and
/// the state of the optional dependencies (<c>llm</c>, <c>qdrant</c>: ok, unreachable or disabled).
/// </summary>
public sealed record HealthReport(string Status, int Documents, int Clauses, string Llm, string Qdrant)
{
    /// <summary>What is degraded, in one line (e.g. the start-up corpus was not found), or null.</summary>
    public string? Notice { get; init; }
}
