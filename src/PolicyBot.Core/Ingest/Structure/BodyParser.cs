namespace PolicyBot.Ingest.Structure;

/// <summary>
/// Cuts repaired paragraphs into clauses along the heading hierarchy (Markdown headings, 第X编/章/节, 一、 （一） 1.
/// （1） ①, and lead phrases): a heading alone is not a clause, the paragraphs under it are; an article (第X条)
/// is one clause with its continuation paragraphs; list items after a colon and standalone responsibility notes stay
/// with the clause before them. A heading with nothing under it that reads as a sentence becomes a clause itself,
/// so no sentence is lost.
/// </summary>
internal sealed class BodyParser
{
    private const int MaxHeadingLength = 60;
    private const int MaxLeadLength = 30;

    private readonly List<ClauseDraft> _clauses = [];
    private readonly List<Heading> _stack = [];
    private readonly bool _leadPhrases;
    private IReadOnlyList<string> _root = [];
    private bool _inAttachment;
    private List<string>? _current;
    private string? _currentLabel;
    private bool _currentIsArticle;
    private HeadingKind _currentListKind;
    private IReadOnlyList<string> _currentHeadings = [];

    private BodyParser(bool leadPhrases) => _leadPhrases = leadPhrases;

    public static List<ClauseDraft> Parse(IReadOnlyList<BodySegment> segments)
    {
        var parser = new BodyParser(UsesLeadPhrases(segments));
        foreach (var segment in segments) parser.ParseSegment(segment);
        return parser._clauses;
    }

    /// <summary>
    /// A document writes its items as lead phrases (<c>严格审查股东资质。健全…</c>) when most of its plain
    /// paragraphs under numbered headings open with a short heading-like sentence.
    /// </summary>
    private static bool UsesLeadPhrases(IReadOnlyList<BodySegment> segments)
    {
        int plain = 0, leads = 0;
        foreach (var segment in segments)
        {
            var underHeading = false;
            foreach (var p in segment.Paragraphs)
            {
                var n = NumberedLine.Recognize(p);
                if (n.Kind == HeadingKind.Article) return false;
                if (n.Kind != HeadingKind.None) { underHeading = true; continue; }
                if (!underHeading || ResponsibilityNote.IsWholeNote(p)) continue;
                plain++;
                if (LeadOf(p) is not null) leads++;
            }
        }
        return plain >= 3 && leads * 10 >= plain * 6;
    }

    private void ParseSegment(BodySegment segment)
    {
        Flush();
        PopTo(HeadingKind.None);
        _root = segment.Root;
        _inAttachment = segment.InAttachment;
        foreach (var paragraph in segment.Paragraphs) Add(paragraph);
        Flush();
        PopTo(HeadingKind.None);
    }

    private void Add(string p)
    {
        if (_current is not null && ResponsibilityNote.IsWholeNote(p))
        {
            _current.Add(p);
            return;
        }
        var n = NumberedLine.Recognize(p);
        switch (n.Kind)
        {
            case <= HeadingKind.Markdown6 and > HeadingKind.None:
                PushHeading(n.Kind, n.Rest, sentence: null);
                return;
            case HeadingKind.Part or HeadingKind.Chapter or HeadingKind.Section:
                PushHeading(n.Kind, p, sentence: null);
                return;
            case HeadingKind.Article:
                Flush();
                Start(p, n.Label, article: true);
                return;
            case HeadingKind.None:
                AddPlain(p);
                return;
            default:
                AddNumbered(p, n);
                return;
        }
    }

    private void AddPlain(string p)
    {
        if (_current is not null && _currentIsArticle)
        {
            _current.Add(p);
            return;
        }
        if (_leadPhrases && LeadOf(p) is { } lead)
        {
            PushHeading(HeadingKind.Lead, lead, sentence: null);
        }
        Flush();
        Start(p, null, article: false);
    }

