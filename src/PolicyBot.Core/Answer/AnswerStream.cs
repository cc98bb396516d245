using System.Globalization;
using System.Runtime.CompilerServices;
using PolicyBot.Domain;

namespace PolicyBot.Answer;

/// <summary>Streams a finished answer as small text deltas (whole characters, never half a surrogate pair), then the answer.</summary>
public static class AnswerStream
{
    public const int DeltaLength = 8;

    public static async IAsyncEnumerable<AnswerUpdate> Of(PolicyAnswer answer, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var delta in Deltas(answer.Text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new AnswerUpdate(delta);
        }
        await Task.CompletedTask.ConfigureAwait(false);
        yield return new AnswerUpdate(null, answer);
    }

    public static IEnumerable<string> Deltas(string text)
    {
        var elements = StringInfo.GetTextElementEnumerator(text);
        var piece = new System.Text.StringBuilder();
        var count = 0;
        while (elements.MoveNext())
        {
            piece.Append(elements.GetTextElement());
            if (++count < DeltaLength) continue;
            yield return piece.ToString();
            piece.Clear();
            count = 0;
        }
        if (piece.Length > 0) yield return piece.ToString();
    }
}
