namespace PolicyBot.Cli;

/// <summary>Where the CLI writes: results on <see cref="Out"/>, messages, progress and errors on <see cref="Error"/>.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsOutTerminal, bool IsErrorTerminal)
{
    public static CliConsole FromSystem() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);

    /// <summary>Writes one error line (no stack trace).</summary>
    public void WriteError(string message) => Error.WriteLine($"error: {message}");
}
