namespace PolicyBot.Answer;

/// <summary>Splits clause text into sentences at 。；！？ (and their half-width forms), keeping each end mark.</summary>
public static class Sentences
{
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return sentences;
        var start = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '(' or '（' or '“' or '《') depth++;
            else if (c is ')' or '）' or '”' or '》') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is '。' or '；' or '！' or '？' or ';' or '!' or '?')
            {
                Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        Add(text[start..]);
        return sentences;

        void Add(string s)
        {
            s = s.Trim();
            if (s.Length == 0) return;
            sentences.Add(s);
        }
    }
}
