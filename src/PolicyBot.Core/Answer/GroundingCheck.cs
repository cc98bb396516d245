using System.Text.RegularExpressions;
using PolicyBot.Domain;
using PolicyBot.Text;

namespace PolicyBot.Answer;

/// <summary>
/// Checks a model's answer against the clauses it was given: it must cite by [n], only clauses it was given, and every
/// number it writes must occur in a clause it cites (numbers are copied, never computed).
/// </summary>
public static partial class GroundingCheck
{
    public const string NotFound = "NOT_FOUND";

    public static GroundingVerdict Verify(string reply, IReadOnlyList<Passage> given)
    {
        var cited = new List<int>();
        foreach (Match m in Marker().Matches(reply))
            foreach (Capture c in m.Groups["n"].Captures)
            {
                var n = int.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture);
                if (n < 1 || n > given.Count) return GroundingVerdict.Fail($"引用了未提供的条款[{n}]");
                if (!cited.Contains(n)) cited.Add(n);
            }
        if (cited.Count == 0) return GroundingVerdict.Fail("答案没有引用任何条款");

        var sources = ChineseText.Normalize(string.Concat(cited.Select(n => given[n - 1]).Select(p => $"{p.Text}{p.DocNumber}{p.Title}{p.Section}")));
        var known = FactPatterns.Number().Matches(sources).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var body = ChineseText.Normalize(Marker().Replace(reply, " "));
        foreach (Match number in FactPatterns.Number().Matches(body))
            if (!known.Contains(number.Value))
                return GroundingVerdict.Fail($"数字“{number.Value}”不在所引条款中");
        return GroundingVerdict.Pass(cited);
    }

    /// <summary>True when the model says the clauses do not answer the question.</summary>
    public static bool IsNotFound(string reply) => reply.Trim().StartsWith(NotFound, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\[(?:\s*(?<n>\d+)\s*[,，、]?)+\]")]
    internal static partial Regex Marker();
}
