using System.Text;
using System.Text.RegularExpressions;
using PolicyBot.Domain;
using PolicyBot.Retrieve.Lexical;
using PolicyBot.Text;

namespace PolicyBot.Answer;

/// <summary>
/// Composes an extractive answer from retrieved clauses: picks the sentences that best answer each part of the
/// question, quotes them verbatim in document order, names the sources, or refuses when the clauses do not hold the
/// asked-for fact.
/// </summary>
public sealed partial class AnswerComposer(ChineseAnalyzer analyzer)
{
    /// <summary>Below this share of the question's content the best sentence does not answer it.</summary>
    public const double MinRelevance = 0.1;

    private const int MaxPassages = 5;

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Clause, AnalyzedClause> _analyzed = new();

    // Longer "sentences" are lists and tables (a 领导小组 member list), not answers.
    private const int MaxSentenceLength = 400;

    public PolicyAnswer Compose(Question question, IReadOnlyList<Passage> passages)
    {
        if (passages.Count == 0) return Refuse(AnswerText.NothingFound, []);
        // A question that names a 文号 is about that document: answer from it, or say it is not in the corpus.
        var named = DocumentNumber.FindAll(question.Text).Select(n => n.ToString()).ToList();
        if (named.Count > 0)
        {
            var ofNamed = passages.Where(p => named.Contains(p.DocNumber)).ToList();
            var citedByOthers = passages.Any(p => p.Clause.Cites.Any(named.Contains) || DocumentNumber.FindAll(p.Text).Any(n => named.Contains(n.ToString())));
            if (ofNamed.Count > 0) passages = ofNamed;
            else if (!citedByOthers) return Refuse(AnswerText.DocumentUnknown(named[0]), []);
        }
        var documents = passages.Select(p => p.Document).Distinct(ReferenceEqualityComparer.Instance).Cast<PolicyDocument>().ToList();
        // Who leads a document's work: the best passage's document, or each document when several are asked for.
        if (question.Asks(QuestionKind.Department))
            passages = WithLeadershipClauses(passages, question.WantsSeveral ? documents : [passages[0].Document]);

        question = WithContentfulParts(question);
        var scoredParts = question.Parts.Select(part => (Part: part, Ranked: Rank(question, part, passages, documents))).ToList();
        var related = scoredParts.SelectMany(p => p.Ranked.Take(3)).OrderByDescending(e => e.Relevance).ToList();

        if (MissingPlace(question, documents) is { } place) return Refuse(AnswerText.PlaceUnknown(place), related);

        var chosen = new List<Evidence>();
        var tops = new List<Evidence>();
        var identities = new List<PolicyDocument>();
        var unanswered = new List<string>();
        string? firstReason = null;
        foreach (var (part, ranked) in scoredParts)
        {
            var reason = Unanswerable(part, ranked);
            if (reason is not null)
            {
                // The documents lack the very fact asked for (an amount, a date): a partial answer would mislead.
                if (reason != AnswerText.NothingFound) return Refuse(reason, related);
                firstReason ??= reason;
                unanswered.Add(AnswerText.PartUnanswered(part.Text, reason));
                continue;
            }
            var picked = Select(question, part, ranked);
            tops.Add(picked[0]);
            if (part.Asks(QuestionKind.Document))
            {
                var doc = ranked[0].Document;
                if (!identities.Contains(doc)) identities.Add(doc);
                // The document's own identity answers it; a sentence is added only for the document it cites as its basis.
                picked = BasisCue().IsMatch(part.Text)
                    ? picked.Where(e => DocumentNumber.FindAll(e.Sentence).Any(n => n.ToString() != doc.DocNumber)).Take(1).ToList()
                    : [];
            }
            foreach (var e in picked)
                if (!chosen.Any(c => ReferenceEquals(c.Clause, e.Clause) && c.SentenceIndex == e.SentenceIndex)) chosen.Add(e);
        }
        if (chosen.Count == 0 && identities.Count == 0) return Refuse(firstReason ?? AnswerText.NothingFound, related);
        if (PlaceNotCovered(question, tops, identities) is { } absent) return Refuse(AnswerText.PlaceNotCovered(absent), related);
        AddQuotedPhrases(question, scoredParts.SelectMany(p => p.Ranked), chosen);

        return Grounded(question, chosen, identities, unanswered, passages);
    }

