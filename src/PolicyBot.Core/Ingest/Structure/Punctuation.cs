namespace PolicyBot.Ingest.Structure;

/// <summary>Where a sentence or paragraph ends in Chinese official text.</summary>
internal static class Punctuation
{
    /// <summary>True when <paramref name="text"/> ends a sentence: 。！？；： (either width), or a closing bracket or quote after one.</summary>
    public static bool EndsParagraph(string text)
    {
        var t = text.AsSpan().TrimEnd();
        if (t.IsEmpty) return false;
        var last = t[^1];
        if (IsSentenceEnd(last) || last is '：' or ':' or '；' or ';' or '.') return true;
        if (last is '）' or ')' or '〕' or '】' or ']') return true;
        if (last is '”' or '"' or '」' or '』' or '’') return t.Length > 1 && (IsSentenceEnd(t[^2]) || t[^2] is '；' or ';');
        return false;
    }

    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?';

    /// <summary>True when the text carries any sentence punctuation (。！？；).</summary>
    public static bool HasSentencePunctuation(string text) => text.AsSpan().IndexOfAny("。！？；!?;") >= 0;

    /// <summary>True for the clause-internal separators that a heading phrase does not contain.</summary>
    public static bool HasClauseSeparator(string text) => text.AsSpan().IndexOfAny("，,；;：:") >= 0;

    public static int HanCount(string text)
    {
        var n = 0;
        foreach (var c in text) if (PolicyBot.Text.ChineseText.IsHan(c)) n++;
        return n;
    }
}
