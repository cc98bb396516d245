using PolicyBot.Index;

namespace PolicyBot.Cli.Commands;

/// <summary>Reports an ingest as it goes: a progress bar on a terminal, one plain line per file otherwise.</summary>
internal abstract class IngestProgress
{
    public static IngestProgress For(CliConsole console, int total) =>
        console.IsErrorTerminal ? new TerminalIngestProgress(console, total) : new PlainIngestProgress(console.Error, total);

    /// <summary>Runs the ingest loop <paramref name="run"/>, which calls <see cref="Report"/> after each file.</summary>
    public abstract Task RunAsync(Func<Task> run);

    public abstract void Report(int done, IngestFileResult result);

    /// <summary>The lines a user reads for a file that failed or brought notes.</summary>
    protected static IEnumerable<string> Remarks(IngestFileResult result)
    {
        if (result.Outcome == IngestOutcome.Failed) yield return $"failed: {result.Path}: {result.Error}";
        foreach (var note in result.Notes) yield return $"note: {result.Path}: {note}";
    }

    public static string Describe(IngestFileResult r) => r.Outcome switch
    {
        IngestOutcome.Added or IngestOutcome.Replaced => $"{Plural(r.DocNumbers.Count, "document")}, {Plural(r.ClauseCount, "clause")}",
        IngestOutcome.Unchanged => Plural(r.DocNumbers.Count, "document"),
        _ => r.Error ?? "",
    };

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
