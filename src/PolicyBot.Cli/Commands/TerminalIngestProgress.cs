using PolicyBot.Index;
using Spectre.Console;

namespace PolicyBot.Cli.Commands;

/// <summary>A Spectre.Console progress bar on stderr; failures and notes are printed above it as they happen.</summary>
internal sealed class TerminalIngestProgress(CliConsole console, int total) : IngestProgress
{
    private readonly IAnsiConsole _terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
    private ProgressTask? _task;

    public override Task RunAsync(Func<Task> run) =>
        _terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                _task = context.AddTask("ingest", maxValue: total);
                await run();
            });

    public override void Report(int done, IngestFileResult result)
    {
        foreach (var line in Remarks(result))
            _terminal.MarkupLine(result.Outcome == IngestOutcome.Failed ? $"[red]{Markup.Escape(line)}[/]" : Markup.Escape(line));
        if (_task is null) return;
        _task.Value = done;
        _task.Description = Markup.Escape(Shorten(result.Path, 40));
    }

    private static string Shorten(string path, int max) => path.Length <= max ? path : "…" + path[^(max - 1)..];
}
