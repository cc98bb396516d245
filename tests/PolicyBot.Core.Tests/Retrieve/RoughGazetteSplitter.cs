using System.Text.RegularExpressions;
using PolicyBot.Domain;

namespace PolicyBot.Core.Tests.Retrieve;

/// <summary>
/// A rough stand-in for the real gazette parser, for tuning retrieval while the placeholder loader returns one
/// document per file: splits at each 文号 line after the table of contents, takes the line above as title, tracks
/// 一、 / （一） headings and a paragraph's lead sentence as sections, and mends paragraphs cut by a page break.
/// </summary>
internal static partial class RoughGazetteSplitter
{
    public static IReadOnlyList<PolicyDocument> Split(string path)
    {
        var lines = File.ReadAllLines(path).Select(l => l.Trim()).ToList();
        var starts = new List<int>();
        var tocEnd = lines.FindIndex(l => l.StartsWith("威文政办发", StringComparison.Ordinal) && l.Contains("....", StringComparison.Ordinal));
        for (var i = tocEnd + 1; i < lines.Count; i++)
            if (DocumentNumber.TryParse(lines[i], out _)) starts.Add(i);
        var docs = new List<PolicyDocument>();
        for (var k = 0; k < starts.Count; k++)
        {
            var numberLine = starts[k];
            var titleLine = numberLine - 1;
            while (titleLine > 0 && lines[titleLine].Length == 0) titleLine--;
            var end = k + 1 < starts.Count ? PreviousTitle(lines, starts[k + 1]) : lines.Count;
            docs.Add(MakeDocument(DocumentNumber.Parse(lines[numberLine]).ToString(), lines[titleLine], lines[(numberLine + 1)..end], path));
        }
        return docs;
    }

    private static int PreviousTitle(List<string> lines, int numberLine)
    {
        var i = numberLine - 1;
        while (i > 0 && lines[i].Length == 0) i--;
        return i;
    }

    private static PolicyDocument MakeDocument(string number, string title, List<string> body, string path)
    {
        var paragraphs = new List<string>();
        foreach (var line in body)
        {
            if (line.Length == 0 || PageNumber().IsMatch(line) || line.StartsWith("威海市文登区人民政府公报", StringComparison.Ordinal)) continue;
            if (paragraphs.Count > 0 && !EndsParagraph(paragraphs[^1]) && !Heading().IsMatch(line)) paragraphs[^1] += line;
            else paragraphs.Add(line);
        }
        var clauses = new List<Clause>();
        var top = (string?)null;
        var sub = (string?)null;
        foreach (var p in paragraphs)
        {
            if (TopHeading().IsMatch(p) && p.Length < 40) { top = p; sub = null; continue; }
            if (SubHeading().IsMatch(p) && p.Length < 40) { sub = p; continue; }
            var headings = new List<string>();
            if (top is not null) headings.Add(top);
            if (sub is not null) headings.Add(sub);
            var lead = LeadSentence().Match(p);
            if (lead.Success && lead.Length < 30) headings.Add(lead.Groups[1].Value);
            clauses.Add(new Clause
            {
                Id = Clause.MakeId(number, clauses.Count), DocNumber = number, Position = clauses.Count,
                Section = new SectionPath(headings), Text = p,
            });
        }
        var issuer = paragraphs.LastOrDefault(p => p.EndsWith("人民政府", StringComparison.Ordinal) || p.EndsWith("办公室", StringComparison.Ordinal) || p.EndsWith("办公厅", StringComparison.Ordinal));
        var date = paragraphs.Select(p => DateLine().Match(p)).FirstOrDefault(m => m.Success && m.Length == m.Value.Length);
        return new PolicyDocument
        {
            DocNumber = number, Title = title, Issuer = issuer, Source = path, Clauses = clauses,
            Date = date is { Success: true } ? new DateOnly(int.Parse(date.Groups[1].Value), int.Parse(date.Groups[2].Value), int.Parse(date.Groups[3].Value)) : null,
            Type = new[] { "通知", "意见", "方案", "措施" }.FirstOrDefault(t => title.EndsWith(t, StringComparison.Ordinal)),
        };
    }

    private static bool EndsParagraph(string p) => p.Length > 0 && "。；：！？）)".Contains(p[^1]) || Heading().IsMatch(p) && p.Length < 40;

    [GeneratedRegex(@"^[一二三四五六七八九十]+、|^[(（][一二三四五六七八九十]+[)）]")] private static partial Regex Heading();
    [GeneratedRegex(@"^[一二三四五六七八九十]+、")] private static partial Regex TopHeading();
    [GeneratedRegex(@"^[(（][一二三四五六七八九十]+[)）]")] private static partial Regex SubHeading();
    [GeneratedRegex(@"^([^，。；：,]{4,28})。")] private static partial Regex LeadSentence();
    [GeneratedRegex(@"^[-—\d\s·.]+$")] private static partial Regex PageNumber();
    [GeneratedRegex(@"^(\d{4})年(\d{1,2})月(\d{1,2})日$")] private static partial Regex DateLine();
}
