using Spectre.Console;

namespace PolicyBot.Cli;

/// <summary>Readable output on stdout: Spectre.Console tables (CJK-width aware), without colour when piped.</summary>
internal static class HumanOutput
{
    public static IAnsiConsole For(CliConsole console)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = console.IsOutTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = console.IsOutTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!console.IsOutTerminal) terminal.Profile.Width = 200;
        return terminal;
    }

    /// <summary>At most <paramref name="max"/> characters of <paramref name="text"/> on one line.</summary>
    public static string Clip(string text, int max)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= max ? line : line[..(max - 1)] + "…";
    }
}
