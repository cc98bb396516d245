using System.Text;
using PolicyBot.Text;

namespace PolicyBot.Web.Components.Services;

/// <summary>
/// Splits a clause into segments so that the query's words can be marked without ever treating the clause as
/// markup. Chinese has no spaces, so a query is read as the two-character runs of its Han text (养老服务 → 养老,
/// 老服, 服务) plus its Latin/digit words; overlapping matches merge, so a whole phrase lights up as one mark.
/// Matching folds full-width letters and digits to half-width and ignores case.
/// </summary>
public static class QueryHighlighter
{
    // Question words that occur in almost every question and would mark noise in every clause.
    private static readonly HashSet<string> QuestionWords =
    [
        "什么", "哪些", "有哪", "有什", "哪个", "哪里", "怎么", "怎样", "如何", "多少", "是否", "可以", "能否", "有没", "没有",
        "请问", "一下", "我们", "你们", "他们", "这个", "那个", "的是", "是什", "么时", "时候", "需要", "要求",
    ];

    public static IReadOnlyList<TextSegment> Segments(string text, string? query)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var terms = Terms(query);
        if (terms.Count == 0) return [new TextSegment(text, false)];

        var folded = Fold(text);
        var marked = new bool[text.Length];
        foreach (var term in terms)
        {
            for (var at = folded.IndexOf(term, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(term, at + 1, StringComparison.Ordinal))
                Array.Fill(marked, true, at, term.Length);
        }

        var segments = new List<TextSegment>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && marked[i] == marked[start]) continue;
            segments.Add(new TextSegment(text[start..i], marked[start]));
            start = i;
        }
        return segments;
    }

    /// <summary>The terms of <paramref name="query"/> that are looked for, in folded form.</summary>
    public static IReadOnlyList<string> Terms(string? query)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(query)) return terms;
        var q = Fold(query);
        var i = 0;
        while (i < q.Length)
        {
            var start = i;
            if (ChineseText.IsHan(q[i]))
            {
                while (i < q.Length && ChineseText.IsHan(q[i])) i++;
                AddHanRun(q[start..i], terms);
            }
            else if (char.IsLetterOrDigit(q[i]))
            {
                while (i < q.Length && char.IsLetterOrDigit(q[i]) && !ChineseText.IsHan(q[i])) i++;
                var word = q[start..i];
                if (word.Length >= 2 || char.IsDigit(word[0])) Add(word, terms);
            }
            else i++;
        }
        return terms;
    }

    private static void AddHanRun(string run, List<string> terms)
    {
        if (run.Length == 1)
        {
            Add(run, terms);
            return;
        }
        for (var i = 0; i + 2 <= run.Length; i++)
        {
            var pair = run.Substring(i, 2);
            if (!QuestionWords.Contains(pair)) Add(pair, terms);
        }
    }

    private static void Add(string term, List<string> terms)
    {
        if (!terms.Contains(term)) terms.Add(term);
    }

    // Length-preserving fold, so positions in the folded text are positions in the original.
    private static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            var h = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c;
            sb.Append(char.ToLowerInvariant(h));
        }
        return sb.ToString();
    }
}