    private void AddNumbered(string p, NumberedLine n)
    {
        var pureHeading = !Punctuation.HasSentencePunctuation(p) && p.Length <= MaxHeadingLength && !EndsWithColon(p);
        var lead = pureHeading ? null : NumberedLead(p, n);
        // Items inside an article, list items after "…如下：", and items ending with "；" continue the clause.
        if (_current is not null
            && (_currentIsArticle || p.TrimEnd().EndsWith('；') || p.TrimEnd().EndsWith(';')
                || ((EndsWithColon(_current[^1]) || n.Kind == _currentListKind) && !pureHeading && lead is null && (n.Kind >= HeadingKind.Level3 || IsShortItem(p)))))
        {
            if (EndsWithColon(_current[^1])) _currentListKind = n.Kind;
            _current.Add(p);
            return;
        }
        if (pureHeading)
        {
            PushHeading(n.Kind, p.TrimEnd(), sentence: null);
            return;
        }
        if (lead is not null)
        {
            var body = p[(lead.Length + 1)..].Trim();
            PushHeading(n.Kind, lead.TrimEnd(), sentence: body.Length == 0 ? p : null);
            if (body.Length == 0) return;
            Flush();
            if (n.Kind <= HeadingKind.Level2) Start(body, LabelOf(n), article: false);
            else Start(p, LabelOf(n), article: false);
            return;
        }
        Flush();
        PopTo(n.Kind);
        Start(p, LabelOf(n), article: false);
    }

    /// <summary>
    /// The label and short first sentence of a numbered paragraph when that sentence names a topic
    /// (<c>（一）统筹建设监管工作平台</c>, <c>10. 打造城市社区经营服务终端</c>), else null.
    /// </summary>
    private static string? NumberedLead(string p, NumberedLine n)
    {
        var end = p.IndexOfAny(['。', '！', '？']);
        var labelEnd = p.Length - n.Rest.Length;
        if (end <= labelEnd) return null;
        var lead = p[labelEnd..end];
        if (Punctuation.HanCount(lead) > MaxLeadLength || Punctuation.HasClauseSeparator(lead)) return null;
        return p[..end];
    }

    private static string LabelOf(NumberedLine n) => n.Label.Trim();

    // 一、 and （一） items belong to the list above them only when they are one short sentence each.
    private static bool IsShortItem(string p) => p.Length <= 80 && p.Count(c => c is '。' or '！' or '？') <= 1;

    private static bool EndsWithColon(string text)
    {
        var t = text.TrimEnd();
        return t.EndsWith('：') || t.EndsWith(':');
    }

    /// <summary>The lead phrase opening a plain paragraph (<c>严格审查股东资质</c>), or null.</summary>
    internal static string? LeadOf(string p)
    {
        var end = p.IndexOf('。');
        if (end <= 0 || end == p.Length - 1) return null;
        var lead = p[..end];
        var han = Punctuation.HanCount(lead);
        if (han < 4 || han > 24 || han * 10 < lead.Length * 8) return null;
        if (Punctuation.HasClauseSeparator(lead) || lead.AsSpan().IndexOfAny("（(“\"《") >= 0) return null;
        return lead;
    }

    private void PushHeading(HeadingKind kind, string text, string? sentence)
    {
        Flush();
        PopTo(kind);
        _stack.Add(new Heading(kind, text, sentence));
    }

    private void PopTo(HeadingKind kind)
    {
        while (_stack.Count > 0 && (kind == HeadingKind.None || _stack[^1].Kind >= kind))
        {
            var top = _stack[^1];
            if (!top.HasClause && top.Sentence is not null)
            {
                // A numbered sentence with nothing under it (一、删除…第二项。) is a clause, not a heading.
                _stack.RemoveAt(_stack.Count - 1);
                _clauses.Add(new ClauseDraft(Headings(), top.Sentence, NumberedLine.Recognize(top.Sentence).Label, _inAttachment));
                continue;
            }
            _stack.RemoveAt(_stack.Count - 1);
        }
    }

    private void Start(string text, string? label, bool article)
    {
        foreach (var h in _stack) h.HasClause = true;
        _current = [text];
        _currentLabel = label;
        _currentIsArticle = article;
        _currentListKind = HeadingKind.None;
        _currentHeadings = Headings();
    }

    private void Flush()
    {
        if (_current is null) return;
        _clauses.Add(new ClauseDraft(_currentHeadings, string.Join("\n", _current), _currentLabel, _inAttachment));
        _current = null;
        _currentLabel = null;
        _currentIsArticle = false;
    }

    private IReadOnlyList<string> Headings() => _stack.Count == 0 ? _root : [.. _root.Where(_ => _inAttachment), .. _stack.Select(h => h.Text)];

    private sealed class Heading(HeadingKind kind, string text, string? sentence)
    {
        public HeadingKind Kind { get; } = kind;
        public string Text { get; } = text;
        /// <summary>The paragraph as written when the heading line is a whole sentence, else null.</summary>
        public string? Sentence { get; } = sentence;
        public bool HasClause { get; set; }
    }
}
