using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PolicyBot.Answer;
using PolicyBot.Contracts;
using PolicyBot.Web.Hosting;

namespace PolicyBot.Web.Apis;

/// <summary><c>POST /api/chat</c>: the staff console's chat, JSON or server-sent events.</summary>
public static class ChatApi
{
    public static IEndpointRouteBuilder MapChatApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Chat")
            .MapPost("/chat", ChatAsync)
            .WithName("Chat")
            .WithSummary("Answers the last user turn of a conversation with cited clauses")
            .WithDescription("Body {messages:[{role, content}]}. JSON AnswerView, or with Accept: text/event-stream " +
                             "`delta` events then a `done` event holding the AnswerView.")
            .Accepts<ChatRequest>("application/json")
            .Produces<AnswerView>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    public static async Task<Results<Ok<AnswerView>, ServerSentEventsResult<string>, ProblemHttpResult>> ChatAsync(
        HttpRequest request, IAnswerer answerer, ChatLog log, IOptions<WebOptions> options, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var (body, problem) = await JsonBody.ReadAsync<ChatRequest>(request, limits.MaxRequestBytes, cancellationToken);
        if (problem is not null) return problem;
        var (turns, error) = ConversationRules.Check(body!.Messages, limits.MaxTurns, limits.MaxQuestionChars);
        if (error is not null) return ApiProblems.BadRequest(error);
        return await ChatReplies.ReplyAsync(request, "chat", turns!, answerer, log, cancellationToken);
    }
}