    /// <summary>A sub-question with no content of its own (还有哪些部门配合？) joins the one before it.</summary>
    private Question WithContentfulParts(Question question)
    {
        if (question.Parts.Count < 2) return question;
        var merged = new List<QuestionPart>();
        foreach (var part in question.Parts)
        {
            var empty = !QuestionTerms.ContentTerms(part.Text, analyzer).Any();
            if (empty && merged.Count > 0) merged[^1] = merged[^1] with { Kinds = merged[^1].Kinds | part.Kinds };
            else if (merged.Count == 1 && !QuestionTerms.ContentTerms(merged[0].Text, analyzer).Any()) merged[0] = part with { Kinds = part.Kinds | merged[0].Kinds };
            else merged.Add(part);
        }
        return question with
        {
            Parts = merged,
            Kinds = merged.Aggregate(QuestionKind.Measure, (k, p) => k | p.Kinds),
            WantsSeveral = merged.Count > 1 || QuestionReader.AsksForSeveral(question.Text),
        };
    }

    /// <summary>Every sentence of the retrieved clauses, scored for one part of the question, best first.</summary>
    internal List<Evidence> Rank(Question question, QuestionPart part, IReadOnlyList<Passage> passages, IReadOnlyCollection<PolicyDocument> documents)
    {
        var others = string.Join("，", question.Parts.Where(p => p != part).Select(p => p.Text));
        var context = question.IsFollowUp ? others + "\n" + question.Context : others;
        var ownTerms = QuestionTerms.ContentTerms(part.Text, analyzer).Count();
        var contextWeight = !question.IsFollowUp ? 0.25 : ownTerms <= 6 ? 0.9 : 0.5;
        var terms = QuestionTerms.For(part.Text, context, contextWeight, documents, analyzer);

        var documentWide = part.Asks(QuestionKind.Department) && WholeDocument().IsMatch(question.Text);
        var ranked = new List<Evidence>();
        foreach (var passage in passages)
        {
            var analyzed = Analyzed(passage);
            for (var i = 0; i < analyzed.Sentences.Count; i++)
            {
                var s = analyzed.Sentences[i];
                if (IsNote(s) || s.Count(ChineseText.IsHan) < 4 || s.Length > MaxSentenceLength) continue;
                // The words that name the document (its title, its issuer) are said by every sentence of it, so a
                // question that names the document (国务院的保险意见里…) is decided by its other words, not by a preamble.
                var said = analyzed.SaidTerms[i];
                var relevance = terms.Coverage(said)
                    + 0.35 * terms.Coverage(analyzed.HeadingTerms, except: said)
                    + 0.2 * terms.Coverage(analyzed.ClauseTerms, except: Union(said, analyzed.HeadingTerms));
                var score = relevance + Boost(part, question, s) + 0.04 / passage.Rank
                    + (documentWide && LeadershipHeading().IsMatch(passage.Section) && (question.WantsSeveral || ReferenceEquals(passage.Document, passages[0].Document)) ? 0.25 : 0);
                ranked.Add(new Evidence(passage, i, s) { Relevance = relevance, Score = score });
            }
        }
        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        return ranked;
    }

    /// <summary>A clause's sentences and terms, analysed once per clause (clauses are immutable within a snapshot).</summary>
    private AnalyzedClause Analyzed(Passage passage) =>
        _analyzed.GetValue(passage.Clause, _ =>
        {
            var sentences = Sentences.Split(passage.Clause.Text);
            var identity = TermSet($"{passage.Document.Title} {passage.Document.AttachedTitle} {passage.Document.Issuer}");
            return new AnalyzedClause(
                sentences,
                sentences.Select(s => Union(TermSet(s), identity)).ToList(),
                TermSet(passage.Clause.Text),
                TermSet(HeadingText(passage)));
        });

    private HashSet<string> TermSet(string text) => new(analyzer.Analyze(text), StringComparer.Ordinal);

    /// <param name="SaidTerms">Each sentence's terms with the document's title and issuer terms.</param>
    private sealed record AnalyzedClause(IReadOnlyList<string> Sentences, IReadOnlyList<HashSet<string>> SaidTerms, HashSet<string> ClauseTerms, HashSet<string> HeadingTerms);

    private static HashSet<string> Union(HashSet<string> a, HashSet<string> b)
    {
        var u = new HashSet<string>(a, StringComparer.Ordinal);
        u.UnionWith(b);
        return u;
    }

    private static string HeadingText(Passage p) =>
        $"{p.Document.Title} {p.Document.AttachedTitle} {p.Document.Issuer} {p.Clause.Section}";

