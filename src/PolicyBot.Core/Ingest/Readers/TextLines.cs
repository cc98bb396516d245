namespace PolicyBot.Ingest.Readers;

/// <summary>Splits text into lines on any line break (CRLF, CR, LF, U+2028/2029, NEL), without a leading BOM.</summary>
public static class TextLines
{
    private static readonly char[] Breaks = ['\n', '\r', '\u2028', '\u2029', '\u0085'];

    public static IReadOnlyList<string> Split(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (normalized.Length > 0 && normalized[0] == '\uFEFF') normalized = normalized[1..];
        return normalized.Split(Breaks);
    }
}
