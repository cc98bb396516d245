using System.Text.RegularExpressions;
using PolicyBot.Domain;

namespace PolicyBot.Retrieve;

/// <summary>
/// “啥时候印发的？”, “发文日期是哪天？”: the answer is in no provision but in the document's signature (落款: issuer and
/// date), which shares no words with the question. For such a question the signature of the best document moves up
/// to second place, right under the clause that found the document.
/// </summary>
public static partial class IssueDateQuestions
{
    /// <summary>True when the question asks when a document was issued (a date word and an issuing word).</summary>
    public static bool AreAsked(string question) =>
        DateWord().IsMatch(question) && IssueWord().IsMatch(question);

    /// <summary>
    /// The question without its asking words (啥时候, 印发): they say what is asked, not which document, and 印发 would
    /// pull every “关于印发…的通知”.
    /// </summary>
    public static string TopicOf(string question) =>
        AreAsked(question) ? IssueWord().Replace(DateWord().Replace(question, " "), " ") : question;

    /// <summary>
    /// Moves the signature clause of the first clause's document to second place in <paramref name="ranked"/>
    /// (clause ordinal and score, best first), inserting it when retrieval did not find it.
    /// <paramref name="signatureOf"/> gives the ordinal of the signature clause in a clause's document, or null.
    /// </summary>
    internal static void Promote(string question, List<(int Clause, float Score)> ranked, Func<int, int?> signatureOf)
    {
        if (ranked.Count == 0 || !AreAsked(question)) return;
        if (signatureOf(ranked[0].Clause) is not int signature || signature == ranked[0].Clause) return;
        var at = ranked.FindIndex(r => r.Clause == signature);
        if (at == 1) return;
        if (at > 1) ranked.RemoveAt(at);
        ranked.Insert(1, (signature, ranked[0].Score));
    }

    /// <summary>
    /// The same for passages already ranked (a vector store that ranks by itself): the first passage's document's
    /// signature becomes the second passage; the list keeps its length and is renumbered.
    /// </summary>
    public static IReadOnlyList<Passage> Promote(string question, IReadOnlyList<Passage> passages)
    {
        if (passages.Count < 2 || !AreAsked(question)) return passages;
        var top = passages[0];
        if (top.Document.Clauses.FirstOrDefault(Clause.IsSignature) is not { } signature || top.ClauseId == signature.Id
            || passages[1].ClauseId == signature.Id) return passages;
        var reordered = passages.Where(p => p.ClauseId != signature.Id).ToList();
        reordered.Insert(1, new Passage(2, top.Score, signature, top.Document));
        return reordered.Take(passages.Count).Select((p, i) => p with { Rank = i + 1 }).ToList();
    }

    [GeneratedRegex(@"什么时候|啥时候|何时|哪天|哪一天|哪年|几月|几号|日期|时间|多会儿")]
    private static partial Regex DateWord();

    [GeneratedRegex(@"印发|发布|出台|发文|下发|签发|成文|颁布|发的")]
    private static partial Regex IssueWord();
}
