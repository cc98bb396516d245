using System.Text.RegularExpressions;
using PolicyBot.Domain;

namespace PolicyBot.Core.Tests.Answer;

/// <summary>
/// TEST-ONLY stand-in for the gazette parser while the ingest stage's DocumentLoader is still the placeholder that
/// returns the whole gazette as one document of paragraphs: splits it at the lines that are a 文号 alone, tracks the
/// 一、/（一）/1. headings and mends page-break cuts, so answer composition can be measured on real documents.
/// Not used once DocumentLoader returns the gazette's documents itself.
/// </summary>
internal static partial class PlaceholderGazetteSplitter
{
    public static IReadOnlyList<PolicyDocument> Split(IReadOnlyList<Clause> paragraphs, string source)
    {
        var lines = paragraphs.Select(p => p.Text.Trim()).Where(l => l.Length > 0).ToList();
        var starts = new List<int>();
        for (var i = 1; i < lines.Count; i++)
            if (DocumentNumber.TryParse(lines[i], out _) && !lines[i].Contains('.')) starts.Add(i);
        var documents = new List<PolicyDocument>();
        for (var d = 0; d < starts.Count; d++)
        {
            var titleLine = lines[starts[d] - 1];
            var end = d + 1 < starts.Count ? starts[d + 1] - 1 : lines.Count;
            documents.Add(Document(titleLine, DocumentNumber.Parse(lines[starts[d]]).ToString(), lines.GetRange(starts[d] + 1, end - starts[d] - 1), source));
        }
        return documents;
    }

    private static PolicyDocument Document(string titleLine, string docNumber, List<string> body, string source)
    {
        var issuer = Issuer().Match(titleLine);
        var attached = Attached().Match(titleLine);
        DateOnly? date = null;
        var clauses = new List<Clause>();
        var headings = new List<(int Level, string Text)>();
        foreach (var line in body)
        {
            var dm = Regex.Match(line, @"^(\d{4})年(\d{1,2})月(\d{1,2})日$");
            if (dm.Success && date is null) date = new DateOnly(int.Parse(dm.Groups[1].Value), int.Parse(dm.Groups[2].Value), int.Parse(dm.Groups[3].Value));
            var level = Level(line);
            if (level > 0)
            {
                headings.RemoveAll(h => h.Level >= level);
                var cut = line.IndexOf('。');
                var isHeadingOnly = cut < 0 || cut == line.Length - 1 || line.Length <= 40;
                headings.Add((level, isHeadingOnly ? line : line[..(cut + 1)]));
                if (isHeadingOnly) continue;
            }
            var previous = clauses.Count > 0 ? clauses[^1] : null;
            if (level == 0 && previous is not null && !EndsParagraph(previous.Text))
            {
                clauses[^1] = previous with { Text = previous.Text + line };
                continue;
            }
            clauses.Add(new Clause
            {
                Id = Clause.MakeId(docNumber, clauses.Count),
                DocNumber = docNumber,
                Position = clauses.Count,
                Section = new SectionPath(headings.Select(h => h.Text).ToArray()),
                Text = line,
            });
        }
        return new PolicyDocument
        {
            DocNumber = docNumber,
            Title = Regex.Replace(titleLine, @"\s+", ""),
            AttachedTitle = attached.Success ? Regex.Replace(attached.Groups[1].Value, @"\s+", "") : null,
            Issuer = issuer.Success ? issuer.Groups[1].Value : null,
            Date = date,
            Source = source,
            Clauses = clauses,
        };
    }

    private static int Level(string line) =>
        Regex.IsMatch(line, @"^[一二三四五六七八九十]+、") && line.Length <= 40 ? 1
        : Regex.IsMatch(line, @"^[(（][一二三四五六七八九十]+[)）]") ? 2
        : Regex.IsMatch(line, @"^\d+[.．]\s*\S") ? 3
        : 0;

    private static bool EndsParagraph(string text) => text.Length == 0 || "。；！？：:)）".Contains(text[^1]);

    [GeneratedRegex(@"^(国务院|.+?(?:人民政府办公室|人民政府办公厅|人民政府))\s*(?:关于|印发)")]
    private static partial Regex Issuer();

    [GeneratedRegex(@"《(.+)》")]
    private static partial Regex Attached();
}
