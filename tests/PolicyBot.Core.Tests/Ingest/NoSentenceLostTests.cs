using System.Text;
using System.Text.RegularExpressions;
using PolicyBot.Domain;
using PolicyBot.Text;

namespace PolicyBot.Core.Tests.Ingest;

/// <summary>
/// The parser's central promise, checked on the whole gazette: every sentence of every document's body is in
/// exactly one clause (or is a heading in a section path). The expectation is built from the source text alone:
/// cover, table of contents and metadata lines (title, 文号, addressees, signature, date, publication note,
/// attachment marker and titles) are removed, heading lines end a run, the runs are joined (so sentences cut by
/// page breaks are whole again) and split on 。！？；.
/// </summary>
public partial class NoSentenceLostTests
{
    [Fact]
    public void Every_sentence_of_every_document_body_is_in_exactly_one_clause()
    {
        var lines = File.ReadAllLines(TestCorpus.GazettePath);
        var documents = TestCorpus.Gazette;
        var numberLines = documents.Select(d => Array.FindIndex(lines, l => l.Trim() == d.DocNumber)).ToList();
        Assert.DoesNotContain(-1, numberLines);
        var problems = new List<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            var end = i + 1 < documents.Count ? TitleStart(lines, numberLines[i + 1]) : lines.Length;
            problems.AddRange(Check(documents[i], lines[(numberLines[i] + 1)..end]));
        }
        Assert.Empty(problems);
    }

    internal static List<string> Check(PolicyDocument d, string[] body)
    {
        var headings = d.Clauses.SelectMany(c => c.Section.Headings).Select(Normalize).ToHashSet();
        var metadata = new[] { d.Title, d.AttachedTitle, d.Issuer, d.Addressees, d.PublicationNote }
            .Concat(d.Clauses.Where(c => c.InAttachment).SelectMany(c => c.Section.Headings))
            .Where(s => !string.IsNullOrEmpty(s)).Select(s => Normalize(s!)).ToList();
        var runs = new List<StringBuilder> { new() };
        var inList = false;
        foreach (var raw in body)
        {
            var line = Normalize(raw);
            if (line.Length == 0) continue;
            // An attachment that lists people has no sentences: each line counts as one.
            if (line == "附件") inList = true;
            if (inList) runs.Add(new StringBuilder());
            if (IsMetadata(line, metadata) || headings.Contains(line.TrimEnd('。')))
            {
                runs.Add(new StringBuilder());
                continue;
            }
            // A two-column artifact: the part before the last space belongs to the addressees, the rest to the body.
            var space = raw.Trim().LastIndexOfAny([' ', '\t', '　']);
            if (space > 0 && IsMetadata(Normalize(raw.Trim()[..space]), metadata))
            {
                runs.Add(new StringBuilder(Normalize(raw.Trim()[space..])));
                continue;
            }
            runs[^1].Append(line);
            // A paragraph closed by its responsibility note ends a sentence too.
            if (line[^1] is ')' or '〕') runs[^1].Append('。');
        }
        var source = string.Concat(runs.Select(r => r.ToString()));
        var clauses = d.Clauses.Select(c => Normalize(c.Text)).ToList();
        var problems = new List<string>();
        var sentences = runs.SelectMany(r => Sentences().Split(r.ToString())).Select(s => s.Trim()).Where(s => s.Any(ChineseText.IsHan)).ToList();
        foreach (var group in sentences.GroupBy(s => s))
        {
            var s = group.Key;
            var inClauses = clauses.Sum(c => Count(c, s));
            var isHeading = headings.Any(h => h.Contains(s, StringComparison.Ordinal));
            if (inClauses == 0 && !isHeading) problems.Add($"{d.DocNumber}: lost “{s}”");
            else if (inClauses > Count(source, s)) problems.Add($"{d.DocNumber}: repeated “{s}” ({inClauses}×)");
            else if (!isHeading && inClauses < group.Count()) problems.Add($"{d.DocNumber}: “{s}” is in {inClauses} clauses, the source has it {group.Count()}×");
        }
        return problems;
    }

    private static bool IsMetadata(string line, List<string> metadata) =>
        MetadataLine().IsMatch(line) || metadata.Any(m => m.Contains(line.TrimEnd(':'), StringComparison.Ordinal));

    internal static int TitleStart(string[] lines, int numberLine)
    {
        var j = numberLine - 1;
        while (j >= 0 && lines[j].Trim().Length == 0) j--;
        while (j >= 0 && lines[j].Trim().Length > 0) j--;
        return j + 1;
    }

    private static int Count(string text, string s)
    {
        var n = 0;
        for (var i = text.IndexOf(s, StringComparison.Ordinal); i >= 0; i = text.IndexOf(s, i + s.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    private static string Normalize(string s) => ChineseText.Normalize(s);

    [GeneratedRegex(@"[。！？；!?;]")]
    private static partial Regex Sentences();

    // Date lines, publication notes, the 附件 marker (normalised forms).
    [GeneratedRegex(@"^(?:\d{4}年\d{1,2}月\d{1,2}日|\(此件[^)]*\)|附件\d*[:：]?)$")]
    private static partial Regex MetadataLine();
}