    /// <summary>A sentence that holds the asked-for kind of fact ranks above one that only shares words with the question.</summary>
    private static double Boost(QuestionPart part, Question question, string sentence)
    {
        double boost = 0;
        if (part.Asks(QuestionKind.Amount))
        {
            var figures = FactPatterns.Figure().Matches(sentence);
            if (figures.Count > 0) boost += 0.2;
            if (question.Unit is { } unit && figures.Any(f => f.Value.EndsWith(unit, StringComparison.Ordinal))) boost += 0.1;
        }
        if (part.Asks(QuestionKind.Money) && FactPatterns.Money().IsMatch(sentence)) boost += 0.2;
        if (part.Asks(QuestionKind.Date) && FactPatterns.Date().IsMatch(sentence)) boost += 0.2;
        if (part.Asks(QuestionKind.Department) && DutyWords().IsMatch(sentence)) boost += 0.15;
        if (part.Asks(QuestionKind.Department) && UnitOnDuty().IsMatch(sentence)) boost += 0.1;
        return boost;
    }

    /// <summary>Why the clauses found do not answer a part, or null when they do.</summary>
    private static string? Unanswerable(QuestionPart part, List<Evidence> ranked)
    {
        if (ranked.Count == 0 || ranked.Max(e => e.Relevance) < MinRelevance) return AnswerText.NothingFound;
        var best = ranked.Max(e => e.Relevance);
        var near = ranked.Where(e => e.Relevance >= 0.6 * best).Take(8).ToList();
        if (part.Asks(QuestionKind.Money) && !near.Any(e => FactPatterns.Money().IsMatch(e.Sentence))) return AnswerText.NoMoney;
        if (part.Asks(QuestionKind.Document)) return null;
        var withFigure = near.Where(e => FactPatterns.Figure().IsMatch(e.Sentence)).ToList();
        if (part.Asks(QuestionKind.Amount) && !part.Asks(QuestionKind.Date) && withFigure.Count == 0) return AnswerText.NoFigure;
        if (part.Asks(QuestionKind.Date) && !part.Asks(QuestionKind.Amount) && !near.Any(e => FactPatterns.Date().IsMatch(e.Sentence))) return AnswerText.NoDate;
        if (part.Asks(QuestionKind.CurrentState) && withFigure.Count > 0 && withFigure.All(e => TargetWords().IsMatch(e.Sentence))) return AnswerText.OnlyTarget;
        return null;
    }

    /// <summary>
    /// The sentences that answer a part: the best one and close seconds from its clause (a measure is often spread over
    /// a clause), and for 分别-questions the best of each document and clause.
    /// </summary>
    private static List<Evidence> Select(Question question, QuestionPart part, List<Evidence> ranked)
    {
        var best = ranked[0];
        var picked = new List<Evidence> { best };
        var several = question.WantsSeveral;
        var limit = several ? 5 : part.Kinds == QuestionKind.Measure ? 3 : 2;
        if (several)
            foreach (var e in ranked.Skip(1))
                if (picked.Count < 2 && e.Score >= 0.55 * best.Score && !picked.Any(p => ReferenceEquals(p.Document, e.Document))) picked.Add(e);
        foreach (var e in ranked.Skip(1).Where(e => !picked.Contains(e)))
        {
            if (picked.Count >= limit || e.Score < 0.5 * best.Score) break;
            var sameClause = ReferenceEquals(e.Clause, best.Clause);
            var sameDocument = ReferenceEquals(e.Document, best.Document);
            var newDocument = !picked.Any(p => ReferenceEquals(p.Document, e.Document));
            var newClause = !picked.Any(p => ReferenceEquals(p.Clause, e.Clause));
            var take = several
                ? !newDocument && ((newClause && e.Score >= 0.8 * best.Score) || (!newClause && e.Score >= 0.6 * best.Score))
                : sameClause ? e.Score >= 0.6 * best.Score
                : sameDocument ? e.Score >= 0.85 * best.Score
                : e.Score >= 0.95 * best.Score;
            if (take) picked.Add(e);
        }
        return picked;
    }

