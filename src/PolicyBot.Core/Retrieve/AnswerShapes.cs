using System.Text.RegularExpressions;
using PolicyBot.Domain;

namespace PolicyBot.Retrieve;

/// <summary>
/// “要达到多少？”, “什么时候完成？”: the answer to such a question holds a figure or a date. Among clauses that match the
/// question about equally, the ones that hold the kind of fact asked for come first.
/// </summary>
public static partial class AnswerShapes
{
    /// <summary>The kind of fact <paramref name="question"/> asks for: a figure, a date, or neither (null).</summary>
    public static Regex? AskedIn(string question) =>
        IssueDateQuestions.AreAsked(question) ? null
        : AmountCue().IsMatch(question) ? Figure()
        : DateCue().IsMatch(question) ? Date()
        : null;

    /// <summary>Adds <paramref name="weight"/> to each candidate clause that holds the kind of fact the question asks for.</summary>
    internal static void Apply(string question, Dictionary<int, float> scores, Func<int, Clause> clauseOf, float weight)
    {
        if (weight <= 0 || AskedIn(question) is not { } shape) return;
        foreach (var c in scores.Keys.ToArray())
            if (shape.IsMatch(clauseOf(c).Text)) scores[c] += weight;
    }

    [GeneratedRegex(@"多少|(?<!哪)几(?:个|家|场|项|种|批|万|年|次|天|成|所|名|人|张|条|类|亩|吨)|第几|标准是|比例是|上限是|数量|指标")]
    private static partial Regex AmountCue();

    [GeneratedRegex(@"什么时候|啥时候|何时|哪年|哪一年|几月|哪天|多久|期限|截止|到什么时候|时间节点|什么时间")]
    private static partial Regex DateCue();

    [GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:万|亿|千|百)?\s*(?:元|家|张|个|场|项|所|名|人|户|次|亩|吨|年|月|日|天|批|类|条|件|处|座|辆|台|套|支|部|大|种|%|％|倍|平方米|公里|千米|米|岁|周岁|小时|分钟|床)|[百千万]分之")]
    private static partial Regex Figure();

    [GeneratedRegex(@"(?:19|20)\d{2}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|\d+\s*个?(?:工作日|日|月|年)内|年底前|年内")]
    private static partial Regex Date();
}
