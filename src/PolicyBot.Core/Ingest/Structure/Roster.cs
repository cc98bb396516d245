using System.Text.RegularExpressions;

namespace PolicyBot.Ingest.Structure;

/// <summary>
/// An attachment that lists people (a 领导小组: <c>组 长:单浩仁 区委副书记、区长</c>, then one member a line) is
/// kept as one clause per role (组长, 副组长, 成员 …), its lines as written, instead of one run-on paragraph.
/// </summary>
internal static partial class Roster
{
    /// <summary>The attachment's paragraphs: grouped by role when the raw lines read as a roster, else as repaired.</summary>
    public static IReadOnlyList<string> Group(IReadOnlyList<string> repaired, IReadOnlyList<string> rawLines)
    {
        var lines = rawLines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count < 3 || !Role().IsMatch(lines[0])) return repaired;
        var unpunctuated = lines.Count(l => !Punctuation.HasSentencePunctuation(l));
        if (unpunctuated * 10 < lines.Count * 8) return repaired;
        var groups = new List<string>();
        foreach (var line in lines)
        {
            if (Role().IsMatch(line) || groups.Count == 0) groups.Add(line);
            else groups[^1] += "\n" + line;
        }
        return groups;
    }

    [GeneratedRegex(@"^[\u4E00-\u9FFF][\u4E00-\u9FFF 　]{0,5}[:：]")]
    private static partial Regex Role();
}
