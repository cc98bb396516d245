using System.Text.RegularExpressions;
using PolicyBot.Domain;

namespace PolicyBot.Answer;

/// <summary>
/// The responsibility note of a clause: <see cref="Clause.Responsibility"/> when ingest found one, otherwise the
/// bracketed note the clause ends with, e.g. （省民政厅牵头，省财政厅按职责分工负责） or （责任单位：市医保局）.
/// </summary>
public static partial class ResponsibilityNotes
{
    public static Responsibility? Of(Clause clause)
    {
        if (clause.Responsibility is not null) return clause.Responsibility;
        var m = TrailingNote().Match(clause.Text);
        if (!m.Success) return null;
        var body = m.Groups["body"].Value;
        var lead = new List<string>();
        var others = new List<string>();
        var listed = ListedUnits().Match(body);
        if (listed.Success)
        {
            var units = SplitUnits(listed.Groups["units"].Value.Split('。', '；', ';')[0]);
            lead.AddRange(units.Take(1));
            others.AddRange(units.Skip(1));
        }
        else
        {
            foreach (var piece in body.Split([',', '，', ';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var led = piece.EndsWith("牵头", StringComparison.Ordinal);
                var units = SplitUnits(Regex.Replace(piece, "(牵头|按职责分工负责|按职责负责|分别负责|负责|配合|参与)$", ""));
                (led ? lead : others).AddRange(units);
            }
        }
        return lead.Count + others.Count == 0 ? null : new Responsibility(lead, others, m.Value.Trim());
    }

    private static List<string> SplitUnits(string units) =>
        units.Split(['、', ',', '，', ';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(u => u.Length is > 1 and < 30)
            .ToList();

    [GeneratedRegex(@"[(（](?<body>[^()（）]*(?:牵头|负责|责任单位|配合)[^()（）]*)[)）]\s*[。；]?\s*$")]
    private static partial Regex TrailingNote();

    [GeneratedRegex(@"^(?:责任单位|牵头单位|责任部门)\s*[:：]\s*(?<units>.+)$")]
    private static partial Regex ListedUnits();
}
