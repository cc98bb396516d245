using System.Runtime.CompilerServices;
using PolicyBot.Domain;
using PolicyBot.Retrieve.Lexical;

namespace PolicyBot.Answer;

/// <summary>
/// The content terms of a question, weighted by how rare they are in the documents being answered from (a term found
/// in every clause tells nothing), and the share of that weight a piece of text covers.
/// </summary>
public sealed class QuestionTerms
{
    // Words that say how something is asked, not what about: they never count as matched content.
    private static readonly string[] AskingWords =
    [
        "什么", "多少", "哪个", "哪些", "哪里", "哪儿", "怎么", "怎样", "如何", "是否", "有没有", "没有", "能不能", "可不可以",
        "是不是", "会不会", "要不要", "请问", "我们", "你们", "他们", "具体", "一下", "知道", "听说", "说法", "规定", "文件",
        "有关", "关于", "这个", "那个", "这块", "那么", "还有", "一个", "现在", "目前", "的话", "这次", "这期", "里面", "方面",
        // how a date question asks (什么时候 loses 什么 above and leaves 时候)
        "时候", "何时", "多长时间", "多久", "哪一年", "哪年", "哪天", "几月",
        // how a department question asks (the duty boost finds the sentences that name departments)
        "哪个部门", "哪些部门", "部门牵头", "牵头", "负责", "配合", "这块工作", "工作",
    ];

    private const string FunctionChars = "的了吗呢吧啊呀是有在和与或也都就还要把被给对向从让以及这那哪什么怎么谁几多少啥能会可该其之而又很更最已将得地着过个些里吧么嘛，。？！、：；“”‘’（）()《》?!,.:; ";

    private static readonly ConditionalWeakTable<PolicyDocument, DocumentTerms> StatsCache = new();

    /// <summary>A sentence that has a curated synonym of a question word (高级管理人员 for 高管) covers this share of its weight.</summary>
    public const double SynonymCredit = 0.8;

    private readonly Dictionary<string, double> _weights;
    private readonly Dictionary<string, string[]> _synonyms;

    private QuestionTerms(Dictionary<string, double> weights, Dictionary<string, string[]> synonyms)
    {
        _weights = weights;
        _synonyms = synonyms;
        Total = weights.Values.Sum();
    }

    public IReadOnlyDictionary<string, double> Weights => _weights;

    public double Total { get; }

    /// <summary>
    /// Terms of <paramref name="text"/> (and, at <paramref name="contextWeight"/>, of <paramref name="context"/>),
    /// weighted by inverse clause frequency over <paramref name="documents"/>.
    /// </summary>
    public static QuestionTerms For(string text, string? context, double contextWeight, IReadOnlyCollection<PolicyDocument> documents, ChineseAnalyzer analyzer)
    {
        var stats = documents.Select(d => StatsCache.GetValue(d, doc => DocumentTerms.Of(doc, analyzer))).ToList();
        var clauseCount = Math.Max(1, stats.Sum(s => s.ClauseCount));
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        Add(text, 1.0);
        if (!string.IsNullOrWhiteSpace(context)) Add(context, contextWeight);
        var synonyms = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var term in weights.Keys)
        {
            var curated = analyzer.Thesaurus.Expand(term).Where(e => e.Weight >= Thesaurus.CuratedWeight).Select(e => e.Term).ToArray();
            if (curated.Length > 0) synonyms[term] = curated;
        }
        return new QuestionTerms(weights, synonyms);

        void Add(string source, double factor)
        {
            foreach (var term in ContentTerms(source, analyzer))
            {
                if (weights.ContainsKey(term)) continue;
                var df = stats.Sum(s => s.FrequencyOf(term));
                var idf = Math.Log(1 + (clauseCount + 1.0) / (df + 0.5));
                weights[term] = factor * idf * (term.StartsWith(ChineseAnalyzer.BigramPrefix, StringComparison.Ordinal) ? ChineseAnalyzer.BigramWeight : 1);
            }
        }
    }

    /// <summary>The analyzer's terms of <paramref name="text"/> that carry content (no asking words, no function characters alone).</summary>
    public static IEnumerable<string> ContentTerms(string text, ChineseAnalyzer analyzer)
    {
        var cleaned = text;
        foreach (var w in AskingWords) cleaned = cleaned.Replace(w, "，", StringComparison.Ordinal);
        return analyzer.Analyze(cleaned)
            .Where(t => Core(t) is { Length: > 0 } core
                && core.Any(c => !FunctionChars.Contains(c))
                && !core.All(c => char.IsPunctuation(c) || char.IsWhiteSpace(c))
                && !(core.Length == 1 && !char.IsDigit(core[0])))
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>A term without the analyzer's kind prefix (<c>#</c> for a bigram, <c>dn:</c> for a 文号).</summary>
    private static string Core(string term)
    {
        if (term.StartsWith(ChineseAnalyzer.BigramPrefix, StringComparison.Ordinal)) return term[ChineseAnalyzer.BigramPrefix.Length..];
        if (term.StartsWith(ChineseAnalyzer.DocNumberPrefix, StringComparison.Ordinal)) return term[ChineseAnalyzer.DocNumberPrefix.Length..];
        return term;
    }

    /// <summary>Share (0–1) of the question's weight that <paramref name="terms"/> cover.</summary>
    public double Coverage(HashSet<string> terms, HashSet<string>? except = null)
    {
        if (Total <= 0) return 0;
        double covered = 0;
        foreach (var (term, w) in _weights)
        {
            if (terms.Contains(term)) { if (except is null || !except.Contains(term)) covered += w; }
            else if (_synonyms.TryGetValue(term, out var others) && others.Any(o => terms.Contains(o) && (except is null || !except.Contains(o))))
                covered += SynonymCredit * w;
        }
        return covered / Total;
    }

    private sealed class DocumentTerms
    {
        private readonly Dictionary<string, int> _df = new(StringComparer.Ordinal);

        public int ClauseCount { get; private init; }

        public int FrequencyOf(string term) => _df.GetValueOrDefault(term);

        public static DocumentTerms Of(PolicyDocument document, ChineseAnalyzer analyzer)
        {
            var stats = new DocumentTerms { ClauseCount = document.Clauses.Count };
            foreach (var clause in document.Clauses)
                foreach (var term in analyzer.Analyze(clause.Text).Distinct(StringComparer.Ordinal))
                    stats._df[term] = stats._df.GetValueOrDefault(term) + 1;
            return stats;
        }
    }
}
