using System.Text;

namespace PolicyBot.Ingest.Readers;

/// <summary>
/// Decodes text files: a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32); otherwise strict UTF-8 is tried
/// first and GB18030 (a superset of GBK and GB2312) taken when the bytes are not valid UTF-8. Binary content
/// (NUL bytes, control characters) is refused.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030, registered from the code-pages provider.</summary>
    public static Encoding Gb18030 { get; } = GetGb18030();

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static string Decode(byte[] bytes, string path)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return Checked(new UTF32Encoding(false, true, true), bytes, 4, path);
        if (span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return Checked(new UTF32Encoding(true, true, true), bytes, 4, path);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Checked(StrictUtf8, bytes, 3, path);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Checked(new UnicodeEncoding(false, false, true), bytes, 2, path);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Checked(new UnicodeEncoding(true, false, true), bytes, 2, path);
        if (span.IndexOf((byte)0) >= 0) throw new IngestException($"{path}: not a text file (it contains NUL bytes)");
        string text;
        try { text = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException)
        {
            if (LooksMixed(bytes)) throw new IngestException($"{path}: mixed encodings (parts are UTF-8, parts are not); save the file in one encoding");
            try { text = Gb18030.GetString(bytes); }
            catch (DecoderFallbackException) { throw new IngestException($"{path}: the text is neither UTF-8 nor GB18030 (mixed or unknown encoding)"); }
        }
        return RejectBinary(text, path);
    }

    /// <summary>
    /// Bytes that fail strict UTF-8 yet hold many well-formed 3-byte UTF-8 sequences of CJK characters are a file
    /// with UTF-8 and GBK parts; in GBK text such sequences arise only by accident, rarely.
    /// </summary>
    private static bool LooksMixed(ReadOnlySpan<byte> bytes)
    {
        int high = 0, utf8Cjk = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80) continue;
            high++;
            if (bytes[i] is >= 0xE3 and <= 0xE9 && i + 2 < bytes.Length && bytes[i + 1] is >= 0x80 and <= 0xBF && bytes[i + 2] is >= 0x80 and <= 0xBF)
            {
                utf8Cjk++;
                high += 2;
                i += 2;
            }
        }
        return utf8Cjk >= 16 && utf8Cjk * 3 * 5 >= high;
    }

    private static string Checked(Encoding encoding, byte[] bytes, int preamble, string path)
    {
        try { return RejectBinary(encoding.GetString(bytes, preamble, bytes.Length - preamble), path); }
        catch (DecoderFallbackException) { throw new IngestException($"{path}: invalid {encoding.WebName} text after its byte-order mark"); }
    }

    // Text has few control characters besides tab, CR, LF and form feed.
    private static string RejectBinary(string text, string path)
    {
        var controls = 0;
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')) controls++;
        if (controls > 0 && controls * 100 > text.Length) throw new IngestException($"{path}: not a text file (it holds binary data)");
        return text;
    }
}
