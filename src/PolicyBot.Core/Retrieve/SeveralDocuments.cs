using System.Text.RegularExpressions;

namespace PolicyBot.Retrieve;

/// <summary>
/// A question that asks for several things at once (“…和…两方面…分别怎么说？”, “哪几种”, “两个文件”) is usually answered
/// by more than one document. When the first passages all come from one document, the best clause of the next
/// document takes the last of them, so the second half of the answer is on the first screen.
/// </summary>
public static partial class SeveralDocuments
{
    /// <summary>How many first passages must not all come from one document.</summary>
    public const int Window = 5;

    /// <summary>The other document's clause must score at least this share of the first passage's score.</summary>
    public const float MinShareOfTop = 0.5f;

    /// <summary>True when the wording asks for several things at once (分别, 哪几种, 两个文件).</summary>
    public static bool AreAskedFor(string question) => Several().IsMatch(question);

    /// <summary>
    /// Reorders <paramref name="ranked"/> (best first) in place for a question that asks for several things: if the
    /// first <see cref="Window"/> items share one document, the best later item of another document scoring at least
    /// <see cref="MinShareOfTop"/> of the first moves up to the last place of the window. Other questions are left alone.
    /// </summary>
    public static void Diversify<T>(string question, List<T> ranked, Func<T, int> document, Func<T, float> score)
    {
        if (ranked.Count <= Window || !AreAskedFor(question)) return;
        var first = document(ranked[0]);
        for (var i = 1; i < Window; i++)
            if (document(ranked[i]) != first) return;
        var floor = score(ranked[0]) * MinShareOfTop;
        for (var i = Window; i < ranked.Count && score(ranked[i]) >= floor; i++)
        {
            if (document(ranked[i]) == first) continue;
            var other = ranked[i];
            ranked.RemoveAt(i);
            ranked.Insert(Window - 1, other);
            return;
        }
    }

    [GeneratedRegex(@"分别|哪几|几种|各自|两个|两份|两方面|三个|都怎么|都是怎么|各是")]
    private static partial Regex Several();
}
