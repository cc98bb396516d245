using System.Text.RegularExpressions;
using PolicyBot.Domain;
using PolicyBot.Text;

namespace PolicyBot.Retrieve;

/// <summary>
/// “要达到多少？”, “什么时候完成？”: the answer to such a question holds a figure or a date. Among clauses that match the
/// question about equally, the ones that hold the kind of fact asked for come first.
/// </summary>
public static class AnswerShapes
{
    /// <summary>The kind of fact <paramref name="question"/> asks for: a figure, a date, or neither (null).</summary>
    public static Regex? AskedIn(string question) =>
        IssueDateQuestions.AreAsked(question) ? null
        : FactPatterns.AmountQuestion().IsMatch(question) ? FactPatterns.Figure()
        : FactPatterns.DateQuestion().IsMatch(question) ? FactPatterns.Date()
        : null;

    /// <summary>Adds <paramref name="weight"/> to each candidate clause that holds the kind of fact the question asks for.</summary>
    internal static void Apply(string question, Dictionary<int, float> scores, Func<int, Clause> clauseOf, float weight)
    {
        if (weight <= 0 || AskedIn(question) is not { } shape) return;
        foreach (var c in scores.Keys.ToArray())
            if (shape.IsMatch(clauseOf(c).Text)) scores[c] += weight;
    }
}
