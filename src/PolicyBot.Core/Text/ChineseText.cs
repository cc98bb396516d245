using System.Text;

namespace PolicyBot.Text;

/// <summary>
/// Normalisation used for matching (never for display): NFKC folds full-width digits, letters and brackets
/// to half-width; white space is removed because Chinese text carries no meaning in it and PDF extraction
/// scatters it; the bracket variants used in 文号 are folded to one form.
/// </summary>
public static class ChineseText
{
    /// <summary>The matching form of <paramref name="text"/>: NFKC, no white space, 〔〕[]【】 folded to 〔〕.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        foreach (var c in nfkc)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF') continue;
            sb.Append(c switch
            {
                '[' or '【' or '﹝' => '〔',
                ']' or '】' or '﹞' => '〕',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>True for a CJK unified ideograph (the characters that carry meaning in a Chinese query).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
