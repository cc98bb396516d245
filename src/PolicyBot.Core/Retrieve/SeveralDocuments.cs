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
    public static void Diversify<T>(string question, List<T> ranked, Func<T, int> document, Func<T, float> score,
        Func<T, string?>? issuer = null)
    {
        if (ranked.Count <= Window || !AreAskedFor(question)) return;
        if (issuer is not null && BringNamedIssuers(question, ranked, issuer)) return;
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

    /// <summary>
    /// “国务院和山东省的文件分别怎么说？”: when the question names two or more of the candidates' issuers (by the issuer's
    /// name or the place it begins with), each named issuer's best clause is brought into the first <see cref="Window"/>,
    /// in place of the last clause there that is not another named issuer's only one (which moves just below the
    /// window). Returns whether the question named two issuers.
    /// </summary>
    private static bool BringNamedIssuers<T>(string question, List<T> ranked, Func<T, string?> issuer)
    {
        var named = new List<string>();
        var horizon = Math.Min(ranked.Count, IssuerHorizon);
        var keys = new List<string?>(horizon);
        for (var i = 0; i < horizon; i++)
        {
            keys.Add(NamedPart(issuer(ranked[i]), question));
            if (keys[i] is { } k && !named.Contains(k)) named.Add(k);
        }
        if (named.Count < 2) return false;
        foreach (var key in named)
        {
            if (keys.IndexOf(key, 0, Window) >= 0) continue;
            var j = keys.IndexOf(key, Window);
            // The clause it replaces: the last in the window that is not the only one of another named issuer.
            var v = Window - 1;
            while (v >= 0 && keys[v] is { } held && keys.GetRange(0, Window).Count(k => k == held) == 1) v--;
            if (j < 0 || v < 0) continue;
            var (item, victim, victimKey) = (ranked[j], ranked[v], keys[v]);
            ranked.RemoveAt(j);
            keys.RemoveAt(j);
            ranked[v] = item;
            keys[v] = key;
            ranked.Insert(Window, victim);
            keys.Insert(Window, victimKey);
        }
        return true;
    }

    /// <summary>How far down the ranking named issuers are looked for.</summary>
    private const int IssuerHorizon = 100;

    /// <summary>The longest beginning of <paramref name="issuer"/> (two characters or more) that the question names: 国务院办公厅 → 国务院, 山东省人民政府 → 山东省 or 山东.</summary>
    private static string? NamedPart(string? issuer, string question)
    {
        if (string.IsNullOrEmpty(issuer)) return null;
        for (var n = Math.Min(issuer.Length, 12); n >= 2; n--)
            if (question.Contains(issuer.AsSpan(0, n), StringComparison.Ordinal))
                return PolicyBot.Domain.LegalAuthority.ShortName(issuer[..n]);
        return null;
    }

    [GeneratedRegex(@"分别|哪几|几种|各自|两个|两份|两方面|三个|都怎么|都是怎么|各是")]
    private static partial Regex Several();
}
