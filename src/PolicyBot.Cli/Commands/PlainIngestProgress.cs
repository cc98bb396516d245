using PolicyBot.Index;

namespace PolicyBot.Cli.Commands;

/// <summary>Progress for logs and pipes: <c>[  3/120] added      path  (7 documents, 212 clauses)</c>.</summary>
internal sealed class PlainIngestProgress(TextWriter error, int total) : IngestProgress
{
    private readonly int _width = total.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;

    public override Task RunAsync(Func<Task> run) => run();

    public override void Report(int done, IngestFileResult result)
    {
        var counter = $"[{done.ToString().PadLeft(_width)}/{total}]";
        if (result.Outcome == IngestOutcome.Failed)
            error.WriteLine($"{counter} failed: {result.Path}: {result.Error}");
        else
            error.WriteLine($"{counter} {result.Outcome.ToString().ToLowerInvariant(),-9} {result.Path}  ({Describe(result)})");
        foreach (var note in result.Notes) error.WriteLine($"{counter} note: {result.Path}: {note}");
    }
}
