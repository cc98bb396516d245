using System.Text;
using UglyToad.PdfPig.Content;

namespace PolicyBot.Ingest.Readers;

/// <summary>
/// One PDF page as lines in reading order (top to bottom, left to right), with a blank line where the vertical gap
/// between two lines is wider than line spacing (a paragraph or a title set apart). Spaces are put only between
/// Latin letters or digits that stand apart, never between Chinese characters.
/// </summary>
internal static class PdfPageText
{
    public static List<string> Lines(Page page)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrEmpty(l.Value)).ToList();
        var result = new List<string>();
        if (letters.Count == 0) return result;
        letters.Sort((a, b) =>
        {
            var dy = b.StartBaseLine.Y.CompareTo(a.StartBaseLine.Y);
            return dy != 0 ? dy : a.StartBaseLine.X.CompareTo(b.StartBaseLine.X);
        });
        var lines = new List<List<Letter>>();
        foreach (var letter in letters)
        {
            var size = Math.Max(letter.PointSize, 1);
            if (lines.Count > 0 && Math.Abs(lines[^1][0].StartBaseLine.Y - letter.StartBaseLine.Y) <= size * 0.5) lines[^1].Add(letter);
            else lines.Add([letter]);
        }
        double? previousY = null;
        double previousSize = 0;
        foreach (var line in lines)
        {
            line.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
            var y = line[0].StartBaseLine.Y;
            var size = line.Max(l => Math.Max(l.PointSize, 1));
            if (previousY is double py && py - y > Math.Max(size, previousSize) * 1.9) result.Add("");
            result.Add(Text(line));
            previousY = y;
            previousSize = size;
        }
        return result;
    }

    private static string Text(List<Letter> line)
    {
        var sb = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in line)
        {
            if (previous is not null && sb.Length > 0 && !char.IsWhiteSpace(sb[^1]) && !char.IsWhiteSpace(letter.Value[0]))
            {
                var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                if (gap > Math.Max(letter.PointSize, 1) * 0.2 && char.IsAsciiLetterOrDigit(sb[^1]) && char.IsAsciiLetterOrDigit(letter.Value[0])) sb.Append(' ');
            }
            sb.Append(letter.Value);
            previous = letter;
        }
        return sb.ToString().TrimEnd();
    }
}
