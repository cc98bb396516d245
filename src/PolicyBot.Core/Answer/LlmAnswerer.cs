using System.ClientModel;
using System.ClientModel.Primitives;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using OpenAI;
using PolicyBot.Configuration;
using PolicyBot.Domain;
using PolicyBot.Retrieve;

namespace PolicyBot.Answer;

/// <summary>
/// Answers through any OpenAI-compatible chat endpoint with Semantic Kernel: the retrieved clauses go into the prompt as
/// numbered data, the model cites them by [n], and the answer is checked (<see cref="GroundingCheck"/>). An answer that
/// fails the check, a timeout or an unreachable endpoint falls back to the extractive answer, saying why.
/// </summary>
public sealed class LlmAnswerer : IAnswerer
{
    private readonly IPolicySearch _search;
    private readonly ExtractiveAnswerer _extractive;
    private readonly Kernel _kernel;
    private readonly KernelFunction _answer;
    private readonly KernelFunction _rewrite;
    private readonly TimeSpan _timeout;
    private readonly ILogger _logger;

    public LlmAnswerer(IPolicySearch search, ExtractiveAnswerer extractive, PromptLibrary prompts, ChatOptions options, ILogger<LlmAnswerer>? logger = null)
    {
        if (string.IsNullOrWhiteSpace(options.Endpoint) || !Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint))
            throw new ArgumentException("PolicyBot:Chat:Endpoint must be the base URL of an OpenAI-compatible API, ending in /v1.", nameof(options));
        if (string.IsNullOrWhiteSpace(options.Model)) throw new ArgumentException("PolicyBot:Chat:Model must name the chat model.", nameof(options));
        _search = search;
        _extractive = extractive;
        _timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        _logger = logger ?? NullLogger<LlmAnswerer>.Instance;
        var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "unused" : options.ApiKey), new OpenAIClientOptions
        {
            Endpoint = endpoint,
            NetworkTimeout = _timeout,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        });
        _kernel = Kernel.CreateBuilder().AddOpenAIChatCompletion(options.Model, client).Build();
        var plugin = prompts.CreatePlugin(_kernel);
        _answer = plugin[PromptLibrary.AnswerFunction];
        _rewrite = plugin[PromptLibrary.RewriteFollowUpFunction];
    }

    public async Task<PolicyAnswer> AnswerAsync(IReadOnlyList<ChatTurn> conversation, CancellationToken cancellationToken = default)
    {
        PolicyAnswer? final = null;
        await foreach (var update in RunAsync(conversation, streamDeltas: false, cancellationToken).ConfigureAwait(false))
            final = update.Final ?? final;
        return final!;
    }

    public IAsyncEnumerable<AnswerUpdate> StreamAsync(IReadOnlyList<ChatTurn> conversation, CancellationToken cancellationToken = default) =>
        RunAsync(conversation, streamDeltas: true, cancellationToken);

    private async IAsyncEnumerable<AnswerUpdate> RunAsync(IReadOnlyList<ChatTurn> conversation, bool streamDeltas,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = SearchQuery.FromConversation(conversation, ExtractiveAnswerer.SearchDepth);
        PolicyAnswer answer;
        var standalone = await StandaloneQuestionAsync(query, cancellationToken).ConfigureAwait(false);
        var passages = await _search.SearchAsync(query with { Text = standalone }, cancellationToken).ConfigureAwait(false);
        if (passages.Count == 0) answer = _extractive.Compose(conversation, passages);
        else
        {
            var context = ClauseContext.Build(passages);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(_timeout);
            string? reply = null;
            string? failure = null;
            try
            {
                reply = await CompleteAsync(context, query, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = $"大模型服务在 {_timeout.TotalSeconds:0} 秒内没有答复";
            }
            catch (Exception e) when (e is HttpOperationException or HttpRequestException or ClientResultException or KernelException or IOException)
            {
                _logger.LogWarning("The chat endpoint failed: {Message}", e.Message);
                failure = "大模型服务无法连接";
            }
            answer = failure is not null ? Fallback(conversation, passages, failure) : FromReply(conversation, reply!, context, passages);
        }

        if (streamDeltas)
            foreach (var delta in AnswerStream.Deltas(answer.Text)) yield return new AnswerUpdate(delta);
        yield return new AnswerUpdate(null, answer);
    }

    /// <summary>The model's reply, read through SK's streaming chat API.</summary>
    private async Task<string> CompleteAsync(ClauseContext context, SearchQuery query, CancellationToken cancellationToken)
    {
        var arguments = new KernelArguments
        {
            ["clauses"] = context.Text,
            ["history"] = HistoryText(query.History),
            ["question"] = query.Text,
        };
        var reply = new StringBuilder();
        await foreach (var chunk in _kernel.InvokeStreamingAsync<StreamingChatMessageContent>(_answer, arguments, cancellationToken).ConfigureAwait(false))
            reply.Append(chunk.Content);
        return reply.ToString().Trim();
    }

    /// <summary>A follow-up rewritten as a standalone question for search; the question as asked when there is no history or the model fails.</summary>
    private async Task<string> StandaloneQuestionAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        if (!query.History.Any(t => t.IsUser)) return query.Text;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout / 2);
        try
        {
            var result = await _kernel.InvokeAsync(_rewrite, new KernelArguments
            {
                ["history"] = HistoryText(query.History),
                ["question"] = query.Text,
            }, deadline.Token).ConfigureAwait(false);
            var rewritten = result.GetValue<string>()?.Trim();
            return string.IsNullOrEmpty(rewritten) || rewritten.Length > 200 ? query.Text : rewritten;
        }
        catch (Exception e) when (e is HttpOperationException or HttpRequestException or ClientResultException or KernelException or IOException or OperationCanceledException)
        {
            _logger.LogInformation("Follow-up rewrite skipped: {Message}", e.Message);
            cancellationToken.ThrowIfCancellationRequested();
            return query.Text;
        }
    }

    private PolicyAnswer FromReply(IReadOnlyList<ChatTurn> conversation, string reply, ClauseContext context, IReadOnlyList<Passage> passages)
    {
        if (GroundingCheck.IsNotFound(reply))
        {
            var refusal = _extractive.Compose(conversation, passages);
            return refusal.Grounded
                ? new PolicyAnswer { Text = AnswerText.Refusal(AnswerText.NothingFound), Grounded = false, Related = refusal.Citations.Take(2).ToList(), Mode = "llm" }
                : refusal with { Mode = "llm" };
        }
        var verdict = GroundingCheck.Verify(reply, context.Given);
        if (!verdict.Ok) return Fallback(conversation, passages, $"大模型的答案未通过核验（{verdict.Problem}）");

        var cited = verdict.Cited.Select(n => (Number: n, Passage: context.Given[n - 1])).ToList();
        var text = new StringBuilder(reply).AppendLine().AppendLine(AnswerText.SourcesHeading);
        foreach (var (n, p) in cited) text.AppendLine($"[{n}] {SourceLabels.SourceLine(p.Document, p.Clause)}");
        return new PolicyAnswer
        {
            Text = text.ToString().TrimEnd(),
            Grounded = true,
            Citations = cited.Select(c => new Citation(c.Passage.DocNumber, SourceLabels.TitleOf(c.Passage.Document), c.Passage.Section, c.Passage.ClauseId, QuoteFor(reply, c.Passage))
            {
                Responsibility = ResponsibilityNotes.Of(c.Passage.Clause),
            }).ToList(),
            Passages = cited.Select(c => c.Passage).Concat(passages).DistinctBy(p => p.ClauseId).Take(5).ToList(),
            Mode = "llm",
        };
    }

    private PolicyAnswer Fallback(IReadOnlyList<ChatTurn> conversation, IReadOnlyList<Passage> passages, string reason)
    {
        _logger.LogInformation("Answering extractively: {Reason}", reason);
        return _extractive.Compose(conversation, passages) with { Mode = "extractive-fallback", Notice = $"{reason}，以下为摘录式答案。" };
    }

    /// <summary>The sentence of the clause that shares most characters with the reply.</summary>
    private static string QuoteFor(string reply, Passage passage)
    {
        var replyChars = reply.ToHashSet();
        return Sentences.Split(passage.Text).OrderByDescending(s => s.Count(replyChars.Contains) / (double)Math.Max(1, s.Length) * Math.Min(s.Length, 60)).FirstOrDefault() ?? passage.Text;
    }

    private static string HistoryText(IReadOnlyList<ChatTurn> history)
    {
        var turns = history.Where(t => t.IsUser || t.Role.Equals(ChatTurn.Assistant, StringComparison.OrdinalIgnoreCase)).TakeLast(6).ToList();
        return turns.Count == 0 ? "（无）" : string.Join("\n", turns.Select(t => $"{(t.IsUser ? "用户" : "助手")}：{t.Content}"));
    }
}
