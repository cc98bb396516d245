using System.Globalization;
using System.Text;

namespace PolicyBot.Benchmarks.Reporting;

/// <summary>One table of figures with the command that reproduces it and notes on what it measured.</summary>
public sealed class ResultTable(string title, string command, params string[] header)
{
    private readonly List<string[]> _rows = [];
    private readonly List<string> _notes = [];

    public string Title => title;
    public string Command => command;

    public ResultTable Row(params string[] cells)
    {
        if (cells.Length != header.Length) throw new ArgumentException($"row has {cells.Length} cells, header {header.Length}");
        _rows.Add(cells);
        return this;
    }

    public ResultTable Note(string note)
    {
        _notes.Add(note);
        return this;
    }

    public static string F(double? value, string format = "0.000") =>
        value is double v && !double.IsNaN(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "—";

    /// <summary>"a / b" as a ratio, or — when either is missing or b is 0.</summary>
    public static string Ratio(double? a, double? b) =>
        a is double x && b is double y && y != 0 ? (x / y).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "—";

    /// <summary>The table in Markdown, headed by its title, where it was measured and the command that measures it.</summary>
    public string ToMarkdown(string measuredOn)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"### {title}").AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Measured {measuredOn}; `{command}`").AppendLine();
        sb.AppendLine("| " + string.Join(" | ", header) + " |");
        sb.AppendLine("|" + string.Concat(header.Select((_, i) => i == 0 ? "---|" : "---:|")));
        foreach (var r in _rows) sb.AppendLine("| " + string.Join(" | ", r) + " |");
        if (_notes.Count > 0) sb.AppendLine();
        foreach (var n in _notes) sb.AppendLine(CultureInfo.InvariantCulture, $"- {n}");
        return sb.ToString();
    }

    public string ToConsole()
    {
        var all = new List<string[]> { header };
        all.AddRange(_rows);
        var widths = Enumerable.Range(0, header.Length).Select(i => all.Max(r => r[i].Length)).ToArray();
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"== {title}").AppendLine(CultureInfo.InvariantCulture, $"   {command}");
        foreach (var r in all)
            sb.AppendLine(string.Join("  ", r.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))));
        foreach (var n in _notes) sb.AppendLine(CultureInfo.InvariantCulture, $"   - {n}");
        return sb.ToString();
    }
}
