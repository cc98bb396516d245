using PolicyBot.Text;

namespace PolicyBot.Retrieve.Lexical;

/// <summary>Turns text into index terms (words and character n-grams) for lexical scoring and sparse vectors.</summary>
public sealed class ChineseAnalyzer
{
    // PLACEHOLDER until the retrieval stage lands: character bigrams of the normalised text.
    public IReadOnlyList<string> Analyze(string text)
    {
        var s = ChineseText.Normalize(text);
        var terms = new List<string>();
        for (var i = 0; i + 1 < s.Length; i++) terms.Add(s.Substring(i, 2));
        return terms;
    }
}