    /// <summary>A phrase the user quotes (“事前必问效”) must be in the answer when some retrieved sentence holds it.</summary>
    private static void AddQuotedPhrases(Question question, IEnumerable<Evidence> candidates, List<Evidence> chosen)
    {
        var pool = candidates.OrderByDescending(e => e.Score).ToList();
        foreach (Match m in Quoted().Matches(question.Text))
            foreach (var phrase in m.Groups[1].Value.Split('、', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var key = ChineseText.Normalize(phrase);
                if (key.Length < 2 || chosen.Any(e => ChineseText.Normalize(e.Sentence).Contains(key, StringComparison.Ordinal))) continue;
                var holder = pool.FirstOrDefault(e => ChineseText.Normalize(e.Sentence).Contains(key, StringComparison.Ordinal));
                if (holder is not null && !chosen.Any(c => ReferenceEquals(c.Clause, holder.Clause) && c.SentenceIndex == holder.SentenceIndex)) chosen.Add(holder);
            }
    }

    /// <summary>A place the question names must be in the clauses that answer it, or in their documents' titles or issuers.</summary>
    private static string? PlaceNotCovered(Question question, List<Evidence> chosen, List<PolicyDocument> identities)
    {
        if (question.Places.Count == 0) return null;
        var text = ChineseText.Normalize(string.Concat(
            chosen.Select(e => $"{e.Clause.Text}{e.Clause.Section}{e.Document.Title}{e.Document.AttachedTitle}{e.Document.Issuer}")
                .Concat(identities.Select(d => $"{d.Title}{d.AttachedTitle}{d.Issuer}"))));
        return question.Places.FirstOrDefault(p => !text.Contains(p, StringComparison.Ordinal) && !text.Contains(PlaceStem(p), StringComparison.Ordinal));
    }

    /// <summary>The 组织领导 clauses of the retrieved documents: who leads a document's work as a whole.</summary>
    private static IReadOnlyList<Passage> WithLeadershipClauses(IReadOnlyList<Passage> passages, IReadOnlyList<PolicyDocument> documents)
    {
        var extra = documents
            .SelectMany(d => d.Clauses.Where(c => !c.InAttachment && LeadershipHeading().IsMatch(c.Section.ToString())).Take(2).Select(c => (d, c)))
            .Where(x => !passages.Any(p => p.ClauseId == x.c.Id))
            .Select((x, i) => new Passage(passages.Count + i + 1, 0, x.c, x.d));
        return passages.Concat(extra).ToList();
    }

    private static string? MissingPlace(Question question, IReadOnlyList<PolicyDocument> documents)
    {
        if (question.Places.Count == 0) return null;
        var haystack = new StringBuilder();
        foreach (var d in documents)
        {
            haystack.Append(d.Title).Append(d.AttachedTitle).Append(d.Issuer).Append(d.DocNumber);
            foreach (var c in d.Clauses) haystack.Append(c.Text);
        }
        var text = ChineseText.Normalize(haystack.ToString());
        return question.Places.FirstOrDefault(p => !text.Contains(p, StringComparison.Ordinal) && !text.Contains(PlaceStem(p), StringComparison.Ordinal));
    }

    private static string PlaceStem(string place) =>
        place.EndsWith("街道", StringComparison.Ordinal) ? place[..^2] : place.Length > 2 && "市县镇乡".Contains(place[^1]) ? place[..^1] : place;

    private PolicyAnswer Grounded(Question question, List<Evidence> chosen, List<PolicyDocument> identities, List<string> unanswered, IReadOnlyList<Passage> passages)
    {
        // Document order: documents by their best rank, clauses by position, sentences in order.
        var groups = chosen
            .GroupBy(e => e.Clause)
            .Select(g => (Clause: g.Key, Passage: g.First().Passage, Sentences: g.OrderBy(e => e.SentenceIndex).ToList()))
            .ToList();
        var docOrder = groups.Select(g => g.Passage.Document).Concat(identities).Distinct(ReferenceEqualityComparer.Instance).Cast<PolicyDocument>()
            .OrderBy(d => passages.First(p => ReferenceEquals(p.Document, d)).Rank).ToList();
        groups = groups.OrderBy(g => docOrder.IndexOf(g.Passage.Document)).ThenBy(g => g.Clause.Position).ToList();

        var text = new StringBuilder();
        foreach (var doc in identities) text.AppendLine(SourceLabels.IdentityLine(doc));
        var citations = new List<Citation>();
        foreach (var g in groups)
        {
            var quote = JoinSentences(g.Sentences);
            var duty = ResponsibilityNotes.Of(g.Clause);
            if (question.Asks(QuestionKind.Department) && duty is not null) text.AppendLine(DutyLine(duty));
            text.AppendLine(quote);
            citations.Add(new Citation(g.Passage.DocNumber, SourceLabels.TitleOf(g.Passage.Document), g.Clause.Section.ToString(), g.Clause.Id, quote)
            {
                Responsibility = duty,
            });
        }
        foreach (var doc in identities.Where(d => !groups.Any(g => ReferenceEquals(g.Passage.Document, d))))
        {
            var first = passages.First(p => ReferenceEquals(p.Document, doc));
            citations.Add(new Citation(doc.DocNumber, SourceLabels.TitleOf(doc), first.Section, first.ClauseId, SourceLabels.IdentityLine(doc)));
        }
        foreach (var line in unanswered) text.AppendLine(line);

        text.AppendLine(AnswerText.SourcesHeading);
        var sources = groups.Select(g => SourceLabels.SourceLine(g.Passage.Document, g.Clause))
            .Concat(identities.Where(d => !groups.Any(g => ReferenceEquals(g.Passage.Document, d))).Select(d => $"《{SourceLabels.TitleOf(d)}》{d.DocNumber}"))
            .Distinct();
        foreach (var s in sources) text.Append(AnswerText.SourcePrefix).AppendLine(s);

        var used = groups.Select(g => g.Passage).Concat(identities.Select(d => passages.First(p => ReferenceEquals(p.Document, d))));
        return new PolicyAnswer
        {
            Text = text.ToString().TrimEnd(),
            Grounded = true,
            Citations = citations,
            Passages = TopPassages(used, passages),
            Mode = "extractive",
        };
    }

    private static string DutyLine(Responsibility duty)
    {
        if (!duty.Note.Contains("牵头", StringComparison.Ordinal))
            return $"责任单位：{string.Join("、", duty.Lead.Concat(duty.CoResponsible))}。";
        var parts = new List<string>();
        if (duty.Lead.Count > 0) parts.Add($"牵头单位：{string.Join("、", duty.Lead)}");
        if (duty.CoResponsible.Count > 0) parts.Add($"{(duty.Lead.Count > 0 ? "配合单位" : "责任单位")}：{string.Join("、", duty.CoResponsible)}");
        return parts.Count == 0 ? duty.Note : string.Join("；", parts) + "。";
    }

    private static string JoinSentences(List<Evidence> sentences)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i > 0 && sentences[i].SentenceIndex != sentences[i - 1].SentenceIndex + 1) sb.Append("……");
            sb.Append(sentences[i].Sentence);
        }
        return sb.ToString();
    }

    private static IReadOnlyList<Passage> TopPassages(IEnumerable<Passage> used, IReadOnlyList<Passage> retrieved) =>
        used.OrderBy(p => p.Rank).Concat(retrieved).DistinctBy(p => p.ClauseId).Take(MaxPassages).ToList();

    /// <summary>The refusal for a question no retrieved clause is about.</summary>
    public static PolicyAnswer NotCovered() => Refuse(AnswerText.NothingFound, []);

    private static PolicyAnswer Refuse(string reason, IReadOnlyList<Evidence> related)
    {
        var near = related.Where(e => e.Relevance >= MinRelevance).DistinctBy(e => e.Clause.Id).Take(2).ToList();
        var text = new StringBuilder(AnswerText.Refusal(reason));
        if (near.Count > 0)
        {
            text.AppendLine().AppendLine(AnswerText.RelatedHeading);
            foreach (var e in near) text.Append(AnswerText.SourcePrefix).AppendLine(SourceLabels.SourceLine(e.Document, e.Clause));
        }
        return new PolicyAnswer
        {
            Text = text.ToString().TrimEnd(),
            Grounded = false,
            Related = near.Select(e => new Citation(e.Passage.DocNumber, SourceLabels.TitleOf(e.Document), e.Clause.Section.ToString(), e.Clause.Id, e.Sentence)
            {
                Responsibility = ResponsibilityNotes.Of(e.Clause),
            }).ToList(),
            Passages = near.Select(e => e.Passage).DistinctBy(p => p.ClauseId).ToList(),
            Mode = "extractive",
        };
    }

    private static bool IsNote(string sentence) =>
        sentence.Length > 0 && sentence[0] is '(' or '（' && sentence.TrimEnd('。', '；')[^1] is ')' or '）' && DutyWords().IsMatch(sentence);

    [GeneratedRegex(@"“([^”]{2,40})”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?:部门|厅|局|委|社|公司|中心|政府|机构)[^，,。；]{0,12}(?:牵头|负责|实施主体|承担|主管)|(?:由|确立)[^，,。；]{0,15}(?:部门|厅|局|委|社|公司|中心)")]
    private static partial Regex UnitOnDuty();

    [GeneratedRegex(@"依据|根据|按照|引用|贯彻")]
    private static partial Regex BasisCue();

    [GeneratedRegex(@"文件|方案|意见|措施|通知|落实|这项工作|这事|这件事|此事|这个事")]
    private static partial Regex WholeDocument();

    [GeneratedRegex(@"组织领导|组织保障|组织实施")]
    private static partial Regex LeadershipHeading();

    [GeneratedRegex(@"牵头|负责|责任单位|责任主体|主管|配合|组织实施|监管职责|办公室设在|领导小组|实施主体|承担")]
    private static partial Regex DutyWords();

    [GeneratedRegex(@"到\s*20\d{2}\s*年|达到|力争|新增|推出|建成|培育|打造|争取|以上")]
    private static partial Regex TargetWords();
}
