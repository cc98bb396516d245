using System.Runtime.CompilerServices;
using PolicyBot.Answer;
using PolicyBot.Domain;

namespace PolicyBot.Web.Tests.Components;

/// <summary>Streams a prepared answer in pieces and records every conversation it was asked, so tests see what the console sends.</summary>
internal sealed class ScriptedAnswerer(Func<IReadOnlyList<ChatTurn>, PolicyAnswer> reply) : IAnswerer
{
    public List<IReadOnlyList<ChatTurn>> Conversations { get; } = [];

    /// <summary>When set, the stream waits on it after its first delta (to observe a half-streamed answer).</summary>
    public TaskCompletionSource? Gate { get; set; }

    public Task<PolicyAnswer> AnswerAsync(IReadOnlyList<ChatTurn> conversation, CancellationToken cancellationToken = default)
    {
        Conversations.Add(conversation);
        return Task.FromResult(reply(conversation));
    }

    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(IReadOnlyList<ChatTurn> conversation, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Conversations.Add(conversation);
        var answer = reply(conversation);
        var half = answer.Text.Length / 2;
        yield return new AnswerUpdate(answer.Text[..half]);
        if (Gate is { } gate) await gate.Task.WaitAsync(cancellationToken);
        yield return new AnswerUpdate(answer.Text[half..]);
        yield return new AnswerUpdate(null, answer);
    }
}
