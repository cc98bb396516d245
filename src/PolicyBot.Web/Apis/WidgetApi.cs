using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PolicyBot.Answer;
using PolicyBot.Contracts;
using PolicyBot.Web.Hosting;

namespace PolicyBot.Web.Apis;

/// <summary>
/// <c>POST /api/widget/chat</c>: the public widget's chat. Same replies as <c>/api/chat</c>, with tighter limits: a
/// per-client rate limit (429 with Retry-After), a shorter question (400) and a smaller body (413), and CORS open only
/// to <c>PolicyBot:Widget:AllowedOrigins</c>.
/// </summary>
public static class WidgetApi
{
    public const string RateLimitPolicy = "widget";
    public const string CorsPolicy = "widget";

    public static IEndpointRouteBuilder MapWidgetApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/widget").WithTags("Widget")
            .RequireCors(CorsPolicy)
            .RequireRateLimiting(RateLimitPolicy)
            .MapPost("/chat", ChatAsync)
            .WithName("WidgetChat")
            .WithSummary("The public widget's chat: rate-limited per client")
            .Accepts<ChatRequest>("application/json")
            .Produces<AnswerView>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    public static async Task<Results<Ok<AnswerView>, ServerSentEventsResult<string>, ProblemHttpResult>> ChatAsync(
        HttpRequest request, IAnswerer answerer, ChatLog log, IOptions<WidgetOptions> widget, IOptions<WebOptions> web, CancellationToken cancellationToken)
    {
        var limits = widget.Value;
        var (body, problem) = await JsonBody.ReadAsync<ChatRequest>(request, limits.MaxRequestBytes, cancellationToken);
        if (problem is not null) return problem;
        var (turns, error) = ConversationRules.Check(body!.Messages, web.Value.MaxTurns, limits.MaxQuestionChars);
        if (error is not null) return ApiProblems.BadRequest(error);
        return await ChatReplies.ReplyAsync(request, "widget", turns!, answerer, log, cancellationToken);
    }
}
