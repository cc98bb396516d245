using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using PolicyBot.Answer;
using PolicyBot.Contracts;
using PolicyBot.Domain;
using PolicyBot.Web.Hosting;

namespace PolicyBot.Web.Apis;

/// <summary>
/// Answers a checked conversation as JSON (<see cref="AnswerView"/>), or, when the client accepts
/// <c>text/event-stream</c>, as server-sent events: <c>delta</c> events with pieces of the answer text, then one
/// <c>done</c> event whose data is the whole <see cref="AnswerView"/> JSON (an <c>error</c> event if answering fails).
/// </summary>
public static class ChatReplies
{
    public const string DeltaEvent = "delta";
    public const string DoneEvent = "done";
    public const string ErrorEvent = "error";

    public static async Task<Results<Ok<AnswerView>, ServerSentEventsResult<string>, ProblemHttpResult>> ReplyAsync(
        HttpRequest request, string channel, IReadOnlyList<ChatTurn> turns, IAnswerer answerer, ChatLog log, CancellationToken cancellationToken)
    {
        log.Asked(channel, turns[^1].Content, turns.Count);
        if (WantsEventStream(request))
            return TypedResults.ServerSentEvents(StreamAsync(channel, turns, answerer, log, cancellationToken));
        var answer = await answerer.AnswerAsync(turns, cancellationToken);
        log.Answered(channel, answer.Mode, answer.Grounded, answer.Citations.Count, answer.Notice);
        return TypedResults.Ok(AnswerView.From(answer, NewAnswerId()));
    }

    public static bool WantsEventStream(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase));

    public static string NewAnswerId() => "ans-" + Guid.NewGuid().ToString("N")[..16];

    private static async IAsyncEnumerable<SseItem<string>> StreamAsync(
        string channel, IReadOnlyList<ChatTurn> turns, IAnswerer answerer, ChatLog log, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var id = NewAnswerId();
        await using var updates = answerer.StreamAsync(turns, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            AnswerUpdate? update = null;
            var failed = false;
            try
            {
                if (!await updates.MoveNextAsync()) yield break;
                update = updates.Current;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.Failed(channel, e);
                failed = true;
            }
            if (failed)
            {
                yield return new SseItem<string>(JsonSerializer.Serialize(new { message = "PolicyBot could not finish this answer." }, PolicyBotJson.Options), ErrorEvent);
                yield break;
            }
            if (update!.Final is { } final)
            {
                log.Answered(channel, final.Mode, final.Grounded, final.Citations.Count, final.Notice);
                yield return new SseItem<string>(JsonSerializer.Serialize(AnswerView.From(final, id), PolicyBotJson.Options), DoneEvent);
                yield break;
            }
            if (!string.IsNullOrEmpty(update.Delta)) yield return new SseItem<string>(update.Delta, DeltaEvent);
        }
    }
}
