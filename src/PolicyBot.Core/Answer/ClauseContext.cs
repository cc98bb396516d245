using System.Text;
using Microsoft.ML.Tokenizers;
using PolicyBot.Domain;

namespace PolicyBot.Answer;

/// <summary>
/// The retrieved clauses as numbered, delimited data for the prompt, within a token budget (cl100k tokens): clauses are
/// taken in rank order until the budget is spent, the last one cut if it alone would overflow.
/// </summary>
public sealed class ClauseContext
{
    public const int DefaultBudgetTokens = 3000;

    private static readonly Lazy<Tokenizer> Cl100k = new(() => TiktokenTokenizer.CreateForEncoding("cl100k_base"));

    private ClauseContext(IReadOnlyList<Passage> given, string text, int tokens)
    {
        Given = given;
        Text = text;
        Tokens = tokens;
    }

    /// <summary>The passages given to the model; [n] in its reply is <c>Given[n - 1]</c>.</summary>
    public IReadOnlyList<Passage> Given { get; }

    public string Text { get; }

    public int Tokens { get; }

    public static ClauseContext Build(IReadOnlyList<Passage> passages, int budgetTokens = DefaultBudgetTokens)
    {
        var tokenizer = Cl100k.Value;
        var given = new List<Passage>();
        var text = new StringBuilder();
        var used = 0;
        foreach (var p in passages)
        {
            var block = Block(given.Count + 1, p, p.Text);
            var cost = tokenizer.CountTokens(block);
            if (used + cost > budgetTokens)
            {
                if (given.Count > 0) break;
                var fits = tokenizer.GetIndexByTokenCount(p.Text, Math.Max(1, budgetTokens - 80), out _, out _);
                block = Block(1, p, p.Text[..fits] + "……");
                cost = tokenizer.CountTokens(block);
            }
            given.Add(p);
            text.Append(block);
            used += cost;
        }
        return new ClauseContext(given, text.ToString().TrimEnd(), used);
    }

    private static string Block(int number, Passage p, string body) =>
        $"[{number}] 《{SourceLabels.TitleOf(p.Document)}》{p.DocNumber}｜{p.Section}\n{body}\n---\n";
}
