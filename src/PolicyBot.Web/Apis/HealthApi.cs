using Microsoft.AspNetCore.Http.HttpResults;
using PolicyBot.Index;
using PolicyBot.Web.Hosting;

namespace PolicyBot.Web.Apis;

/// <summary><c>GET /health</c>: 503 <c>{status:"loading"}</c> while the index loads, then 200 with a <see cref="HealthReport"/>.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", HealthAsync)
            .WithTags("Health")
            .WithName("Health")
            .WithSummary("Whether the index is loaded, how many documents it holds, and the state of the LLM and Qdrant");
        return app;
    }

    public static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> HealthAsync(
        IndexReadiness readiness, IIndexSnapshotSource snapshots, DependencyHealth dependencies, CancellationToken cancellationToken)
    {
        var (llm, qdrant) = await dependencies.CheckAsync(cancellationToken);
        if (!readiness.IsReady)
            return TypedResults.Json(new HealthReport("loading", 0, 0, llm, qdrant), statusCode: StatusCodes.Status503ServiceUnavailable);
        var snapshot = snapshots.Current;
        var notice = readiness.Problem ?? Degradation(llm, qdrant);
        return TypedResults.Ok(new HealthReport("ok", snapshot.Documents.Count, snapshot.ClauseCount, llm, qdrant) { Notice = notice });
    }

    private static string? Degradation(string llm, string qdrant) => (llm, qdrant) switch
    {
        (DependencyHealth.Unreachable, DependencyHealth.Unreachable) => "The LLM endpoint and Qdrant are unreachable: answers are extractive.",
        (DependencyHealth.Unreachable, _) => "The LLM endpoint is unreachable: answers are extractive.",
        (_, DependencyHealth.Unreachable) => "Qdrant is unreachable.",
        _ => null,
    };
}
